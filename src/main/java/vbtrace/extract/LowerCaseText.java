package vbtrace.extract;

import java.util.Locale;

/**
 * A text lower-cased as {@code toLowerCase(Locale.ROOT)} gives it, one stretch at a time: the issuer
 * words after a number are read in lower case (with their diacritics, unlike the folded text), and
 * lower-casing only those few stretches costs a fraction of lower-casing the whole text. When
 * lower-casing would change the text's length (an "İ"), the text is read as it is, so offsets stay
 * valid.
 */
final class LowerCaseText {
    private final String text;
    private final int originalLength;
    /** The whole text lower-cased, or as it is; computed only when a stretch cannot be lower-cased alone. */
    private String whole;

    /** @param originalLength the length of the text offsets point into (the original, before {@code Canonical}) */
    LowerCaseText(String text, int originalLength) {
        this.text = text;
        this.originalLength = originalLength;
        // Lower-casing maps each character to one of the same length, without context, except "İ" (two
        // characters) and "Σ" (final or not); a stretch must not cut a surrogate pair.
        if (text.indexOf('\u0130') >= 0) whole();
    }

    /** The whole text lower-cased; the text as it is when that would change its length. */
    String whole() {
        if (whole == null) {
            String lower = text.toLowerCase(Locale.ROOT);
            whole = lower.length() == originalLength ? lower : text;
        }
        return whole;
    }

    /** Characters {@code [from, to)} of {@link #whole}. */
    String stretch(int from, int to) {
        if (whole != null) return whole.substring(from, to);
        String s = text.substring(from, to);
        if (s.indexOf('\u03A3') >= 0 || hasSurrogate(s)) return whole().substring(from, to);
        return text.length() == originalLength ? s.toLowerCase(Locale.ROOT) : s;
    }

    /** The length of {@link #whole}. */
    int length() {
        return whole != null ? whole.length() : text.length();
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) return true;
        return false;
    }
}
