package vbtrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.SharedData;

/** A run stopped midway leaves the last commit readable, and the next run completes the work. */
class InterruptedIngestTest {
    @TempDir
    Path tmp;

    static final Indexer.Listener QUIET = new Indexer.Listener() {
        @Override
        public void started(int files, long bytes) {}

        @Override
        public void finished(Path file, long bytes, boolean failed) {}
    };

    /** {@code copies} copies of each seed, each a different file. */
    Path corpus(int copies) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SharedData.SEEDS)) {
            seeds = s.sorted().toList();
        }
        for (int i = 0; i < copies; i++) {
            for (Path p : seeds) Files.writeString(dir.resolve(i + "_" + p.getFileName()), Files.readString(p) + "\n\nBản " + i);
        }
        return dir;
    }

    int committedDocuments(Path index) throws Exception {
        try (Searcher s = new Searcher(index, new Snippets("", "", 100))) {
            return s.documents();
        }
    }

    @Test
    void anExceptionMidBatchKeepsTheLastCommitAndARerunCompletesIt() throws Exception {
        Path corpus = corpus(2);
        Path index = tmp.resolve("index");
        AtomicInteger writes = new AtomicInteger();
        try (Indexer indexer = new Indexer(index, new Indexer.Options(2, 2))) {
            indexer.beforeWrite = s -> {
                if (writes.incrementAndGet() == 6) throw new Indexer.Interrupted("stopped at " + s);
            };
            assertThrows(Indexer.Interrupted.class, () -> indexer.ingest(List.of(corpus), false, QUIET));
        }
        int committed = committedDocuments(index);
        assertTrue(committed >= 2 && committed < 10, "committed " + committed);

        try (Indexer indexer = new Indexer(index, Indexer.Options.DEFAULT)) {
            IngestReport report = indexer.ingest(List.of(corpus), false, QUIET);
            assertEquals(committed, report.unchanged());
            assertEquals(10 - committed, report.ingested());
            assertEquals(10, report.documents());
        }
    }

    @Test
    void aKilledProcessLeavesAReadableIndexAndARerunCompletesIt() throws Exception {
        Path corpus = corpus(30);
        Path index = tmp.resolve("index");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vbtrace.cli.Main", "ingest", "--threads", "1",
                "--commit-every", "1", "--index", index.toString(), corpus.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && System.nanoTime() < deadline && !hasCommit(index)) Thread.sleep(20);
            Thread.sleep(50);
        } finally {
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no final commit
        }
        int committed = committedDocuments(index);
        assertTrue(committed >= 1 && committed <= 150, "committed " + committed);
        try (Indexer indexer = new Indexer(index, Indexer.Options.DEFAULT)) {
            IngestReport report = indexer.ingest(List.of(corpus), false, QUIET);
            assertEquals(150, report.documents());
            assertEquals(150, report.ingested() + report.unchanged());
            assertEquals(committed, report.unchanged());
        }
    }

    @Test
    void aBulkLoadThatLeavesManySegmentsIsMergedIntoOneWithItsGraph() throws Exception {
        Path corpus = corpus(3);
        Path index = tmp.resolve("index");
        List<Integer> merged = new ArrayList<>();
        Indexer.Listener listener = new Indexer.Listener() {
            @Override
            public void started(int files, long bytes) {}

            @Override
            public void finished(Path file, long bytes, boolean failed) {}

            @Override
            public void merging(int segments) {
                merged.add(segments);
            }
        };
        // a commit per file: a segment per file, more than the (lowered) limit
        try (Indexer indexer = new Indexer(index, new Indexer.Options(1, 1))) {
            indexer.mergeAboveSegments = 2;
            assertEquals(15, indexer.ingest(List.of(corpus), false, listener).ingested());
        }
        assertEquals(1, merged.size());
        assertTrue(merged.get(0) > 2, "segments " + merged);
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
            assertEquals(1, r.leaves().size());
            // the merge's commit still names the graph on disk
            String graphHash = r.getIndexCommit().getUserData().get(Indexer.GRAPH_KEY);
            assertEquals(vbtrace.ingest.DocumentReader.sha256(Files.readAllBytes(IndexLocation.graph(index))), graphHash);
        }
        // nothing changed: no merge, nothing re-indexed
        try (Indexer indexer = new Indexer(index, Indexer.Options.DEFAULT)) {
            indexer.mergeAboveSegments = 0;
            assertEquals(15, indexer.ingest(List.of(corpus), false, listener).unchanged());
        }
        assertEquals(1, merged.size());
        assertEquals(15, committedDocuments(index));
    }

    private static boolean hasCommit(Path index) {
        try {
            return Files.isDirectory(index) && DirectoryReader.indexExists(FSDirectory.open(index));
        } catch (Exception e) {
            return false;
        }
    }
}
