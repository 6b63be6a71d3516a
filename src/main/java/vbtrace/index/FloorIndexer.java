package vbtrace.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The benchmark floor: the same files read as UTF-8 and indexed whole into one field by a bare
 * {@link StandardAnalyzer}, no extraction, no passages, same threads, one commit.
 */
final class FloorIndexer {
    private FloorIndexer() {}

    static void index(List<Path> files, Path dir, int threads) throws IOException {
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir),
                new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                int chunk = (files.size() + threads - 1) / threads;
                for (int t = 0; t < threads; t++) {
                    List<Path> part = files.subList(Math.min(files.size(), t * chunk), Math.min(files.size(), (t + 1) * chunk));
                    futures.add(pool.submit(() -> {
                        for (Path p : part) {
                            Document d = new Document();
                            d.add(new StringField("path", p.toString(), Field.Store.YES));
                            d.add(new TextField("body", Files.readString(p, StandardCharsets.UTF_8), Field.Store.NO));
                            w.addDocument(d);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) f.get();
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IOException(e);
            } finally {
                pool.shutdownNow();
            }
            w.commit();
        }
    }
}
