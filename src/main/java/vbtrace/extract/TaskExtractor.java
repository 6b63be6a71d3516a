package vbtrace.extract;

import java.util.List;
import vbtrace.model.Task;
import vbtrace.structure.DocumentStructure;

/** One task per assignee block and inline assignment. */
public final class TaskExtractor {
    public List<Task> extract(String text, DocumentStructure structure) {
        return List.of(); // filled by the tasks issue
    }
}
