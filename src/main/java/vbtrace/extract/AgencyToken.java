package vbtrace.extract;

import java.util.Objects;

/**
 * A token of the agency tokenizer: a word, a number, one punctuation mark, or a paragraph break.
 * {@code key} is the matching form (tone placement and case folded; "&" and "–" read as "và"
 * and "-"); {@code display} the spelling a name built from it shows (an abbreviation's expansion).
 * Tokens expanded from one abbreviation share its source span.
 * <p>
 * A value class rather than a record: it also carries what the name finder asks of every token
 * (capital initial, written in capitals), computed once per spelling by the tokenizer instead of
 * read from the spelling's characters each time.
 */
public final class AgencyToken {
    public enum Kind { WORD, NUMBER, PUNCT, BREAK }

    private final Kind kind;
    private final String display;
    private final String key;
    private final int start;
    private final int end;
    private final boolean expanded;
    private final boolean upperInitial;
    /** A word of two or more characters without a lower-case one. */
    private final boolean capsSpelling;

    public AgencyToken(Kind kind, String display, String key, int start, int end, boolean expanded) {
        this(kind, display, key, start, end, expanded, upperInitial(kind, display), capsSpelling(kind, display));
    }

    private AgencyToken(Kind kind, String display, String key, int start, int end, boolean expanded,
                        boolean upperInitial, boolean capsSpelling) {
        this.kind = kind;
        this.display = display;
        this.key = key;
        this.start = start;
        this.end = end;
        this.expanded = expanded;
        this.upperInitial = upperInitial;
        this.capsSpelling = capsSpelling;
    }

    /** A token of a spelling whose flags are known (the tokenizer's cache of spellings). */
    static AgencyToken of(Kind kind, String display, String key, int start, int end, boolean upperInitial, boolean capsSpelling) {
        return new AgencyToken(kind, display, key, start, end, false, upperInitial, capsSpelling);
    }

    /** This token as part of an abbreviation's expansion spanning {@code [start, end)}. */
    AgencyToken expandedAt(int start, int end) {
        return new AgencyToken(kind, display, key, start, end, true, upperInitial, capsSpelling);
    }

    static boolean upperInitial(Kind kind, String display) {
        return kind == Kind.WORD && Character.isUpperCase(display.charAt(0));
    }

    static boolean capsSpelling(Kind kind, String display) {
        if (kind != Kind.WORD || display.length() < 2) return false;
        for (int i = 0; i < display.length(); i++) {
            if (Character.isLowerCase(display.charAt(i))) return false;
        }
        return true;
    }

    public Kind kind() {
        return kind;
    }

    public String display() {
        return display;
    }

    public String key() {
        return key;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public boolean expanded() {
        return expanded;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean upperInitial() {
        return upperInitial;
    }

    /** Written in capitals in the source (a header line), not an expanded abbreviation. */
    public boolean caps() {
        return capsSpelling && !expanded;
    }

    public boolean is(String k) {
        return key.equals(k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgencyToken t && kind == t.kind && display.equals(t.display) && key.equals(t.key)
                && start == t.start && end == t.end && expanded == t.expanded;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, display, key, start, end, expanded);
    }

    @Override
    public String toString() {
        return "AgencyToken[kind=" + kind + ", display=" + display + ", key=" + key + ", start=" + start
                + ", end=" + end + ", expanded=" + expanded + "]";
    }
}
