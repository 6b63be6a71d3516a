package vbtrace.structure;

import java.util.List;
import java.util.regex.Pattern;
import vbtrace.model.Span;

/**
 * Which lines belong to a received-document stamp ("CÔNG VĂN ĐẾN / SỐ:..... 1860 / NGÀY:....."):
 * the spans the text stage recognized, and, as a fallback for texts it has not marked, any paragraph
 * holding a stamp's typical line. Stamp lines never give the number, the date or the title.
 */
final class StampLines {
    private static final Pattern STAMP_LINE = Pattern.compile(
            "(?iu).*(CÔNG VĂN ĐẾN|ĐẾN\\s*SỐ\\s*:|^(SỐ|NGÀY|CHUYỂN|LƯU HỒ SƠ|LUU HỒ|LƯU HỒ|LƯU)\\s*:\\s*[.…]{3,}).*");

    private final boolean[] stamp;

    StampLines(List<TextLine> lines, List<Span> spans) {
        stamp = new boolean[lines.size()];
        for (TextLine l : lines) {
            for (Span s : spans) if (l.start() < s.end() && l.end() > s.start()) stamp[l.index()] = true;
        }
        // a paragraph with a stamp line is a stamp: its first line is the receiving body's name
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).blank()) {
                i++;
                continue;
            }
            int j = i;
            boolean hit = false;
            while (j < lines.size() && !lines.get(j).blank()) {
                if (mayBeStampLine(lines.get(j).clean()) && STAMP_LINE.matcher(lines.get(j).clean()).matches()) hit = true;
                j++;
            }
            if (hit && j - i <= 8) for (int k = i; k < j; k++) stamp[k] = true;
            i = j;
        }
    }

    /** Cheap necessary condition of {@link #STAMP_LINE}: a colon after a leading S, N, C or L, or "văn đến" or "đến … :" in any case. */
    private static boolean mayBeStampLine(String c) {
        if (c.isEmpty()) return false;
        if ("SsNnCcLlſ".indexOf(c.charAt(0)) >= 0 && c.indexOf(':') >= 0) return true;
        // "đến" found by its "ế", much rarer than "đ": indexOf scans faster than a loop over the line
        return denAt(c, 'ế') || denAt(c, 'Ế');
    }

    /** Whether an "đến" whose middle letter is {@code e} stands before a colon or after "văn ". */
    private static boolean denAt(String c, char e) {
        for (int p = c.indexOf(e, 1); p >= 0 && p + 1 < c.length(); p = c.indexOf(e, p + 1)) {
            int i = p - 1;
            char d = c.charAt(i), n = c.charAt(p + 1);
            if ((d != 'Đ' && d != 'đ') || (n != 'N' && n != 'n')) continue;
            if (c.indexOf(':', i) >= 0) return true;
            if (i >= 4 && c.charAt(i - 1) == ' ' && "Nn".indexOf(c.charAt(i - 2)) >= 0
                    && "Ăă".indexOf(c.charAt(i - 3)) >= 0 && "Vv".indexOf(c.charAt(i - 4)) >= 0) return true;
        }
        return false;
    }

    boolean isStamp(int line) {
        return line >= 0 && line < stamp.length && stamp[line];
    }
}
