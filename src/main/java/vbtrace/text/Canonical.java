package vbtrace.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * One spelling for matching. The text shown to people keeps its own spelling; every comparison
 * (agency names, issuers, titles, index terms) goes through here so that "Tỉnh uỷ" = "Tỉnh ủy",
 * "hoà" = "hòa" and "Ð" = "Đ". Both methods keep the string's length, so offsets stay valid.
 */
public final class Canonical {
    private Canonical() {}

    /** The vowels with a tone that old-style spelling puts on the second vowel of a final oa/oe/uy. */
    private static final String TONED = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ";

    /**
     * NFC, Ð→Đ, new-style tone placement: a toned a/e/y after o or u, ending a word, gives its tone
     * to the o or u, not after "q" (in "quý" it stays). Scanned by hand: a regex with a look-behind
     * tries every offset and cost more than all the rest.
     */
    public static String forMatching(String s) {
        if (s == null) return null;
        return inMatchingForm(s.toCharArray()) ? s : toMatching(s); // most texts are checked in one pass, with nothing to change
    }

    private static String toMatching(String s) {
        char[] own = s.toCharArray();
        if (onlyTonesToMove(own)) return new String(moveTones(own));
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
        char[] chars = t.toCharArray();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i + 1 < chars.length; i++) {
            if (!movesTone(chars, i)) continue;
            if (out == null) out = new StringBuilder(t.length());
            out.append(t, copied, i).append(TONE_MOVED.get(t.substring(i, i + 2)));
            copied = i + 2;
            i++;
        }
        return out == null ? t : out.append(t, copied, t.length()).toString();
    }

    /**
     * Whether the text's only change to matching form is moving tones: no Ð or ð, and only characters
     * that are NFC whatever their neighbours, so the normalizer (the costly part of old-style spelling,
     * a third of the corpus) would change nothing.
     */
    private static boolean onlyTonesToMove(char[] t) {
        for (char c : t) {
            if (c == '\u00D0' || c == '\u00F0' || c >= '\u0300' && !nfcStable(c)) return false;
        }
        return true;
    }

    /**
     * Moves the tones in place. A moved pair ("òa") holds neither an o/u nor a toned a/e/y and no q,
     * so it neither makes nor undoes a move of its neighbours: the result is in matching form.
     */
    private static char[] moveTones(char[] t) {
        for (int i = 0; i + 1 < t.length; i++) {
            if (!movesTone(t, i)) continue;
            String moved = TONE_MOVED.get(new String(t, i, 2));
            t[i] = moved.charAt(0);
            t[i + 1] = moved.charAt(1);
            i++;
        }
        return t;
    }

    /** "oà" → "òa", for every o/u and toned vowel: the toned vowel's mark goes to the o or u. */
    private static final java.util.Map<String, String> TONE_MOVED = new java.util.HashMap<>();

    static {
        for (char c : "ouOU".toCharArray()) {
            for (char v : TONED.toCharArray()) {
                String vowel = Normalizer.normalize(String.valueOf(v), Normalizer.Form.NFD);
                String tone = vowel.substring(1);
                TONE_MOVED.put("" + c + v, Normalizer.normalize(c + tone, Normalizer.Form.NFC) + vowel.charAt(0));
            }
        }
    }

    /** Whether the o or u at {@code i} takes the tone of the a/e/y after it (see {@link #forMatching}). */
    private static boolean movesTone(char[] t, int i) {
        char c = t[i];
        if (c != 'o' && c != 'u' && c != 'O' && c != 'U' || i + 1 >= t.length) return false;
        char v = t[i + 1]; // every toned vowel is at U+00C0 or above: most letters after o/u are settled by that
        if (v < '\u00C0' || TONED.indexOf(v) < 0 || i > 0 && (t[i - 1] == 'q' || t[i - 1] == 'Q')) return false;
        return !(i + 2 < t.length && Character.isLetter(Character.codePointAt(t, i + 2)));
    }

    /**
     * Whether {@link #forMatching} leaves the text as it is: NFC, no Ð or ð, no tone to move. Read from an
     * array: a loop over a whole text's characters costs about half of one over {@code charAt}.
     */
    private static boolean inMatchingForm(char[] t) {
        boolean stable = true;
        for (int i = 0; i < t.length; i++) {
            char c = t[i];
            if (c == '\u00D0' || c == '\u00F0' || movesTone(t, i)) return false;
            if (c >= '\u0300' && !nfcStable(c)) stable = false;
        }
        return stable || Normalizer.isNormalized(java.nio.CharBuffer.wrap(t), Normalizer.Form.NFC);
    }

    /** Per character: 0 not known yet, 1 {@link #nfcStable}, 2 not. */
    private static final byte[] NFC_STABLE = new byte[0x10000];

    /**
     * Whether a character is NFC on its own and can neither combine with a neighbour nor be reordered:
     * no mark, no Hangul jamo, nothing NFC replaces. A text of such characters (and of those below
     * U+0300, which all are) is NFC without asking the normalizer, which costs more than all the rest
     * of {@link #inMatchingForm}. CanonicalTest checks the claim against the normalizer for every character.
     */
    static boolean nfcStable(char c) {
        byte b = NFC_STABLE[c];
        if (b == 0) NFC_STABLE[c] = b = (byte) (computeNfcStable(c) ? 1 : 2); // benign race: every thread computes the same value
        return b == 1;
    }

    private static boolean computeNfcStable(char c) {
        if (c < '\u0300') return true;
        if (Character.isSurrogate(c) || isMark(c) || c >= '\u1100' && c <= '\u11FF' || c >= '\uA960' && c <= '\uA97F'
                || c >= '\uD7B0' && c <= '\uD7FF') return false;
        String one = String.valueOf(c);
        return Normalizer.normalize(one, Normalizer.Form.NFC).equals(one);
    }

    /** Lower case without diacritics (đ→d): the key for "cong tac dan toc" = "công tác dân tộc". */
    public static String fold(String s) {
        if (s == null) return null;
        return foldMatching(forMatching(s));
    }

    /** A text's {@link #forMatching} form and its {@link #fold}. */
    public record Forms(String matching, String folded) {}

    /**
     * Both forms of a text at once: a text found already in matching form (as normalized text mostly
     * is) is folded without checking it a second time.
     */
    public static Forms forms(String s) {
        char[] chars = s.toCharArray();
        if (inMatchingForm(chars)) return new Forms(s, foldMatching(s, chars));
        if (onlyTonesToMove(chars)) {
            String matching = new String(moveTones(chars));
            return new Forms(matching, foldMatching(matching, chars));
        }
        String matching = toMatching(s);
        return new Forms(matching, fold(matching));
    }

    /** {@link #fold} of a text in matching form. */
    private static String foldMatching(String t) {
        return foldMatching(t, t.toCharArray());
    }

    /** {@link #fold} of a text in matching form, folded in {@code chars} (a copy of it). */
    private static String foldMatching(String t, char[] chars) {
        // One character at a time through a table; a text with a character that does not fold to
        // exactly one (a lone mark, a surrogate, some scripts) goes through NFD as a whole.
        for (int i = 0; i < chars.length; i++) {
            char f = fold(chars[i]);
            if (f == NO_FOLD) return foldDecomposed(t);
            chars[i] = f;
        }
        return new String(chars);
    }

    private static char fold(char c) {
        char f = FOLD[c];
        if (f == UNKNOWN) FOLD[c] = f = foldOne(c); // benign race: every thread computes the same value
        return f;
    }

    private static final char NO_FOLD = '\uFFFF', UNKNOWN = '\uFFFE';
    private static final char[] FOLD = new char[0x10000];
    static { java.util.Arrays.fill(FOLD, UNKNOWN); }

    /**
     * The fold of one character when it decomposes to one starter and non-spacing marks only (then
     * the marks' canonical reordering in a whole text cannot matter), else NO_FOLD.
     */
    private static char foldOne(char c) {
        if (Character.isSurrogate(c) || c == NO_FOLD || c == UNKNOWN) return NO_FOLD;
        if (isMark(c)) return NO_FOLD;
        String one = String.valueOf(c);
        if (!Normalizer.normalize(one, Normalizer.Form.NFC).equals(one)) return NO_FOLD;
        String d = Normalizer.normalize(one, Normalizer.Form.NFD);
        if (isMark(d.charAt(0))) return NO_FOLD;
        for (int i = 1; i < d.length(); i++) if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) return NO_FOLD;
        String folded = foldDecomposed(one);
        return folded.length() == 1 ? folded.charAt(0) : NO_FOLD;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** {@link #fold} of a text already in matching form, by its canonical decomposition. */
    private static String foldDecomposed(String t) {
        String d = Normalizer.normalize(t, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == 'đ' || c == 'Đ') c = 'd';
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Case-insensitive match key: {@link #forMatching} lower-cased, whitespace folded. */
    public static String key(String s) {
        if (s == null) return null;
        return SPACES.matcher(forMatching(s).toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").trim();
    }
}
