package vbtrace.extract;

import java.util.Objects;

/**
 * A token of the agency tokenizer: a word, a number, one punctuation mark, or a paragraph break.
 * {@code key} is the matching form (tone placement and case folded; "&" and "–" read as "và"
 * and "-"); {@code display} the spelling a name built from it shows (an abbreviation's expansion).
 * Tokens expanded from one abbreviation share its source span.
 * <p>
 * A value class rather than a record: the ten million tokens of a corpus share their spellings'
 * {@link Spelling} — with what the name finder asks of every token (capital initial, written in
 * capitals) computed once — so each token is small and its flags are not read from characters.
 */
public final class AgencyToken {
    public enum Kind { WORD, NUMBER, PUNCT, BREAK }

    /**
     * What tokens of one spelling share: kind, spelling, key and flags. The tokenizer keeps one
     * instance per spelling, so a token is its position and a reference.
     */
    record Spelling(Kind kind, String display, String key, boolean upperInitial, boolean capsSpelling) {
        Spelling(Kind kind, String display, String key) {
            this(kind, display, key, AgencyToken.upperInitial(kind, display), AgencyToken.capsSpelling(kind, display));
        }
    }

    private final Spelling spelling;
    private final int start;
    private final int end;
    private final boolean expanded;

    public AgencyToken(Kind kind, String display, String key, int start, int end, boolean expanded) {
        this(new Spelling(kind, display, key), start, end, expanded);
    }

    AgencyToken(Spelling spelling, int start, int end, boolean expanded) {
        this.spelling = spelling;
        this.start = start;
        this.end = end;
        this.expanded = expanded;
    }

    /** This token as part of an abbreviation's expansion spanning {@code [start, end)}. */
    AgencyToken expandedAt(int start, int end) {
        return new AgencyToken(spelling, start, end, true);
    }

    private static boolean upperInitial(Kind kind, String display) {
        return kind == Kind.WORD && Character.isUpperCase(display.charAt(0));
    }

    private static boolean capsSpelling(Kind kind, String display) {
        if (kind != Kind.WORD || display.length() < 2) return false;
        for (int i = 0; i < display.length(); i++) {
            if (Character.isLowerCase(display.charAt(i))) return false;
        }
        return true;
    }

    public Kind kind() {
        return spelling.kind;
    }

    public String display() {
        return spelling.display;
    }

    public String key() {
        return spelling.key;
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
        return spelling.kind == Kind.WORD;
    }

    public boolean upperInitial() {
        return spelling.upperInitial;
    }

    /** Written in capitals in the source (a header line), not an expanded abbreviation. */
    public boolean caps() {
        return spelling.capsSpelling && !expanded;
    }

    public boolean is(String k) {
        return spelling.key.equals(k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgencyToken t && kind() == t.kind() && display().equals(t.display()) && key().equals(t.key())
                && start == t.start && end == t.end && expanded == t.expanded;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind(), display(), key(), start, end, expanded);
    }

    @Override
    public String toString() {
        return "AgencyToken[kind=" + kind() + ", display=" + display() + ", key=" + key() + ", start=" + start
                + ", end=" + end + ", expanded=" + expanded + "]";
    }
}
