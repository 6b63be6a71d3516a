package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.Span;
import vbtrace.structure.DocumentStructure;

/**
 * The parts of a document that name no agencies of its own: the recipients block ("Nơi nhận",
 * and an electronic-copy list after it) and the signature. Taken from the structure stage; when
 * it has no recipients span, the block runs from a "Nơi nhận" line to the next appendix heading or
 * the end of the text.
 */
final class AgencyScope {
    private static final Pattern RECIPIENTS = Pattern.compile("(?m)^[\\s*_|#]*N[ơo]i nh[ậa]n\\s*[:*]");
    private static final Pattern APPENDIX = Pattern.compile("(?m)^[\\s*_|#]*(PH[ỤU] L[ỤU]C|Phụ lục)\\b");

    private AgencyScope() {}

    static List<Span> excluded(String text, DocumentStructure structure) {
        List<Span> out = new ArrayList<>();
        if (structure != null && structure.recipients() != null) {
            out.add(structure.recipients());
        } else {
            Matcher m = RECIPIENTS.matcher(text);
            while (m.find()) {
                int end = blockEnd(text, m.end());
                out.add(new Span(m.start(), end));
                m.region(end, text.length());
            }
        }
        if (structure != null && structure.signature() != null) out.add(structure.signature());
        return out;
    }

    /**
     * The recipients block goes on over short paragraphs (list lines, "Lưu: VT", the signature) and
     * ends at the first paragraph of running text — a document attached after the signature, an
     * appendix — or at an appendix heading.
     */
    private static int blockEnd(String text, int from) {
        Matcher a = APPENDIX.matcher(text);
        int limit = a.find(from) ? a.start() : text.length();
        int eol = text.indexOf('\n', from);
        int pos = eol < 0 ? limit : eol + 1; // the rest of the "Nơi nhận:" line is its own
        while (pos < limit) {
            int next = text.indexOf('\n', pos);
            if (next < 0 || next > limit) next = limit;
            String para = text.substring(pos, next).strip();
            if (!para.isEmpty() && !LIST_LINE.matcher(para).lookingAt() && WORD.split(para).length >= RUNNING_TEXT_WORDS) {
                return pos;
            }
            pos = next + 1;
        }
        return limit;
    }

    /** A list line ("- Bộ Tài chính;") or a table row of a recipients block laid out as a table. */
    private static final Pattern LIST_LINE = Pattern.compile("[\\s*_]*([-–+•|]|\\\\-)");
    private static final Pattern WORD = Pattern.compile("\\s+");
    private static final int RUNNING_TEXT_WORDS = 15;

    static boolean inside(List<Span> spans, int offset) {
        for (Span s : spans) if (s.contains(offset)) return true;
        return false;
    }
}
