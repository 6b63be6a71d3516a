package vbtrace.text;

import java.util.OptionalDouble;

/** Numbers written the Vietnamese way: "99,6" = 99.6, "2.900" = 2900, "2.900,5" = 2900.5. */
public final class VietnameseNumbers {
    private VietnameseNumbers() {}

    public static OptionalDouble parse(String s) {
        if (s == null || s.isBlank()) return OptionalDouble.empty();
        String t = s.strip().replace(".", "").replace(',', '.');
        try {
            return OptionalDouble.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
