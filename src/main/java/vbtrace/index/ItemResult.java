package vbtrace.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** Tasks, targets or deadlines found by a search, with agency and year counts over all of them. */
@JsonPropertyOrder({"total", "hits", "facets"})
public record ItemResult(long total, List<Item> hits, Map<String, Map<String, Integer>> facets,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String warning) {

    /** One task, target or deadline: where it is, who owes it, its year or date, its text marked. */
    @JsonPropertyOrder({"source", "kind", "agency", "role", "year", "date", "start", "end", "text", "score"})
    public record Item(String source, String kind, String agency, String role, Integer year, String date,
                       int start, int end, String text, float score) {}
}
