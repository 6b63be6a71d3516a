package vbtrace.graph;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One document of the graph, however it was reached.
 *
 * @param key          identity: the id, plus "@" and the scope for local symbols ("1364-KL/TU@tỉnh Lạng Sơn");
 *                     "doc:" and the source for a corpus document with no number that matched nothing
 * @param id           canonical number, null when unknown
 * @param scope        jurisdiction that makes a local id unique; null for national symbols; "?…" when unknown
 * @param source       the corpus file holding the document, null when known only from references
 * @param subject      what citing documents say it is about ("về …")
 * @param citedBy      how many corpus documents name it
 * @param matchScore   for a numberless corpus document matched to what others say of it: the title similarity
 */
@JsonPropertyOrder({"key", "id", "scope", "source", "type", "title", "date", "issuer", "jurisdiction", "subject",
        "citedBy", "matchScore"})
public record GraphNode(String key, String id, String scope, String source, String type, String title, String date,
                        String issuer, String jurisdiction, String subject, int citedBy, Double matchScore) {

    public boolean inCorpus() {
        return source != null;
    }

    GraphNode withCitedBy(int n) {
        return new GraphNode(key, id, scope, source, type, title, date, issuer, jurisdiction, subject, n, matchScore);
    }
}
