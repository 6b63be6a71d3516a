package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions of Vietnamese administrative text, on {@link TargetLexicon#matchingForm} text:
 * "15/12/2025", "ngày 15 tháng 12 năm 2025", "ngày 30/11", "ngày 30 tháng 11", "tháng 12/2025",
 * "tháng 12 năm 2025", "quý IV/2025", "năm 2025", "ngày 20 hằng tháng", and a bare day "ngày 25" (due monthly
 * only where its sentence recurs monthly).
 */
final class VietnameseDates {
    private VietnameseDates() {}

    /** A date as written; absent parts are 0. {@code monthly}: "ngày 20 hằng tháng". */
    record DateMention(int start, int end, int year, int month, int day, int quarter, boolean monthly) {
        /** ISO form: "2025-12-15", "2025-12", "2025", "--11-30" (no year), "---20" (monthly); null if incomplete. */
        String iso(int fallbackYear) {
            if (monthly) return String.format("---%02d", day);
            int y = year != 0 ? year : fallbackYear;
            if (quarter != 0) {
                if (y == 0) return null;
                int m = quarter * 3;
                return String.format("%04d-%02d-%02d", y, m, m == 6 || m == 9 ? 30 : 31);
            }
            if (day != 0 && month != 0) {
                return y != 0 ? String.format("%04d-%02d-%02d", y, month, day) : String.format("--%02d-%02d", month, day);
            }
            if (month != 0) return y != 0 ? String.format("%04d-%02d", y, month) : null;
            if (day != 0) return null;   // "trước ngày 25" alone: due monthly only if its sentence says so
            return y != 0 ? String.format("%04d", y) : null;
        }

        /** "trước ngày 25": a day of no stated month. */
        boolean dayOnly() {
            return day != 0 && month == 0 && !monthly;
        }

        /** The same day recurring every month: "gửi … trước ngày 25" under "định kỳ hằng tháng". */
        DateMention asMonthly() {
            return new DateMention(start, end, 0, 0, day, 0, true);
        }

        boolean hasYear() {
            return year != 0;
        }
    }

    private static final String Y = "(?:19|20)\\d{2}";
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:ngày\\s+)?(?<d1>\\d{1,2})\\s*[/.\\-]\\s*(?<m1>\\d{1,2})\\s*[/.\\-]\\s*(?<y1>" + Y + ")(?!\\d)"
                    + "|ngày\\s+(?<d2>\\d{1,2})\\s+tháng\\s+(?<m2>\\d{1,2})(?:\\s+năm\\s+(?<y2>" + Y + "))?(?!\\d)"
                    + "|ngày\\s+(?:mồng\\s+|mùng\\s+)?(?<d5>\\d{1,2})\\s+(?:(?:hằng|hàng|mỗi)\\s+tháng|của\\s+tháng\\s+(?:trước|sau))"
                    + "|ngày\\s+(?<d3>\\d{1,2})\\s*/\\s*(?<m3>\\d{1,2})(?![\\d/])"
                    + "|ngày\\s+(?<d6>\\d{1,2})(?![\\d/.\\-])(?!\\s*(?:tháng|của|[/.\\-]\\s*\\d))"
                    + "|tháng\\s+(?<m4>\\d{1,2})\\s*(?:/|năm)\\s*(?<y4>" + Y + ")(?!\\d)"
                    + "|quý\\s+(?<q>iv|iii|ii|i|[1-4])(?!\\p{L})(?:\\s*(?:/|năm)\\s*(?<yq>" + Y + "))?"
                    + "|năm\\s+(?<y5>" + Y + ")(?!\\d)(?!\\s*(?:[-–—]|đến)\\s*(?:năm\\s+)?" + Y + ")", TargetLexicon.FLAGS);

    /** Words a date may open on; the pattern is only tried at these and at digits, which keeps the scan linear and fast. */
    private static final String[] OPENERS = {"ngày", "tháng", "quý", "năm"};

    static List<DateMention> find(String low) {
        return find(low, low.toCharArray());
    }

    /** @param t the characters of {@code low}: the scan reads every one, faster from an array */
    static List<DateMention> find(String low, char[] t) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATE.matcher(low).useTransparentBounds(true);
        int n = t.length, covered = 0;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            boolean candidate;
            if (c <= '9') {
                if (c < '0' || i < covered) continue;
                candidate = (i == 0 || !TargetLexicon.isDigit(t[i - 1])) && mayOpenNumericDate(t, i);
            } else if (c == 'n' || c == 't' || c == 'q') {
                if (i < covered) continue;
                candidate = (i == 0 || !TargetLexicon.isLetter(t[i - 1])) && opens(low, i);
            } else {
                continue;
            }
            if (!candidate) continue;
            m.region(i, Math.min(n, i + 40));
            if (m.lookingAt()) {
                DateMention d = mention(m);
                if (d != null) out.add(d);
                covered = m.end();
            }
        }
        return out;
    }

    /**
     * At a digit only "15/12/2025" can start: one or two digits, then spaces and a separator. Most numbers are not
     * dates, and this is cheaper than trying the pattern on them.
     */
    private static boolean mayOpenNumericDate(char[] t, int i) {
        int n = t.length, j = i + 1;
        if (j < n && isAsciiDigit(t[j])) j++;
        if (j < n && isAsciiDigit(t[j])) return false;
        while (j < n && (t[j] == ' ' || t[j] >= '\t' && t[j] <= '\r')) j++;
        return j < n && (t[j] == '/' || t[j] == '.' || t[j] == '-');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean opens(String low, int i) {
        for (String w : OPENERS) if (low.startsWith(w, i)) return true;
        return false;
    }

    private static DateMention mention(Matcher m) {
        int s = m.start(), e = m.end();
        if (m.group("d1") != null) return valid(s, e, i(m, "y1"), i(m, "m1"), i(m, "d1"), 0, false);
        if (m.group("d2") != null) return valid(s, e, i(m, "y2"), i(m, "m2"), i(m, "d2"), 0, false);
        if (m.group("d5") != null) return valid(s, e, 0, 0, i(m, "d5"), 0, true);
        if (m.group("d3") != null) return valid(s, e, 0, i(m, "m3"), i(m, "d3"), 0, false);
        if (m.group("d6") != null) return i(m, "d6") >= 1 && i(m, "d6") <= 31 ? new DateMention(s, e, 0, 0, i(m, "d6"), 0, false) : null;
        if (m.group("m4") != null) return valid(s, e, i(m, "y4"), i(m, "m4"), 0, 0, false);
        if (m.group("q") != null) return new DateMention(s, e, i(m, "yq"), 0, 0, quarter(m.group("q")), false);
        return new DateMention(s, e, i(m, "y5"), 0, 0, 0, false);
    }

    private static DateMention valid(int s, int e, int y, int mo, int d, int q, boolean monthly) {
        boolean ok = monthly ? d >= 1 && d <= 31 : mo >= 1 && mo <= 12 && d >= 0 && d <= 31;
        return ok ? new DateMention(s, e, y, mo, d, q, monthly) : null;
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static int i(Matcher m, String g) {
        String v = m.group(g);
        return v == null ? 0 : Integer.parseInt(v);
    }
}
