package vbtrace.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds received-document stamps: the receiving office's stamp, typed or OCR'd into the text,
 * "BAN DÂN TỘC T. BẮC GIANG / CÔNG VĂN ĐẾN SỐ: 1860 / NGÀY: 04/10/2015 / CHUYỂN: … / LƯU HỒ SƠ: …".
 * Its number and date are the receiving office's, never the document's, so its lines are marked
 * {@link LayoutLine#stamp}; the normalizer lists their spans and keeps them out of the paragraphs
 * they interrupt. Matching is on the diacritic-free fold, since OCR often drops marks ("LUU HỒ").
 */
final class ReceivedStamps {
    private ReceivedStamps() {}

    /** The stamp's title: "CÔNG VĂN ĐẾN", "VĂN BẢN ĐẾN", "ĐẾN Số: …", with or without marks (OCR). */
    private static final Pattern ANCHOR = Pattern.compile(
            "(?:c[ôo]ng\\s*v[ăa]n|v[ăa]n\\s*b[ảa]n|cv)\\s*[đd][ếe]n\\b|[đd][ếe]n\\s*[:.]?\\s*s[ốo]\\s*[:.]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The stamp's fields, one a line: label, then dots, colon or a value. */
    private static final Pattern FIELD = Pattern.compile(
            "(?:so|ngay|ngay den|gio|chuyen|luu(?: ho so| ho)?|nguoi nhan|ky nhan|den)\\s*[:.]\\s*.*");
    /** Fields rarely run longer; a longer line is text, even if it starts like a field. */
    private static final int MAX_FIELD_LINE = 160;

    static void mark(List<LayoutLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).string();
            if (line.length() > MAX_FIELD_LINE || "CcVvĐđDd".indexOf(line.charAt(0)) < 0
                    || !ANCHOR.matcher(line).lookingAt()) {
                continue;
            }
            lines.get(i).stamp = true;
            // the receiving office's name just above the stamp title (the stamp's first line)
            if (i > 0 && isOfficeLine(lines.get(i - 1)) && lines.get(i).blankBefore == 0) lines.get(i - 1).stamp = true;
            int k = i + 1;
            while (k < lines.size() && lines.get(k).blankBefore <= 1 && lines.get(k).string().length() <= MAX_FIELD_LINE
                    && FIELD.matcher(fold(lines.get(k).string())).matches()) {
                lines.get(k).stamp = true;
                k++;
            }
            i = k - 1;
        }
    }

    private static boolean isOfficeLine(LayoutLine line) {
        String s = line.string();
        if (s.length() > 60 || line.stamp) return false;
        boolean letters = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLowerCase(c)) return false;
            letters |= Character.isLetter(c);
        }
        return letters && !LineJoiner.isHeaderLine(s) && !LineJoiner.isTypeWord(s);
    }

    private static String fold(String s) {
        return Canonical.fold(s).toLowerCase(Locale.ROOT).strip();
    }
}
