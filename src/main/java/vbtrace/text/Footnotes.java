package vbtrace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.Span;

/**
 * Links footnote markers to their footnotes. The normalizer keeps both in the text: a marker
 * "[n]" inside a line, and a footnote as a line of its own starting with "[n]". Web renderings
 * restart the numbering per appendix, so markers and footnotes are grouped where their numbers
 * drop back (1 2 3 | 1 2 3 4 5) and the groups are paired from the end of the document (the
 * last footnote block belongs to the last marker run); a marker left over goes to the nearest
 * footnote with its label after it.
 */
public final class Footnotes {
    private Footnotes() {}

    private static final Pattern MARK = Pattern.compile("\\[(\\d{1,3})\\]");

    public static List<Footnote> link(String text) {
        List<int[]> markers = new ArrayList<>();     // {start, end, label}
        List<int[]> definitions = new ArrayList<>(); // {start, end, label, textStart, textEnd}
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            int label = Integer.parseInt(m.group(1));
            boolean lineStart = m.start() == 0 || text.charAt(m.start() - 1) == '\n';
            if (lineStart) {
                int lineEnd = text.indexOf('\n', m.end());
                if (lineEnd < 0) lineEnd = text.length();
                int ts = m.end();
                while (ts < lineEnd && text.charAt(ts) == ' ') ts++;
                definitions.add(new int[] {m.start(), m.end(), label, ts, lineEnd});
            } else {
                markers.add(new int[] {m.start(), m.end(), label});
            }
        }
        List<Footnote> out = new ArrayList<>(markers.size());
        if (markers.isEmpty()) return out;
        List<List<int[]>> markerGroups = groups(markers);
        List<List<int[]>> defGroups = groups(definitions);
        int offset = markerGroups.size() - defGroups.size();
        for (int g = 0; g < markerGroups.size(); g++) {
            int dg = g - offset;
            for (int[] mk : markerGroups.get(g)) {
                int[] def = dg >= 0 && dg < defGroups.size() ? find(defGroups.get(dg), mk[2], -1) : null;
                if (def == null) def = find(definitions, mk[2], mk[1]);
                out.add(new Footnote(Integer.toString(mk[2]), new Span(mk[0], mk[1]),
                        def == null ? null : new Span(def[3], def[4])));
            }
        }
        return out;
    }

    /** Runs where the numbers do not drop back. */
    private static List<List<int[]>> groups(List<int[]> items) {
        List<List<int[]>> out = new ArrayList<>();
        int last = 0;
        for (int[] it : items) {
            if (out.isEmpty() || it[2] < last) out.add(new ArrayList<>());
            out.get(out.size() - 1).add(it);
            last = it[2];
        }
        return out;
    }

    private static int[] find(List<int[]> defs, int label, int after) {
        for (int[] d : defs) if (d[2] == label && d[0] >= after) return d;
        return null;
    }
}
