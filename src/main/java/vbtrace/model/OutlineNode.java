package vbtrace.model;

import java.util.List;

/**
 * A heading of the document's outline ("I", "2.1", "a", "Điều 5") with the span of its section:
 * {@code start} is the heading's offset, {@code end} where the section ends.
 */
public record OutlineNode(String label, String heading, int start, int end, int level,
                          List<OutlineNode> children) {
    public OutlineNode {
        children = ExtractionRecord.copy(children);
    }
}
