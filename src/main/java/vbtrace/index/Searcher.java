package vbtrace.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the index: documents ranked by {@link QueryBuilder}, facet counts over all matches,
 * and for each hit the passages that match best, as highlighted snippets. Opens the index once;
 * loads nothing of the ingestion stack.
 */
public final class Searcher implements AutoCloseable {
    static final int FACET_VALUES = 10, SNIPPETS = 2;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries = new QueryBuilder();
    private final Snippets snippets;
    private SortedSetDocValuesReaderState facetState;
    /** Which entries are documents and which passages, weighted once for the index's life. */
    private final Weight documentKind, passageKind;

    public Searcher(Path dir, Snippets snippets) throws IOException {
        if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) {
            throw new IOException("no index at " + dir + "; run vbtrace ingest first");
        }
        this.reader = new ArrayNormsReader(DirectoryReader.open(FSDirectory.open(dir)));
        this.searcher = new IndexSearcher(reader);
        this.snippets = snippets;
        this.documentKind = searcher.createWeight(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        this.passageKind = searcher.createWeight(new ConstantScoreQuery(PASSAGE_KIND), ScoreMode.COMPLETE, 1f);
    }

    public SearchResult search(SearchRequest request) throws IOException {
        QueryBuilder.Parsed parsed = queries.parse(request, false);
        FacetsCollectorManager.FacetsResult result = rank(parsed, request.limit());
        if (total(result.facetsCollector()) == 0 && !QueryBuilder.hasOperators(request.query())) {
            // no document has every word: rank those with most of them
            parsed = queries.parse(request, true);
            result = rank(parsed, request.limit());
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        Weight passageWeight = passageWeight(parsed.passages());
        for (ScoreDoc sd : result.topDocs().scoreDocs) hits.add(hit(sd, parsed, passageWeight));
        return new SearchResult(total(result.facetsCollector()), hits, facets(result.facetsCollector()), parsed.warning());
    }

    /**
     * Tasks, targets or deadlines ({@code kind}: {@link Schema#KIND_TASK} …) matching the request,
     * with agency and year counts: who was assigned what, which targets for which year.
     */
    public ItemResult searchItems(SearchRequest request, String kind) throws IOException {
        QueryBuilder.Parsed parsed = queries.parse(request, false);
        Query ofKind = new TermQuery(new Term(Schema.KIND, kind));
        FacetsCollectorManager.FacetsResult result = run(withFilter(parsed.items(), ofKind), request.limit());
        if (total(result.facetsCollector()) == 0 && !QueryBuilder.hasOperators(request.query())) {
            parsed = queries.parse(request, true);
            result = run(withFilter(parsed.items(), ofKind), request.limit());
        }
        List<ItemResult.Item> hits = new ArrayList<>();
        for (ScoreDoc sd : result.topDocs().scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            IndexableField year = d.getField(Schema.YEAR);
            hits.add(new ItemResult.Item(d.get(Schema.SOURCE), kind, d.get(Schema.AGENCY), d.get(Schema.ROLE),
                    year == null ? null : year.numericValue().intValue(), d.get(Schema.DATE),
                    d.getField(Schema.START).numericValue().intValue(), d.getField(Schema.END).numericValue().intValue(),
                    snippets.highlight(d.get(Schema.TEXT), parsed.highlight()), sd.score));
        }
        Map<String, Map<String, Integer>> facets = facets(result.facetsCollector());
        facets.keySet().retainAll(List.of(Schema.AGENCY, Schema.YEAR));
        return new ItemResult(total(result.facetsCollector()), hits, facets, parsed.warning());
    }

    private static Query withFilter(Query query, Query filter) {
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    /**
     * The matches (for the count and facets) ranked by {@link QueryBuilder.Parsed#ranking}; the
     * best {@link #RESCORED} of them then get their {@link QueryBuilder.Parsed#rescoring} score
     * added, which gives them their whole score. Scoring the body's exact words and bigrams (long
     * postings) for every match cost most of a query, and they add too little to lift a document
     * from beyond the first {@value #RESCORED} into the top (on the 100k benchmark mix the top 10
     * are those of scoring every match; with 100 or 300 they were not, among near-identical copies).
     */
    private FacetsCollectorManager.FacetsResult rank(QueryBuilder.Parsed parsed, int limit) throws IOException {
        int n = Math.max(1, limit);
        if (((BooleanQuery) parsed.rescoring()).clauses().isEmpty()) return run(parsed.ranking(), n);
        FacetsCollectorManager.FacetsResult first = run(parsed.ranking(), Math.max(n, RESCORED));
        return new FacetsCollectorManager.FacetsResult(rescore(first.topDocs(), parsed.rescoring(), n), first.facetsCollector());
    }

    static final int RESCORED = 1000;

    /** {@code top} with each hit's score for {@code query} added (as a SHOULD clause would), the best {@code n} of them. */
    private TopDocs rescore(TopDocs top, Query query, int n) throws IOException {
        return new QueryRescorer(query) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
            }
        }.rescore(searcher, top, n);
    }

    private FacetsCollectorManager.FacetsResult run(Query query, int limit) throws IOException {
        return FacetsCollectorManager.search(searcher, query, Math.max(1, limit), new FacetsCollectorManager());
    }

    private static long total(FacetsCollector fc) {
        long n = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) n += m.totalHits;
        return n;
    }

    private SearchResult.Hit hit(ScoreDoc sd, QueryBuilder.Parsed parsed, Weight passageWeight) throws IOException {
        Document d = searcher.storedFields().document(sd.doc, Set.of(Schema.SOURCE, Schema.NUMBER, Schema.TYPE,
                Schema.TITLE, Schema.ISSUER, Schema.DATE));
        String source = d.get(Schema.SOURCE);
        List<String> texts = new ArrayList<>();
        List<SearchResult.Passage> where = new ArrayList<>();
        for (Document p : passages(sd.doc, passageWeight)) {
            texts.add(snippets.highlight(p.get(Schema.TEXT), parsed.highlight()));
            where.add(new SearchResult.Passage(p.getField(Schema.START).numericValue().intValue(),
                    p.getField(Schema.END).numericValue().intValue(), p.get(Schema.SECTION)));
        }
        return new SearchResult.Hit(source, d.get(Schema.NUMBER), d.get(Schema.TYPE), d.get(Schema.TITLE),
                d.get(Schema.ISSUER), d.get(Schema.DATE), sd.score, texts, where);
    }

    /** The passage query for all of one search's hits (null when it has no words), weighted once over the whole index. */
    private Weight passageWeight(Query passageQuery) throws IOException {
        if (((BooleanQuery) passageQuery).clauses().isEmpty()) return null;
        Query q = new BooleanQuery.Builder().add(passageQuery, Occur.MUST).add(PASSAGE_KIND, Occur.FILTER).build();
        return searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE, 1f);
    }

    /**
     * The document's best-matching passages, or its first one when none matches (a number-only hit).
     * A document and its passages are indexed as one block (the document first), so its passages
     * are the entries after it up to the next document, in the same segment.
     */
    private List<Document> passages(int docId, Weight matching) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(docId, reader.leaves()));
        int from = docId - leaf.docBase + 1, to = nextDocument(leaf, from);
        List<Integer> best = matching == null ? List.of() : bestInBlock(leaf, matching, from, to, SNIPPETS);
        if (best.isEmpty()) best = bestInBlock(leaf, passageKind, from, to, 1); // all score alike: the first in index order
        List<Document> out = new ArrayList<>();
        for (int doc : best) out.add(searcher.storedFields().document(leaf.docBase + doc, PASSAGE_FIELDS));
        return out;
    }

    private static final Set<String> PASSAGE_FIELDS = Set.of(Schema.TEXT, Schema.START, Schema.END, Schema.SECTION);
    private static final Query PASSAGE_KIND = new TermQuery(new Term(Schema.KIND, Schema.KIND_PASSAGE));

    /** The first document entry at or after {@code from} in the segment, or its end. */
    private int nextDocument(LeafReaderContext leaf, int from) throws IOException {
        Scorer docs = documentKind.scorer(leaf);
        return docs == null || from >= leaf.reader().maxDoc() ? leaf.reader().maxDoc()
                : Math.min(docs.iterator().advance(from), leaf.reader().maxDoc());
    }

    /** The top {@code n} live entries in {@code [from, to)} of one segment (score, then index order, as {@link IndexSearcher#search} ranks). */
    private static List<Integer> bestInBlock(LeafReaderContext leaf, Weight weight, int from, int to, int n) throws IOException {
        Scorer scorer = from >= to ? null : weight.scorer(leaf);
        if (scorer == null) return List.of();
        Bits live = leaf.reader().getLiveDocs();
        List<Integer> docs = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        // candidates first, each checked (a phrase's positions) only inside the block: the iterator
        // itself would look past the block for the next true match
        TwoPhaseIterator check = scorer.twoPhaseIterator();
        DocIdSetIterator it = check == null ? scorer.iterator() : check.approximation();
        for (int doc = it.advance(from); doc < to; doc = it.nextDoc()) {
            if ((live != null && !live.get(doc)) || (check != null && !check.matches())) continue;
            float score = scorer.score();
            int at = docs.size();
            while (at > 0 && scores.get(at - 1) < score) at--;
            if (at >= n) continue;
            docs.add(at, doc);
            scores.add(at, score);
            if (docs.size() > n) {
                docs.remove(n);
                scores.remove(n);
            }
        }
        return docs;
    }

    private Map<String, Map<String, Integer>> facets(FacetsCollector fc) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String dim : Schema.FACETS) out.put(dim, new LinkedHashMap<>());
        SortedSetDocValuesReaderState state = facetState();
        if (state == null) return out;
        for (FacetResult r : new SortedSetDocValuesFacetCounts(state, fc).getAllDims(FACET_VALUES)) {
            Map<String, Integer> values = out.get(r.dim);
            if (values == null) continue;
            for (LabelAndValue lv : r.labelValues) values.put(lv.label, lv.value.intValue());
        }
        return out;
    }

    private SortedSetDocValuesReaderState facetState() throws IOException {
        if (facetState == null) {
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
            } catch (IllegalArgumentException e) {
                return null; // no document has any facet value yet
            }
        }
        return facetState;
    }

    /** Number of documents (files) in the index. */
    public int documents() throws IOException {
        return searcher.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)));
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
