package vbtrace.text;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written the Vietnamese way, parsed in one place for the whole project.
 *
 * <ul>
 *   <li>Comma is the decimal mark, dot groups thousands: "99,6" = 99.6, "2.900" = 2900,
 *       "2.900,5" = 2900.5, "01" = 1.</li>
 *   <li>Both marks present: the last one is the decimal mark ("1,234.5" from English-style
 *       sources is 1234.5).</li>
 *   <li>Dots only: groups of exactly three digits are thousands ("1.234.567"); anything else is an
 *       English-style decimal point ("99.6", "1.5"), which web renderings of Vietnamese texts do
 *       contain. So "1.500" is 1500, never 1.5: Vietnamese writing never puts three decimals
 *       after a dot, while "1.500 người" is common.</li>
 *   <li>Commas only: one comma is the decimal mark ("1,500" = 1.5, the Vietnamese reading);
 *       several three-digit groups are English thousands ("1,234,567").</li>
 *   <li>Fractions "3/4" = 0.75; ranges "1,5 - 3", "4-5", "từ 2.900 đến 3.000".</li>
 * </ul>
 */
public final class VietnameseNumbers {
    private VietnameseNumbers() {}

    /** One number token as it appears in text; use with {@link #parse}. */
    public static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?";

    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3}){2,}");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern FRACTION = Pattern.compile("\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*");
    private static final Pattern RANGE = Pattern.compile(
            "\\s*(?:từ\\s+)?(" + NUMBER + ")\\s*(?:-|–|—|đến|tới|~)\\s*(" + NUMBER + ")\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public static OptionalDouble parse(String s) {
        if (s == null) return OptionalDouble.empty();
        String t = s.strip().replace(" ", "");
        if (t.isEmpty()) return OptionalDouble.empty();
        int dot = t.lastIndexOf('.'), comma = t.lastIndexOf(',');
        String plain;
        if (dot >= 0 && comma >= 0) {
            plain = dot < comma ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (dot >= 0) {
            plain = DOT_THOUSANDS.matcher(t).matches() ? t.replace(".", "") : t;
        } else if (comma >= 0) {
            plain = COMMA_THOUSANDS.matcher(t).matches() ? t.replace(",", "") : t.replace(',', '.');
        } else {
            plain = t;
        }
        if (!PLAIN.matcher(plain).matches()) return OptionalDouble.empty();
        return OptionalDouble.of(Double.parseDouble(plain));
    }

    /** "3/4" → 0.75; only proper fractions with a small denominator (dates and ids are not fractions). */
    public static OptionalDouble parseFraction(String s) {
        if (s == null) return OptionalDouble.empty();
        Matcher m = FRACTION.matcher(s);
        if (!m.matches()) return OptionalDouble.empty();
        int num = Integer.parseInt(m.group(1)), den = Integer.parseInt(m.group(2));
        if (num <= 0 || den > 10 || num >= den) return OptionalDouble.empty();
        return OptionalDouble.of((double) num / den);
    }

    /** A single number or a range ("1,5 - 3", "4-5", "từ 2.900 đến 3.000"); bounds in ascending order. */
    public static Optional<NumberRange> parseRange(String s) {
        if (s == null) return Optional.empty();
        Matcher m = RANGE.matcher(s);
        if (m.matches()) {
            OptionalDouble a = parse(m.group(1)), b = parse(m.group(2));
            if (a.isEmpty() || b.isEmpty()) return Optional.empty();
            return Optional.of(new NumberRange(Math.min(a.getAsDouble(), b.getAsDouble()),
                    Math.max(a.getAsDouble(), b.getAsDouble())));
        }
        OptionalDouble f = parseFraction(s);
        if (f.isPresent()) return Optional.of(NumberRange.of(f.getAsDouble()));
        String t = s.strip();
        if (t.regionMatches(true, 0, "từ ", 0, 3)) t = t.substring(3);
        OptionalDouble v = parse(t);
        return v.isPresent() ? Optional.of(NumberRange.of(v.getAsDouble())) : Optional.empty();
    }
}
