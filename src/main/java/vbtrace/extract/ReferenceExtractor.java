package vbtrace.extract;

import java.util.List;
import vbtrace.structure.DocumentStructure;

/** Finds every numbered document the text names and how this text relates to it. */
public final class ReferenceExtractor {
    public ReferenceResult extract(String text, DocumentStructure structure) {
        return new ReferenceResult(List.of(), List.of()); // filled by the references issue
    }
}
