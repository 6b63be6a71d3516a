package vbtrace.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.text.Canonical;

/**
 * Document numbers ("402/QĐ-TTg", "58-NQ/TU", "134/2006/NĐ-CP") as whole keys: folded, lower case,
 * no spaces, leading zeros dropped, so "402/QD-TTG", "402 / QĐ-TTg" and "0402/qđ-ttg" are one key.
 */
public final class DocumentNumbers {
    private DocumentNumbers() {}

    /** Digits, then parts joined by / or -; a number when some part has a letter ("25/4/2014" is a date). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.-])\\d[\\d.]*(?:[ ]?[/-][ ]?[\\p{L}\\p{N}]+(?:\\.\\p{N}+)*)+");

    public static String key(String number) {
        if (number == null) return null;
        String k = Canonical.fold(number).replaceAll("\\s+", "");
        k = k.replaceFirst("^0+(?=\\d)", "");
        return k.isEmpty() ? null : k;
    }

    /** The spans of {@code text} that look like document numbers, as {start, end} pairs. */
    public static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (m.group().chars().anyMatch(Character::isLetter)) out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
