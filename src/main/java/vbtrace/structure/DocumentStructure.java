package vbtrace.structure;

import java.util.List;
import vbtrace.model.DocumentInfo;
import vbtrace.model.OutlineNode;
import vbtrace.model.Span;

/**
 * What the structure stage found: the metadata card, the outline, and the spans later stages
 * need (the title and opening paragraph decide IMPLEMENTS; the recipients block holds no
 * agencies; the signature block is not body text). A span is null when the part is absent.
 */
public record DocumentStructure(DocumentInfo document, List<OutlineNode> outline, Span header, Span title,
                                Span opening, Span recipients, Span signature) {
    public DocumentStructure {
        outline = outline == null ? List.of() : List.copyOf(outline);
    }

    public static DocumentStructure empty() {
        return new DocumentStructure(DocumentInfo.empty(), List.of(), null, null, null, null, null);
    }
}
