package vbtrace.extract;

import java.util.List;
import vbtrace.model.Deadline;
import vbtrace.structure.DocumentStructure;

/** Dated obligations, one per obligation and owing agency. */
public final class DeadlineExtractor {
    public List<Deadline> extract(String text, DocumentStructure structure) {
        return List.of(); // filled by the deadlines issue
    }
}
