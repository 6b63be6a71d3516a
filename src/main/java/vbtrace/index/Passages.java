package vbtrace.index;

import java.util.ArrayList;
import java.util.List;
import vbtrace.model.OutlineNode;

/**
 * Cuts a document's text into the passages a hit can land on: its paragraphs (blank-line blocks,
 * or lines when a block is long), a short block such as a heading joined to what follows it, each
 * labelled with the innermost outline section that holds it when the document has an outline.
 */
public final class Passages {
    private Passages() {}

    /** A passage: the span of the text and the section it belongs to ("II. NHIỆM VỤ" or null). */
    public record Passage(int start, int end, String section) {}

    static final int SHORT = 160, LONG = 1500;
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\n\\s*\n"),
            NEWLINE = java.util.regex.Pattern.compile("\n");

    public static List<Passage> split(String text, List<OutlineNode> outline) {
        List<int[]> blocks = new ArrayList<>();
        for (int[] block : spans(text, 0, text.length(), BLANK_LINE)) {
            if (block[1] - block[0] <= LONG) blocks.add(block);
            else blocks.addAll(spans(text, block[0], block[1], NEWLINE));
        }
        List<Passage> out = new ArrayList<>();
        int start = -1, end = -1;
        for (int[] b : blocks) {
            if (start < 0) {
                start = b[0];
            } else if (end - start >= SHORT || b[1] - start > LONG) {
                out.add(new Passage(start, end, section(outline, start)));
                start = b[0];
            }
            end = b[1];
        }
        if (start >= 0) out.add(new Passage(start, end, section(outline, start)));
        return out;
    }

    /** The trimmed non-empty pieces of {@code text[from, to)} between matches of {@code separator}. */
    private static List<int[]> spans(String text, int from, int to, java.util.regex.Pattern separator) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = separator.matcher(text).region(from, to);
        int s = from;
        while (true) {
            boolean found = m.find();
            int e = found ? m.start() : to;
            int a = s, b = e;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (b > a) out.add(new int[] {a, b});
            if (!found) return out;
            s = m.end();
        }
    }

    /** The label and heading of the deepest outline node whose section holds {@code offset}. */
    static String section(List<OutlineNode> nodes, int offset) {
        for (OutlineNode n : nodes) {
            if (n.start() <= offset && offset < n.end()) {
                String inner = section(n.children(), offset);
                return inner != null ? inner : label(n);
            }
        }
        return null;
    }

    private static String label(OutlineNode n) {
        String label = n.label() == null ? "" : n.label();
        String heading = n.heading() == null ? "" : n.heading();
        String s = (label + " " + heading).strip();
        return s.isEmpty() ? null : s;
    }
}
