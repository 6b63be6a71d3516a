package vbtrace.graph;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import vbtrace.model.RelationType;

/**
 * {@code from} RELATION {@code to}, with the sentence that says so and the documents that state it
 * (the citing document itself, or a third document for second-order relations).
 */
@JsonPropertyOrder({"from", "to", "relation", "evidence", "statedBy"})
public record GraphEdge(String from, String to, RelationType relation, Evidence evidence, List<String> statedBy) {
    public GraphEdge {
        statedBy = statedBy == null ? List.of() : List.copyOf(statedBy);
    }

    /** Where an edge comes from: the stating document and its words. */
    public record Evidence(String source, String text) {}
}
