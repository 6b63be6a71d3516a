package vbtrace.text;

/** A number or a range of numbers as written: "99,6" is [99.6, 99.6], "1,5 - 3" is [1.5, 3]. */
public record NumberRange(double min, double max) {
    public static NumberRange of(double value) {
        return new NumberRange(value, value);
    }

    public boolean isRange() {
        return min != max;
    }
}
