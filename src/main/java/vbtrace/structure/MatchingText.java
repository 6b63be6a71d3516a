package vbtrace.structure;

import vbtrace.text.Canonical;

/**
 * Text in the form place names are compared in: {@link Canonical#forMatching} lower-cased, every run of
 * white space or dashes one space ("Bà Rịa – Vũng Tàu" = "Bà Rịa-Vũng Tàu" = "bà rịa vũng tàu"), curly
 * apostrophes straight ("Cư M’gar" = "Cư M'gar"). Keeps, for each character, the span of the original
 * text it came from, so matches found here map back to offsets in the document.
 */
final class MatchingText {
    final String text;
    private final int[] from;
    private final int[] to;

    private MatchingText(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static MatchingText of(String original, boolean folded) {
        String t = folded ? Canonical.fold(original) : Canonical.forMatching(original);
        StringBuilder out = new StringBuilder(t.length());
        int[] from = new int[t.length() + 1];
        int[] to = new int[t.length() + 1];
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (isSpaceOrDash(c)) {
                int j = i;
                while (j < t.length() && isSpaceOrDash(t.charAt(j))) j++;
                from[out.length()] = i;
                to[out.length()] = j;
                out.append(' ');
                i = j;
                continue;
            }
            from[out.length()] = i;
            to[out.length()] = i + 1;
            out.append(isApostrophe(c) ? '\'' : Character.toLowerCase(c));
            i++;
        }
        from[out.length()] = t.length();
        to[out.length()] = t.length();
        return new MatchingText(out.toString(), from, to);
    }

    /** The match key of a name or phrase: the matching text, trimmed. */
    static String key(String s, boolean folded) {
        return of(s, folded).text.trim();
    }

    int originalStart(int i) {
        return from[i];
    }

    int originalEnd(int i) {
        return i == 0 ? 0 : to[i - 1];
    }

    private static boolean isSpaceOrDash(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2013' || c == '\u2014'
                || c == '\u2011' || c == '\u2012';
    }

    private static boolean isApostrophe(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }
}
