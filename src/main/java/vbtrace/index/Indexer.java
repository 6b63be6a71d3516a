package vbtrace.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import vbtrace.Pipeline;
import vbtrace.graph.CorpusGraph;
import vbtrace.ingest.DocumentReader;
import vbtrace.ingest.IngestException;
import vbtrace.ingest.InputFiles;
import vbtrace.ingest.SourceText;
import vbtrace.model.ExtractionRecord;

/**
 * Ingests files into the index, incrementally: a file whose content hash is already indexed is
 * skipped before parsing; a changed file replaces all its entries at once. Commits are atomic:
 * every {@code commitEvery} changed files and at the end, the graph ({@code graph.json}) is saved
 * before the final commit and its hash recorded in it, so a run killed at any point leaves the last
 * commit readable and the next run finishes the work (including a graph left behind).
 * Parsing, extraction and analysis run on {@code threads} workers; a file that fails is reported
 * and its old entries, if any, are kept.
 */
public final class Indexer implements AutoCloseable {
    /**
     * How many files are parsed at once and how many changed files go into one commit. Each commit
     * flushes a segment and syncs the files, so small commits cost (100 files a commit: ~2.6 of
     * ~36 CPU-s on the real corpus); 1000 text files are some 50 MB, what a killed run may redo.
     */
    public record Options(int threads, int commitEvery) {
        public static final Options DEFAULT = new Options(2, 1000);
    }

    /** Told about each file as it is finished; called from one thread. */
    public interface Listener {
        void started(int files, long bytes);

        void finished(Path file, long bytes, boolean failed);

        /** The index's {@code segments} are being merged into one (after a bulk load). */
        default void merging(int segments) {}
    }

    /**
     * More segments than this after a run that changed files are merged into one: a search looks up
     * every query term in each segment, and a bulk load leaves many (20 at 100,000 documents, where
     * one segment takes the query p99 from 53 to 31 ms for a merge of ~30 s against ~10 minutes of
     * ingest). Smaller indexes are left to the merge policy, so an incremental ingest stays cheap.
     */
    static final int MERGE_ABOVE_SEGMENTS = 8;
    /** {@link #MERGE_ABOVE_SEGMENTS}, lower in tests (the merge policy keeps small indexes under it). */
    int mergeAboveSegments = MERGE_ABOVE_SEGMENTS;

    static final String GRAPH_KEY = "graph";
    private static final String STALE = "stale";

    private final Path dir;
    private final Options options;
    private final IndexWriter writer;
    private final Pipeline pipeline = new Pipeline();
    private final RecordDocuments documents = new RecordDocuments();
    private final List<DocumentReader> readers = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<DocumentReader> reader = ThreadLocal.withInitial(() -> {
        DocumentReader r = new DocumentReader();
        readers.add(r);
        return r;
    });
    /**
     * This run's new and changed records by source, so the graph need not read them back from the
     * index; at most {@link #KEPT_RECORDS} (the rest are read back), to bound the memory they take.
     */
    private final Map<String, ExtractionRecord> written = new ConcurrentHashMap<>();
    private static final int KEPT_RECORDS = 20_000;
    /** Runs before each file's entries are written; tests use it to stop a run midway. */
    Consumer<String> beforeWrite = s -> {};

    public Indexer(Path dir, Options options) throws IOException {
        this.dir = dir;
        this.options = options;
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer())
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(ramBufferMb());
        this.writer = new IndexWriter(FSDirectory.open(dir), config);
    }

    /**
     * A quarter of the heap, at most 256 MB: a bigger buffer means fewer, larger flushed segments,
     * so fewer term dictionaries written and less merging (each flush rewrites every unique term).
     */
    private static double ramBufferMb() {
        return Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 4 / (1 << 20)));
    }

    private enum Outcome { NEW, UPDATED, UNCHANGED, FAILED }

    private record Result(Path file, long bytes, Outcome outcome, String error) {}

    public IngestReport ingest(List<Path> paths, boolean prune, Listener listener) throws IOException {
        List<Path> normalized = paths.stream().map(Path::normalize).toList();
        List<InputFiles.Input> inputs = InputFiles.expand(normalized);
        Map<String, String> known = knownHashes();
        boolean graphStale = !graphIsCurrent(known.isEmpty());
        long totalBytes = 0;
        for (InputFiles.Input in : inputs) totalBytes += size(in.path());
        listener.started(inputs.size(), totalBytes);

        int pruned = 0;
        if (prune) {
            for (String source : known.keySet()) {
                if (Files.notExists(Path.of(source))) {
                    writer.deleteDocuments(new Term(Schema.SOURCE, source));
                    pruned++;
                }
            }
        }

        int ingested = 0, updated = 0, unchanged = 0, sinceCommit = pruned;
        List<ExtractionRecord.Failure> failed = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
            Thread t = new Thread(r, "vbtrace-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            // results taken as they finish, not in input order: a long file must not idle the other threads
            CompletionService<Result> done = new ExecutorCompletionService<>(pool);
            int next = 0, running = 0;
            while (next < inputs.size() || running > 0) {
                while (next < inputs.size() && running < 2 * Math.max(1, options.threads())) {
                    InputFiles.Input in = inputs.get(next++);
                    done.submit(() -> process(in, known));
                    running++;
                }
                Result r = await(take(done));
                running--;
                switch (r.outcome()) {
                    case NEW -> ingested++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case FAILED -> {
                        failed.add(new ExtractionRecord.Failure(r.file().toString(), r.error()));
                        System.err.println("vbtrace: " + r.file() + ": " + r.error());
                    }
                }
                if (r.outcome() == Outcome.NEW || r.outcome() == Outcome.UPDATED) sinceCommit++;
                listener.finished(r.file(), r.bytes(), r.outcome() == Outcome.FAILED);
                if (sinceCommit >= options.commitEvery()) {
                    commit(STALE);
                    sinceCommit = 0;
                    graphStale = true;
                }
            }
            if (ingested + updated > 0) flushOn(pool);
        } finally {
            pool.shutdownNow();
        }
        if (sinceCommit > 0 || graphStale || ingested + updated > 0) commitWithGraph();
        if (ingested + updated > 0) mergeIfFragmented(listener);
        if (failed.size() > 1) {
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) position.putIfAbsent(inputs.get(i).path().toString(), i);
            failed.sort(java.util.Comparator.comparingInt(f -> position.getOrDefault(f.source(), Integer.MAX_VALUE)));
        }
        return new IngestReport(ingested, updated, unchanged, failed, pruned, documentCount());
    }

    private Result process(InputFiles.Input in, Map<String, String> known) {
        Path file = in.path();
        String source = file.toString();
        if (in.error() != null) return new Result(file, 0, Outcome.FAILED, in.error());
        long bytes = size(file);
        try {
            byte[] content = Files.readAllBytes(file);
            String previous = known.get(source);
            String sha256 = DocumentReader.sha256(content);
            if (sha256.equals(previous)) return new Result(file, bytes, Outcome.UNCHANGED, null);
            SourceText text = reader.get().read(file, content, sha256);
            ExtractionRecord record = pipeline.extract(text);
            List<Document> docs = documents.build(record, text.text(), bytes);
            beforeWrite.accept(source);
            writer.updateDocuments(new Term(Schema.SOURCE, source), docs);
            if (written.size() < KEPT_RECORDS) written.put(source, record);
            return new Result(file, bytes, previous == null ? Outcome.NEW : Outcome.UPDATED, null);
        } catch (IngestException e) {
            return new Result(file, bytes, Outcome.FAILED, e.getMessage());
        } catch (IOException e) {
            return new Result(file, bytes, Outcome.FAILED, "cannot read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            if (e instanceof Interrupted) throw (Interrupted) e;
            return new Result(file, bytes, Outcome.FAILED, "extraction failed: " + e);
        }
    }

    /** A deliberate stop (tests simulate a killed run with it); not reported as a file failure. */
    static final class Interrupted extends RuntimeException {
        Interrupted(String message) {
            super(message);
        }
    }

    /**
     * Flushes the indexed entries still in memory on the pool's threads, side by side: the commit
     * would flush the threads' buffers one after another while the other core waits.
     */
    private void flushOn(ExecutorService pool) throws IOException {
        List<Future<Boolean>> flushes = new ArrayList<>();
        for (int i = 0; i < options.threads(); i++) {
            flushes.add(pool.submit(() -> {
                while (writer.flushNextBuffer()) {
                    // the next buffer
                }
                return true;
            }));
        }
        for (Future<Boolean> f : flushes) await(f);
    }

    private static <T> Future<T> take(CompletionService<T> done) throws IOException {
        try {
            return done.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException(e.getCause());
        }
    }

    private void commit(String graphHash) throws IOException {
        writer.setLiveCommitData(Map.of(GRAPH_KEY, graphHash).entrySet());
        writer.commit();
    }

    /** One segment instead of many, committed with the same graph hash; a killed merge leaves the last commit. */
    private void mergeIfFragmented(Listener listener) throws IOException {
        int segments = SegmentInfos.readLatestCommit(writer.getDirectory()).size();
        if (segments <= mergeAboveSegments) return;
        listener.merging(segments);
        writer.forceMerge(1);
        writer.commit();
    }

    /** Saves the graph of all indexed records, then commits with its hash, so the two go together. */
    private void commitWithGraph() throws IOException {
        List<ExtractionRecord> records = new ArrayList<>();
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            StoredRecords.forEach(r, written, records::add);
        }
        // by source, not index order (which the threads' timing and the commits decide): the same graph every run
        records.sort(java.util.Comparator.comparing(ExtractionRecord::source));
        Path graph = IndexLocation.graph(dir);
        CorpusGraph.build(records).save(graph);
        commit(Files.exists(graph) ? DocumentReader.sha256(Files.readAllBytes(graph)) : "none");
    }

    /** Whether the last commit's graph is the one on disk (or there is nothing to graph). */
    private boolean graphIsCurrent(boolean emptyIndex) throws IOException {
        if (!DirectoryReader.indexExists(writer.getDirectory())) return emptyIndex;
        Map<String, String> data = new HashMap<>();
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) data.put(e.getKey(), e.getValue());
        String recorded = data.get(GRAPH_KEY);
        if (recorded == null || recorded.equals(STALE)) return false;
        Path graph = IndexLocation.graph(dir);
        if (!Files.exists(graph)) return recorded.equals("none");
        return recorded.equals(DocumentReader.sha256(Files.readAllBytes(graph)));
    }

    /** source → content hash of every file in the index. */
    private Map<String, String> knownHashes() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(r);
            StoredRecords.forEachDoc(s, new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)),
                    java.util.Set.of(Schema.SOURCE, Schema.SHA256),
                    d -> out.put(d.get(Schema.SOURCE), d.get(Schema.SHA256)));
        }
        return out;
    }

    private int documentCount() throws IOException {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            return new IndexSearcher(r).count(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)));
        }
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.rollback(); // drops whatever was not committed, like a killed run
        } finally {
            for (DocumentReader r : readers) r.close();
        }
    }
}
