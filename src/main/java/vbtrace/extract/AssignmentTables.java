package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import vbtrace.model.Span;
import vbtrace.model.Task;

/** Placeholder until table rows are read: no tasks. */
final class AssignmentTables {
    private AssignmentTables() {}

    static List<Task> tasks(String text, List<AgencyToken> toks, AgencyMention[] mentionAt, AgencyNames.Resolution names,
                            List<TaskOutline.Item> items, List<Span> excluded) {
        return new ArrayList<>();
    }
}
