package vbtrace.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How much a text reads as Vietnamese: the share of its words that are well-formed Vietnamese
 * syllables (onset, vowel nucleus, coda, at most one tone). Text decoded with the wrong legacy
 * table breaks words apart ("Qu¶n lý" → "Qu", "n") or leaves impossible vowel clusters, so the
 * right decoding scores clearly higher. Used to pick among candidate decodings.
 */
public final class VietnameseSyllables {
    private VietnameseSyllables() {}

    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
            + "(?:uyê|uya|uyu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|"
            + "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ưu|ươ|uy|ya|yê|"
            + "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
            + "(?:ch|ng|nh|[cmnpt])?");

    /** Share (0..1) of the words of {@code text} that are Vietnamese syllables; 0 for no words. */
    public static double score(CharSequence text) {
        int words = 0;
        int valid = 0;
        int n = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder(12);
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            word.setLength(0);
            while (i < n && isWordChar(text.charAt(i))) word.append(text.charAt(i++));
            if (word.length() == 1 && !isVowel(Character.toLowerCase(word.charAt(0)))) continue; // initials
            words++;
            if (isSyllable(word)) valid++;
        }
        return words == 0 ? 0 : (double) valid / words;
    }

    /** Number of words in {@code text} (the same words {@link #score} counts). */
    public static int words(CharSequence text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = isWordChar(text.charAt(i));
            if (w && !in) words++;
            in = w;
        }
        return words;
    }

    static boolean isSyllable(CharSequence word) {
        if (word.length() > 7) return false;
        String d = Normalizer.normalize(word.toString().toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(d.length());
        int tones = 0;
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') tones++;
            else base.append(c);
        }
        if (tones > 1) return false;
        String b = Normalizer.normalize(base, Normalizer.Form.NFC);
        return SYLLABLE.matcher(b).matches();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || LineCleaner.isCombining(c);
    }

    private static boolean isVowel(char c) {
        return "aăâeêioôơuưyáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ".indexOf(c) >= 0;
    }
}
