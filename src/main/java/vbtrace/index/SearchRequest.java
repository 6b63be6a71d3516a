package vbtrace.index;

/**
 * A search as the user asks it: the query (words with or without diacritics, "phrases", AND/OR/-,
 * document numbers) and the filters; null means no filter.
 */
public record SearchRequest(String query, String type, String issuer, String jurisdiction, Integer from, Integer to,
                            String agency, int limit) {
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, 10);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, type, issuer, jurisdiction, from, to, agency, n);
    }
}
