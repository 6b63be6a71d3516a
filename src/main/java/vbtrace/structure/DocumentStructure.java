package vbtrace.structure;

import java.util.List;
import vbtrace.model.DocumentInfo;
import vbtrace.model.OutlineNode;
import vbtrace.model.Span;

/**
 * What the structure stage found: the metadata card, the outline, and the spans later stages
 * need (the title and opening paragraph decide IMPLEMENTS; the recipients block holds no
 * agencies; the signature block is not body text; stamps are neither number nor date nor
 * reference). A span is null when the part is absent.
 */
public record DocumentStructure(DocumentInfo document, List<OutlineNode> outline, Span header, Span title,
                                Span opening, Span recipients, Span signature, List<Span> stamps) {
    public DocumentStructure {
        outline = outline == null ? List.of() : List.copyOf(outline);
        stamps = stamps == null ? List.of() : List.copyOf(stamps);
    }

    public static DocumentStructure empty(List<Span> stamps) {
        return new DocumentStructure(DocumentInfo.empty(), List.of(), null, null, null, null, null, stamps);
    }
}
