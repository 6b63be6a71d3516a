package vbtrace.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The answer to a search ({@code cli.md}): total matching documents, the hits, the facet counts. */
@JsonPropertyOrder({"total", "hits", "facets"})
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String warning) {

    /** One document: its metadata, score, highlighted snippets, and the passages they come from. */
    @JsonPropertyOrder({"source", "number", "type", "title", "issuer", "date", "score", "snippets", "passages"})
    public record Hit(String source, String number, String type, String title, String issuer, String date,
                      float score, List<String> snippets, List<Passage> passages) {}

    /** Where a snippet comes from: the span of the document's text and its section. */
    public record Passage(int start, int end, String section) {}
}
