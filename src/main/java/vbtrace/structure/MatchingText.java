package vbtrace.structure;

import java.text.Normalizer;
import vbtrace.text.Canonical;

/**
 * Text in the form place names are compared in: {@link Canonical#forMatching} lower-cased, every run of
 * white space or dashes one space ("Bà Rịa – Vũng Tàu" = "Bà Rịa-Vũng Tàu" = "bà rịa vũng tàu"), curly
 * apostrophes straight and joined to the next word ("Cư M’gar" = "Cư M'gar", "Đắk R’ Lấp" = "Đắk R'Lấp").
 * Keeps, for each character, the span of the original text it came from, so matches found here map back
 * to offsets in the document.
 */
final class MatchingText {
    final String text;
    private final String original;
    private final int[] from;
    private final int[] to;
    private MatchingText folded;

    private MatchingText(String original, String text, int[] from, int[] to) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** The same text without diacritics (made once, on demand); its positions are those of this one. */
    MatchingText folded() {
        if (folded == null) folded = of(original, true);
        return folded;
    }

    /** The character of the original text where position {@code i} of this text starts. */
    char originalChar(int i) {
        return original.charAt(from[i]);
    }

    static MatchingText of(String original, boolean folded) {
        // Compose each base letter with its combining marks (text not yet in NFC), remembering where it came from.
        StringBuilder nfc = new StringBuilder(original.length());
        int[] nfcFrom = new int[3 * original.length() + 1]; // NFC expands a string at most threefold
        for (int i = 0; i < original.length(); ) {
            int j = i + 1;
            while (j < original.length() && isCombining(original.charAt(j))) j++;
            if (j == i + 1) {
                nfcFrom[nfc.length()] = i;
                nfc.append(original.charAt(i));
            } else {
                String cluster = Normalizer.normalize(original.substring(i, j), Normalizer.Form.NFC);
                for (int k = 0; k < cluster.length(); k++) nfcFrom[nfc.length() + k] = i;
                nfc.append(cluster);
            }
            i = j;
        }
        nfcFrom[nfc.length()] = original.length();
        // Both keep the length of NFC text.
        String t = folded ? Canonical.fold(nfc.toString()) : Canonical.forMatching(nfc.toString());
        StringBuilder out = new StringBuilder(t.length());
        int[] from = new int[t.length() + 1];
        int[] to = new int[t.length() + 1];
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            int j = i + 1;
            if (isSpaceOrDash(c)) {
                while (j < t.length() && isSpaceOrDash(t.charAt(j))) j++;
                c = ' ';
            } else if (isApostrophe(c)) {
                while (j < t.length() && Character.isWhitespace(t.charAt(j))) j++; // "R’ Lấp" = "R'Lấp"
                c = '\'';
            } else {
                c = Character.toLowerCase(c);
            }
            from[out.length()] = nfcFrom[i];
            to[out.length()] = nfcFrom[j];
            out.append(c);
            i = j;
        }
        from[out.length()] = original.length();
        to[out.length()] = original.length();
        return new MatchingText(original, out.toString(), from, to);
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

    private static boolean isCombining(char c) {
        return c >= '\u0300' && Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isSpaceOrDash(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2013' || c == '\u2014'
                || c == '\u2011' || c == '\u2012';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }
}
