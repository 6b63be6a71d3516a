package vbtrace.text;

import java.util.Arrays;

/**
 * Maps each UTF-16 offset of a normalized text back to the offset of the raw text it came from,
 * so a hit in the normalized text can be shown in the original.
 */
public final class OffsetMap {
    private final int[] toRaw;

    public OffsetMap(int[] toRaw) {
        this.toRaw = toRaw.clone();
    }

    public static OffsetMap identity(int length) {
        int[] map = new int[length + 1];
        for (int i = 0; i <= length; i++) map[i] = i;
        return new OffsetMap(map);
    }

    /** Raw offset for normalized offset {@code i} (0 ≤ i ≤ length). */
    public int toRaw(int i) {
        return toRaw[Math.max(0, Math.min(i, toRaw.length - 1))];
    }

    /** Composes: this maps c→b, {@code inner} maps b→a; result maps c→a. */
    public OffsetMap then(OffsetMap inner) {
        int[] out = new int[toRaw.length];
        for (int i = 0; i < out.length; i++) out[i] = inner.toRaw(toRaw[i]);
        return new OffsetMap(out);
    }

    public int length() {
        return toRaw.length - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && Arrays.equals(toRaw, m.toRaw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toRaw);
    }
}
