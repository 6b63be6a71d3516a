package vbtrace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pandoc's grid tables ({@code +---+---+} borders, {@code |} cells) and multiline tables (rows of
 * dash runs, columns side by side) put two columns of a document side by side on one line: the
 * issuer beside "CỘNG HÒA XÃ HỘI …", "Nơi nhận" beside the signature. Read line by line they mix;
 * here each cell is cut out by its column's character range and emitted cell after cell, row by
 * row, each cell starting its own block. Columns are counted in displayed characters (combining
 * marks take no column) because pandoc aligns what it shows.
 */
final class PandocTables {
    private PandocTables() {}

    private static final Pattern GRID_BORDER = Pattern.compile("\\s*\\+(?:[-=:]+\\+)+\\s*");
    private static final Pattern DASH_RUNS = Pattern.compile("\\s*-{3,}(?:\\s+-{3,})+\\s*");
    private static final Pattern DASH_LINE = Pattern.compile("\\s*-{3,}(?:\\s+-{3,})*\\s*");
    /** A table longer than this without its closing line is not a table. */
    private static final int MAX_ROWS = 400;

    /** Physical lines of the raw text: {@code start[i]} to {@code end[i]} (terminator excluded). */
    record Lines(String raw, int[] start, int[] end, int count) {
        String line(int i) {
            return raw.substring(start[i], end[i]);
        }
    }

    /**
     * If a table starts at line {@code i}, emits its cells into {@code out} and returns the index
     * of the line after it; otherwise returns {@code i}.
     */
    static int flatten(Lines lines, int i, LineCleaner.State state, List<LayoutLine> out) {
        int k = lines.start()[i];
        int end = lines.end()[i];
        while (k < end && lines.raw().charAt(k) == ' ') k++;
        if (k == end || (lines.raw().charAt(k) != '+' && lines.raw().charAt(k) != '-')) return i;
        String first = lines.line(i);
        if (first.indexOf('+') >= 0 && GRID_BORDER.matcher(first).matches()) return grid(lines, i, state, out);
        if (first.indexOf('-') >= 0 && DASH_RUNS.matcher(first).matches()) return multiline(lines, i, state, out);
        return i;
    }

    private static int grid(Lines lines, int i, LineCleaner.State state, List<LayoutLine> out) {
        int[] bounds = positions(lines.line(i), '+');
        int end = i + 1;
        while (end < lines.count() && end - i < MAX_ROWS) {
            String l = lines.line(end);
            if (GRID_BORDER.matcher(l).matches() || l.stripLeading().startsWith("|")) end++;
            else break;
        }
        if (end == i + 1) return i;
        List<Integer> rowLines = new ArrayList<>();
        for (int k = i + 1; k < end; k++) {
            if (GRID_BORDER.matcher(lines.line(k)).matches()) {
                emitRow(lines, rowLines, bounds, state, out);
                rowLines.clear();
            } else {
                rowLines.add(k);
            }
        }
        emitRow(lines, rowLines, bounds, state, out);
        return end;
    }

    private static int multiline(Lines lines, int i, LineCleaner.State state, List<LayoutLine> out) {
        int[] runs = dashRunStarts(lines.line(i));
        int close = -1;
        for (int k = i + 1; k < lines.count() && k - i < MAX_ROWS; k++) {
            if (DASH_LINE.matcher(lines.line(k)).matches()) {
                close = k;
                // a table ends at a dash line followed by a blank line or the end of the text
                if (k + 1 >= lines.count() || lines.line(k + 1).isBlank()) break;
            }
        }
        if (close < 0) return i;
        // column k spans from its dash run's start to the next run's start
        int[] bounds = new int[runs.length + 1];
        System.arraycopy(runs, 0, bounds, 0, runs.length);
        bounds[runs.length] = Integer.MAX_VALUE;
        List<Integer> rowLines = new ArrayList<>();
        for (int k = i + 1; k < close; k++) {
            String l = lines.line(k);
            if (l.isBlank() || DASH_LINE.matcher(l).matches()) {
                emitRow(lines, rowLines, bounds, state, out);
                rowLines.clear();
            } else {
                rowLines.add(k);
            }
        }
        emitRow(lines, rowLines, bounds, state, out);
        return close + 1;
    }

    /** Emits one table row: for each column, its segments on the row's lines, top to bottom. */
    private static void emitRow(Lines lines, List<Integer> rowLines, int[] bounds, LineCleaner.State state,
                                List<LayoutLine> out) {
        if (rowLines.isEmpty()) return;
        boolean grid = bounds[bounds.length - 1] != Integer.MAX_VALUE;
        for (int col = 0; col + 1 < bounds.length; col++) {
            state.reset();
            state.pendingBlockStart = true;
            int blank = 0;
            for (int k : rowLines) {
                String raw = lines.raw();
                int ls = lines.start()[k];
                int le = lines.end()[k];
                // a grid cell lies strictly between two '+' columns; a multiline column starts at its run
                int from = index(raw, ls, le, grid ? bounds[col] + 1 : bounds[col]);
                int to = bounds[col + 1] == Integer.MAX_VALUE ? le : index(raw, ls, le, bounds[col + 1]);
                if (grid) {
                    // a cell spanning columns: the column that starts it takes it up to the next '|'
                    if (from > ls && from <= le && !isBorder(raw.charAt(from - 1))) continue;
                    while (to < le && !isBorder(raw.charAt(to))) to++;
                }
                if (from >= to || raw.substring(from, to).isBlank()) {
                    blank++;
                    continue;
                }
                int before = out.size();
                LineCleaner.clean(raw, from, to, state, out);
                if (out.size() > before) {
                    out.get(before).blankBefore = blank;
                    blank = 0;
                } else {
                    blank++; // a cell line with only markup ("\", "**"): an empty line of the cell
                }
            }
        }
        state.reset();
        state.pendingBlockStart = true;
    }

    private static boolean isBorder(char c) {
        return c == '|' || c == '+';
    }

    /** Char index in {@code raw[ls, le)} of display column {@code col} (combining marks take none). */
    private static int index(String raw, int ls, int le, int col) {
        int c = 0;
        int k = ls;
        while (k < le && c < col) {
            k++;
            while (k < le && LineCleaner.isCombining(raw.charAt(k))) k++;
            c++;
        }
        return k;
    }

    private static int[] positions(String line, char ch) {
        List<Integer> cols = new ArrayList<>();
        int col = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (LineCleaner.isCombining(c)) continue;
            if (c == ch) cols.add(col);
            col++;
        }
        return cols.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] dashRunStarts(String line) {
        List<Integer> cols = new ArrayList<>();
        for (int k = 0; k < line.length(); k++) {
            if (line.charAt(k) == '-' && (k == 0 || line.charAt(k - 1) != '-')) cols.add(k);
        }
        int[] out = cols.stream().mapToInt(Integer::intValue).toArray();
        out[0] = 0; // the first column takes any indentation before its run
        return out;
    }
}
