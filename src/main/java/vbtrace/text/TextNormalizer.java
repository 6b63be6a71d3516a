package vbtrace.text;

import java.util.ArrayList;
import java.util.List;
import vbtrace.model.Span;

/**
 * Decoded text → the normalized text all later stages read, with offsets back to the input.
 *
 * <p>Stages, each a small class: {@link PandocTables} cuts side-by-side table columns apart;
 * {@link LineCleaner} makes each line NFC, folds Ð→Đ and odd spaces, and removes markdown and web
 * residue; {@link PageFurniture} drops running headers, page numbers, signature metadata and
 * rules; {@link ReceivedStamps} marks received-document stamps; {@link LineJoiner} rejoins what
 * the layout cut. The output has one line per paragraph, heading, list item or header-block line,
 * separated by a single newline. The document's own spelling is kept (no tone-placement
 * changes: that is {@link Canonical}'s job at match time).
 *
 * <p>Stamps are lifted out of the paragraph they interrupt (an OCR'd stamp often sits inside the
 * title) and placed, one line per field, right after that paragraph; their spans are listed in
 * {@link NormalizedText#stamps()}.
 */
public final class TextNormalizer {
    public NormalizedText normalize(String raw) {
        List<String> warnings = new ArrayList<>();
        List<LayoutLine> lines = PageFurniture.remove(split(raw));
        ReceivedStamps.mark(lines);

        MappedText out = new MappedText(raw.length() + 16);
        List<Span> stamps = new ArrayList<>();
        List<LayoutLine> pendingStamps = new ArrayList<>();
        LayoutLine prev = null;
        boolean afterStamp = false;
        for (LayoutLine line : lines) {
            if (line.stamp) {
                pendingStamps.add(line);
                afterStamp = true;
                continue;
            }
            if (prev == null) {
                emitStamps(pendingStamps, out, stamps);
                if (out.length() > 0) out.append('\n', line.text.rawAt(0));
            } else {
                // a stamp sat between the two lines: judge them as if across a page break
                if (afterStamp) line.pageBreakBefore = true;
                switch (LineJoiner.join(prev, line)) {
                    case GLUE -> { }
                    case SPACE -> out.append(' ', prev.rawEnd);
                    case BREAK -> {
                        emitStamps(pendingStamps, out, stamps);
                        out.append('\n', prev.rawEnd);
                    }
                }
            }
            out.append(line.text);
            prev = line;
            afterStamp = false;
        }
        emitStamps(pendingStamps, out, stamps);
        if (!stamps.isEmpty()) warnings.add("recognized " + stamps.size() + " received-document stamp(s); their numbers and dates are not the document's");
        return new NormalizedText(out.toString(), out.offsets(raw.length()), stamps, warnings);
    }

    private static void emitStamps(List<LayoutLine> pending, MappedText out, List<Span> stamps) {
        if (pending.isEmpty()) return;
        int start = -1;
        for (LayoutLine s : pending) {
            if (out.length() > 0) out.append('\n', s.text.rawAt(0));
            if (start < 0) start = out.length();
            out.append(s.text);
        }
        stamps.add(new Span(start, out.length()));
        pending.clear();
    }

    /** Splits the raw text into cleaned lines, flattening tables and noting blank lines and page breaks. */
    private static List<LayoutLine> split(String raw) {
        PandocTables.Lines physical = physicalLines(raw);
        List<LayoutLine> lines = new ArrayList<>(physical.count());
        LineCleaner.State state = new LineCleaner.State();
        int blank = 0;
        boolean pageBreak = false;
        for (int i = 0; i < physical.count(); i++) {
            int start = physical.start()[i];
            int end = physical.end()[i];
            if (end < raw.length() && raw.charAt(end) == '\f') pageBreak = true;
            if (isBlank(raw, start, end)) {
                blank++;
                state.reset();
                continue;
            }
            int before = lines.size();
            int after = PandocTables.flatten(physical, i, state, lines);
            if (after != i) {
                i = after - 1;
                state.reset();
                state.pendingBlockStart = true;
            } else {
                LineCleaner.clean(raw, start, end, state, lines);
            }
            if (lines.size() > before) {
                LayoutLine first = lines.get(before);
                first.blankBefore += blank;
                first.pageBreakBefore |= pageBreak;
                blank = 0;
                pageBreak = false;
            }
        }
        return lines;
    }

    private static PandocTables.Lines physicalLines(String raw) {
        int n = raw.length();
        int cap = 16;
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        int count = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? raw.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029') {
                if (i == n && start == n && count > 0) break;
                if (count == cap) {
                    cap *= 2;
                    starts = java.util.Arrays.copyOf(starts, cap);
                    ends = java.util.Arrays.copyOf(ends, cap);
                }
                starts[count] = start;
                ends[count] = i;
                count++;
                if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        return new PandocTables.Lines(raw, starts, ends, count);
    }

    private static boolean isBlank(String raw, int start, int end) {
        for (int i = start; i < end; i++) if (!LineCleaner.isSpace(raw.charAt(i))) return false;
        return true;
    }
}
