package vbtrace.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One line of {@code vbtrace extract}: everything the pipeline knows about one input file. */
@JsonPropertyOrder({"source", "sha256", "textLength", "document", "references", "relations", "agencies",
        "tasks", "targets", "baselines", "deadlines", "outline", "warnings"})
public record ExtractionRecord(
        String source,
        String sha256,
        int textLength,
        String format,
        String encoding,
        DocumentInfo document,
        List<Reference> references,
        List<Relation> relations,
        List<Agency> agencies,
        List<Task> tasks,
        List<Target> targets,
        /** Statistics of the current state (assessment sections), kept apart from targets. */
        List<Target> baselines,
        List<Deadline> deadlines,
        List<OutlineNode> outline,
        List<String> warnings) {

    public ExtractionRecord {
        references = copy(references);
        relations = copy(relations);
        agencies = copy(agencies);
        tasks = copy(tasks);
        targets = copy(targets);
        baselines = copy(baselines);
        deadlines = copy(deadlines);
        outline = copy(outline);
        warnings = copy(warnings);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The record of a file that could not be read: only {@code source} and {@code error}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failure(String source, String error) {}
}
