package vbtrace.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
        StoredFields stored = searcher.storedFields();
        for (int id : ids) action.accept(stored.document(id, fields));
    }

    /** Every document's extraction record. */
    public static void forEach(IndexReader reader, Consumer<ExtractionRecord> action) throws IOException {
        forEachDoc(new IndexSearcher(reader), new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)), Set.of(Schema.RECORD),
                d -> action.accept(parse(d.get(Schema.RECORD))));
    }

    public static ExtractionRecord parse(String json) {
        try {
            return Json.MAPPER.readValue(json, ExtractionRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
