package vbtrace.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic corpus of any size made from real documents, for scale benchmarks: document i keeps
 * the header of real document A (its own number renumbered to i+1, so numbers stay unique), and a
 * body where every third paragraph of A is swapped for one of real document B; numbers cited in
 * the text are shifted consistently within the document. Deterministic for a given input list.
 */
public final class ScaleCorpus {
    private ScaleCorpus() {}

    static final int HEADER_PARAGRAPHS = 8, PER_FOLDER = 1000;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    private static final Pattern LEADING_DIGITS = Pattern.compile("^\\d+");

    /**
     * Writes {@code size} documents under {@code out} (folders of 1000) and returns the bytes written.
     * {@code maxChars} caps a document's length (0: no cap, documents as long as their source): the
     * body is cut after the paragraph that reaches it, so a scale run's size is chosen, not inherited.
     */
    public static long generate(List<Path> sources, int size, int maxChars, Path out) throws IOException {
        List<String[]> docs = new ArrayList<>();
        for (Path p : sources) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String[] paragraphs = PARAGRAPH_BREAK.split(text.strip());
            if (paragraphs.length > HEADER_PARAGRAPHS) docs.add(paragraphs);
        }
        if (docs.isEmpty()) throw new IOException("no source document with more than " + HEADER_PARAGRAPHS + " paragraphs");
        long bytes = 0;
        for (int i = 0; i < size; i++) {
            String[] a = docs.get(i % docs.size());
            String[] b = docs.get((int) ((i * 7L + 3) % docs.size()));
            String text = renumber(combine(a, b, i, maxChars), i);
            Path file = out.resolve(String.format("%04d/%06d.txt", i / PER_FOLDER, i));
            Files.createDirectories(file.getParent());
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, content);
            bytes += content.length;
        }
        return bytes;
    }

    /**
     * A's header, then A's body from a point that moves with each reuse of A (so capped copies of one
     * source differ), wrapping around, every third paragraph taken from B instead; at least three
     * body paragraphs even when the header alone reaches the cap.
     */
    private static String combine(String[] a, String[] b, int i, int maxChars) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < HEADER_PARAGRAPHS; k++) sb.append(a[k]).append("\n\n");
        int body = a.length - HEADER_PARAGRAPHS;
        int from = maxChars > 0 ? (int) ((i * 13L) % body) : 0;
        for (int j = 0; j < body && (j < 3 || maxChars <= 0 || sb.length() < maxChars); j++) {
            int k = HEADER_PARAGRAPHS + (from + j) % body;
            String paragraph = (k + i) % 3 == 0 ? b[HEADER_PARAGRAPHS + (k + i) % (b.length - HEADER_PARAGRAPHS)] : a[k];
            sb.append(paragraph).append("\n\n");
        }
        return sb.toString();
    }

    /** The first number in the header becomes i+1; every other number n becomes n + i mod 10000, the same everywhere. */
    static String renumber(String text, int i) {
        List<int[]> spans = DocumentNumbers.find(text);
        Map<String, String> mapping = new HashMap<>();
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (int s = 0; s < spans.size(); s++) {
            int[] span = spans.get(s);
            String number = text.substring(span[0], span[1]);
            String renumbered;
            if (s == 0) {
                renumbered = LEADING_DIGITS.matcher(number).replaceFirst(Integer.toString(i + 1));
                mapping.put(number, renumbered);
            } else {
                renumbered = mapping.computeIfAbsent(number, n -> {
                    Matcher m = LEADING_DIGITS.matcher(n);
                    if (!m.find() || m.group().length() > 6) return n;
                    return (Integer.parseInt(m.group()) + i) % 10000 + n.substring(m.end());
                });
            }
            out.append(text, pos, span[0]).append(renumbered);
            pos = span[1];
        }
        return out.append(text.substring(pos)).toString();
    }
}
