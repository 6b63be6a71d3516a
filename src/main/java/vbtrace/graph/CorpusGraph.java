package vbtrace.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import vbtrace.model.ExtractionRecord;

/**
 * The implementation graph over the whole corpus: a node per document however it is reached,
 * edges with relation and evidence. Built from extraction records; persisted beside the index.
 */
public final class CorpusGraph {
    public static CorpusGraph build(Collection<ExtractionRecord> records) {
        return new CorpusGraph(); // filled by the references issue
    }

    /** Writes the graph to {@code file} atomically (temp file, then move). */
    public void save(Path file) throws IOException {}

    public static CorpusGraph load(Path file) throws IOException {
        return new CorpusGraph();
    }
}
