package vbtrace.extract;

/**
 * A token of the agency tokenizer: a word, a number, one punctuation mark, or a paragraph break.
 * {@code key} is the matching form (tone placement and case folded; "&" and "–" read as "và"
 * and "-"); {@code display} the spelling a name built from it shows (an abbreviation's expansion).
 * Tokens expanded from one abbreviation share its source span.
 */
public record AgencyToken(Kind kind, String display, String key, int start, int end, boolean expanded) {
    public enum Kind { WORD, NUMBER, PUNCT, BREAK }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean upperInitial() {
        return kind == Kind.WORD && Character.isUpperCase(display.charAt(0));
    }

    /** Written in capitals in the source (a header line), not an expanded abbreviation. */
    public boolean caps() {
        if (kind != Kind.WORD || expanded || display.length() < 2) return false;
        for (int i = 0; i < display.length(); i++) {
            if (Character.isLowerCase(display.charAt(i))) return false;
        }
        return true;
    }

    public boolean is(String k) {
        return key.equals(k);
    }
}
