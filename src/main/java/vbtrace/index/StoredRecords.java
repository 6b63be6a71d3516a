package vbtrace.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.StoredFields;
import vbtrace.model.ExtractionRecord;
import vbtrace.model.Json;

/** Reads stored entries back: every match of a query, and the extraction records of all documents. */
public final class StoredRecords {
    private StoredRecords() {}

    /** Calls {@code action} with the given stored fields of every entry matching {@code query}, in index order. */
    public static void forEachDoc(IndexSearcher searcher, Query query, Set<String> fields, Consumer<Document> action)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        for (int id : ids(searcher, query)) action.accept(stored.document(id, fields));
    }

    private static List<Integer> ids(IndexSearcher searcher, Query query) throws IOException {
        List<Integer> ids = new ArrayList<>();
        searcher.search(query, new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                ids.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return ids;
    }

    /** Every document's extraction record, in index order. */
    public static void forEach(IndexReader reader, Consumer<ExtractionRecord> action) throws IOException {
        forEach(reader, Map.of(), action);
    }

    /**
     * Every document's extraction record, in index order, taken from {@code known} (by source) when
     * it is there, which spares reading back and parsing the stored JSON.
     */
    public static void forEach(IndexReader reader, Map<String, ExtractionRecord> known, Consumer<ExtractionRecord> action)
            throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        Set<String> source = Set.of(Schema.SOURCE), record = Set.of(Schema.RECORD);
        for (int id : ids(searcher, new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)))) {
            ExtractionRecord r = known.isEmpty() ? null : known.get(stored.document(id, source).get(Schema.SOURCE));
            action.accept(r != null ? r : parse(stored.document(id, record).get(Schema.RECORD)));
        }
    }

    public static ExtractionRecord parse(String json) {
        try {
            return Json.MAPPER.readValue(json, ExtractionRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
