package vbtrace.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling for matching. The text shown to people keeps its own spelling; every comparison
 * (agency names, issuers, titles, index terms) goes through here so that "Tỉnh uỷ" = "Tỉnh ủy",
 * "hoà" = "hòa" and "Ð" = "Đ". Both methods keep the string's length, so offsets stay valid.
 */
public final class Canonical {
    private Canonical() {}

    /** Old-style tone on the second vowel of a final oa/oe/uy, not after "q" (in "quý" it stays). */
    private static final Pattern OLD_TONE = Pattern.compile(
            "(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\\p{L})");

    /** NFC, Ð→Đ, new-style tone placement. */
    public static String forMatching(String s) {
        if (s == null) return null;
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
        Matcher m = OLD_TONE.matcher(t);
        if (!m.find()) return t;
        StringBuilder out = new StringBuilder(t.length());
        do {
            String vowel = Normalizer.normalize(m.group(2), Normalizer.Form.NFD);
            String tone = vowel.substring(1);
            String first = Normalizer.normalize(m.group(1) + tone, Normalizer.Form.NFC);
            m.appendReplacement(out, Matcher.quoteReplacement(first + vowel.charAt(0)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** Lower case without diacritics (đ→d): the key for "cong tac dan toc" = "công tác dân tộc". */
    public static String fold(String s) {
        if (s == null) return null;
        String d = Normalizer.normalize(forMatching(s), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == 'đ' || c == 'Đ') c = 'd';
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** Case-insensitive match key: {@link #forMatching} lower-cased, whitespace folded. */
    public static String key(String s) {
        if (s == null) return null;
        return forMatching(s).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
