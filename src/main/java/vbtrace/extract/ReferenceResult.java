package vbtrace.extract;

import java.util.List;
import vbtrace.model.Reference;
import vbtrace.model.Relation;

/** References of a text, and the relations it states between other documents. */
public record ReferenceResult(List<Reference> references, List<Relation> relations) {
    public ReferenceResult {
        references = List.copyOf(references);
        relations = List.copyOf(relations);
    }
}
