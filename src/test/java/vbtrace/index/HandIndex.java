package vbtrace.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import vbtrace.model.Agency;
import vbtrace.model.DocumentInfo;
import vbtrace.model.ExtractionRecord;
import vbtrace.model.Task;

/** Builds an index from records made by hand, for tests that need metadata the extractors may not give yet. */
final class HandIndex {
    private HandIndex() {}

    record Doc(ExtractionRecord record, String text) {}

    static Doc doc(String source, String type, String number, String issuer, String date, String title, String body,
                   List<String> agencies, List<Task> tasks) {
        DocumentInfo info = new DocumentInfo(type, null, number, issuer, null, null, date, title, null, List.of(), List.of());
        String text = (number == null ? "" : "Số: " + number + "\n\n") + (title == null ? "" : title + "\n\n") + body;
        ExtractionRecord r = new ExtractionRecord(source, "sha-" + source, text.length(), "text/plain", "UTF-8", info,
                List.of(), List.of(), agencies.stream().map(a -> new Agency(a, 1)).toList(), tasks, List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new Doc(r, text);
    }

    static void write(Path dir, List<Doc> docs) throws IOException {
        RecordDocuments builder = new RecordDocuments();
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(Schema.indexAnalyzer()))) {
            for (Doc d : docs) {
                w.updateDocuments(new Term(Schema.SOURCE, d.record().source()), builder.build(d.record(), d.text(), d.text().length()));
            }
            w.commit();
        }
    }
}
