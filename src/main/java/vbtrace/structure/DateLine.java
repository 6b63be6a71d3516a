package vbtrace.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place-and-date line of a header: "Bắc Giang, ngày 29 tháng 9 năm 2015" → place "Bắc Giang",
 * date "2015-09-29"; a blank day ("ngày    tháng 3 năm 2022") gives "2022-03", blank day and month
 * give "2022". Offsets are those of the searched string.
 */
public record DateLine(String place, String date, int start, int end) {
    private static final String BLANK = "[\\s.…_]*";
    private static final Pattern WORDS = Pattern.compile(
            "(?iu)\\bngày\\s*(\\d{1,2}|" + BLANK + ")\\s*tháng\\s*(\\d{1,2}|" + BLANK + ")\\s*năm\\s*((?:19|20)\\d\\d)\\b");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?iu)\\bngày\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*((?:19|20)\\d\\d)\\b");
    /** A place is a short run of words before the comma, no digits, at most one line break inside. */
    private static final Pattern PLACE = Pattern.compile("(?u)([\\p{L}.'’][\\p{L}.'’ \\-]*(?:\\n[\\p{L}.'’ \\-]+)?)\\s*,\\s*$");

    /** The first date line in {@code s} (a header's text), if any. */
    public static Optional<DateLine> find(String s) {
        Optional<DateLine> a = find(s, WORDS), b = find(s, NUMERIC);
        if (a.isPresent() && b.isPresent()) return a.get().start <= b.get().start ? a : b;
        return a.isPresent() ? a : b;
    }

    private static Optional<DateLine> find(String s, Pattern p) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            String date = iso(m.group(1), m.group(2), m.group(3));
            if (date == null) continue;
            int start = m.start();
            String place = null;
            Matcher pm = PLACE.matcher(s.substring(Math.max(0, start - 60), start));
            if (pm.find()) {
                String group = pm.group(1);
                int shift = 0;
                int nl = group.indexOf('\n');
                if (nl >= 0 && !group.substring(0, nl).strip().matches("(?u)((\\p{Lu}\\p{Ll}*|phố|xã|thị)\\s*){1,4}")) {
                    shift = nl + 1; // the line above is not the first half of a place ("Thành phố Hồ" / "Chí Minh")
                    group = group.substring(nl + 1);
                }
                String candidate = group.replaceAll("\\s+", " ").strip();
                String[] words = candidate.split(" ");
                // keep the capitalized tail: "… UBND Hà Nội" → the place is what starts with a capital after a break
                if (words.length <= 6 && Character.isUpperCase(candidate.codePointAt(0))) {
                    place = candidate;
                    start = start - Math.min(60, start) + pm.start(1) + shift;
                }
            }
            return Optional.of(new DateLine(place, date, start, m.end()));
        }
        return Optional.empty();
    }

    /** ISO date from day, month, year as printed; blanks give "YYYY-MM" or "YYYY"; null if invalid. */
    static String iso(String day, String month, String year) {
        Integer d = number(day), mo = number(month);
        int y = Integer.parseInt(year);
        if (mo == null) return d == null ? String.valueOf(y) : null;
        if (mo < 1 || mo > 12) return null;
        if (d == null) return String.format("%04d-%02d", y, mo);
        if (d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth()) return null;
        return String.format("%04d-%02d-%02d", y, mo, d);
    }

    private static Integer number(String s) {
        String t = s == null ? "" : s.strip();
        return t.matches("\\d+") ? Integer.valueOf(t) : null;
    }
}
