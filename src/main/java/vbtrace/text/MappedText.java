package vbtrace.text;

import java.util.Arrays;

/**
 * A growing piece of text that remembers, for each char, the raw offset it came from. The layout
 * repair stages build their output with it so the {@link OffsetMap} falls out at the end.
 */
final class MappedText implements CharSequence {
    private char[] chars;
    private int[] raw;
    private int length;

    MappedText() {
        this(64);
    }

    MappedText(int capacity) {
        chars = new char[Math.max(16, capacity)];
        raw = new int[chars.length];
    }

    void append(char c, int rawOffset) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
            raw = Arrays.copyOf(raw, length * 2);
        }
        chars[length] = c;
        raw[length++] = rawOffset;
    }

    void append(MappedText other) {
        int need = length + other.length;
        if (need > chars.length) {
            int cap = Math.max(need, chars.length * 2);
            chars = Arrays.copyOf(chars, cap);
            raw = Arrays.copyOf(raw, cap);
        }
        System.arraycopy(other.chars, 0, chars, length, other.length);
        System.arraycopy(other.raw, 0, raw, length, other.length);
        length = need;
    }

    /** Appends {@code s} with every char mapped to {@code rawOffset} (a char the raw text lacks). */
    void append(String s, int rawOffset) {
        for (int i = 0; i < s.length(); i++) append(s.charAt(i), rawOffset);
    }

    int rawAt(int i) {
        return raw[i];
    }

    void setLength(int n) {
        length = n;
    }

    /** Drops trailing spaces. */
    void trimEnd() {
        while (length > 0 && chars[length - 1] == ' ') length--;
    }

    MappedText sub(int start, int end) {
        MappedText out = new MappedText(end - start);
        for (int i = start; i < end; i++) out.append(chars[i], raw[i]);
        return out;
    }

    /** The offset map of this text, mapping its end to {@code rawLength}. */
    OffsetMap offsets(int rawLength) {
        int[] map = Arrays.copyOf(raw, length + 1);
        map[length] = rawLength;
        return new OffsetMap(map);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int i) {
        return chars[i];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
