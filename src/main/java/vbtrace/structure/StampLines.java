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
        boolean leading = "SsNnCcLlſ".indexOf(c.charAt(0)) >= 0;
        for (int i = 0; i < c.length(); i++) { // one pass: most lines hold neither a colon nor "đến"
            char d = c.charAt(i);
            if (d == ':' && leading) return true;
            if ((d != 'Đ' && d != 'đ') || i + 2 >= c.length()) continue;
            char e = c.charAt(i + 1), n = c.charAt(i + 2);
            if ((e != 'Ế' && e != 'ế') || (n != 'N' && n != 'n')) continue;
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
