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
            if (m.find()) {
                Matcher a = APPENDIX.matcher(text);
                int end = a.find(m.end()) ? a.start() : text.length();
                out.add(new Span(m.start(), end));
            }
        }
        if (structure != null && structure.signature() != null) out.add(structure.signature());
        return out;
    }

    static boolean inside(List<Span> spans, int offset) {
        for (Span s : spans) if (s.contains(offset)) return true;
        return false;
    }
}
