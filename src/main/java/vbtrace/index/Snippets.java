package vbtrace.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A passage cut to a snippet around its best run of query matches, the matches marked. Matching
 * is on the folded form, so a word is marked whether the query had its diacritics or not; a phrase
 * is marked where all its words follow each other; marks next to each other (across spaces or the
 * / and - of a number) become one.
 */
public final class Snippets {
    /** What to mark: single folded words, and phrases as sequences of folded words. */
    public record Marks(Set<String> words, List<List<String>> phrases) {}

    private final Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED);
    private final String open, close;
    private final int width;

    public Snippets(String open, String close, int width) {
        this.open = open;
        this.close = close;
        this.width = width;
    }

    public String highlight(String text, Marks query) {
        List<String> terms = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        try (TokenStream ts = folded.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean[] marked = new boolean[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            if (query.words().contains(terms.get(i))) marked[i] = true;
            for (List<String> phrase : query.phrases()) {
                if (i + phrase.size() <= terms.size() && terms.subList(i, i + phrase.size()).equals(phrase)) {
                    for (int k = 0; k < phrase.size(); k++) marked[i + k] = true;
                }
            }
        }
        List<int[]> marks = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (!marked[i]) continue;
            int s = offsets.get(i)[0], e = offsets.get(i)[1];
            int[] last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
            if (last != null && joinable(text, last[1], s)) last[1] = e;
            else marks.add(new int[] {s, e});
        }
        int[] window = window(text, marks);
        StringBuilder out = new StringBuilder();
        if (window[0] > 0) out.append('…');
        int pos = window[0];
        for (int[] m : marks) {
            if (m[0] < window[0] || m[1] > window[1]) continue;
            out.append(text, pos, m[0]).append(open).append(text, m[0], m[1]).append(close);
            pos = m[1];
        }
        out.append(text, pos, window[1]);
        if (window[1] < text.length()) out.append('…');
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static boolean joinable(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '/' && c != '-') return false;
        }
        return to - from <= 3;
    }

    /**
     * The span of about {@code width} chars holding the most marked text (a long phrase outweighs
     * scattered words), starting a little before its first mark, widened to word boundaries.
     */
    private int[] window(String text, List<int[]> marks) {
        if (text.length() <= width) return new int[] {0, text.length()};
        int bestStart = 0, best = -1;
        for (int i = 0; i < marks.size(); i++) {
            int covered = 0;
            for (int j = i; j < marks.size() && marks.get(j)[1] - marks.get(i)[0] <= width; j++) {
                covered += marks.get(j)[1] - marks.get(j)[0];
            }
            if (covered > best) {
                best = covered;
                bestStart = marks.get(i)[0];
            }
        }
        int start = Math.max(0, bestStart - width / 5);
        int end = Math.min(text.length(), start + width);
        start = Math.max(0, Math.min(start, end - width));
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        return new int[] {start, end};
    }
}
