package vbtrace.extract;

import java.util.Arrays;

/**
 * Sentence boundaries of a document, found once: a line break, or a full stop, "!" or "?"
 * followed by a space and a capital letter ("…đạt 99%. Tỷ lệ…"). Decimal points and dotted
 * numbers ("2.900", "1.5") never end a sentence because no space follows them.
 */
final class SentenceIndex {
    private final int[] starts;
    private final int length;

    private SentenceIndex(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    static SentenceIndex of(String text) {
        return of(text, text.toCharArray());
    }

    /**
     * @param t the text's characters, or its matching form (same offsets, same line breaks and stops);
     *          the case of a letter is read from {@code text}
     */
    static SentenceIndex of(String text, char[] t) {
        int n = t.length;
        int[] out = new int[16];
        int count = 0;
        out[count++] = 0;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            if (c != '\n' && c != '.' && c != '!' && c != '?') continue;
            int next = -1;
            if (c == '\n') {
                next = i + 1;
            } else if (i + 2 < n && t[i + 1] == ' ') {
                int j = i + 1;
                while (j < n && t[j] == ' ') j++;
                if (j < n && (t[j] == '(' || Character.isUpperCase(text.charAt(j)))) next = j;
            }
            if (next > out[count - 1] && next < n) {
                if (count == out.length) out = Arrays.copyOf(out, count * 2);
                out[count++] = next;
            }
        }
        return new SentenceIndex(Arrays.copyOf(out, count), n);
    }

    /** Start of the sentence holding {@code offset}. */
    int start(int offset) {
        return starts[index(offset)];
    }

    /** End (exclusive, before a line break) of the sentence holding {@code offset}. */
    int end(int offset) {
        int i = index(offset);
        return i + 1 < starts.length ? starts[i + 1] : length;
    }

    private int index(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
