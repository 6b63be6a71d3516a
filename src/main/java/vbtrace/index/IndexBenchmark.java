package vbtrace.index;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import vbtrace.text.Canonical;

/**
 * The index benchmark ({@code vbtrace bench index}): ingest throughput of real text inputs; a
 * synthetic corpus of a given size ({@link ScaleCorpus}) ingested by us and by the bare-Lucene
 * floor ({@link FloorIndexer}); query latency percentiles over a fixed mix of number, phrase,
 * diacritic-free and faceted queries drawn from that index, warm, single thread.
 */
public final class IndexBenchmark {
    private final PrintStream out;
    private final Map<String, Object> results = new LinkedHashMap<>();

    public IndexBenchmark(PrintStream out) {
        this.out = out;
    }

    public Map<String, Object> results() {
        return results;
    }

    /** Ingests {@code files} into a fresh index at {@code dir} and reports throughput. */
    public Map<String, Object> ingest(String name, List<Path> files, Path dir, int threads) throws IOException {
        Map<String, Object> r = measureIngest(files, dir, threads);
        report(name, r);
        return r;
    }

    /**
     * {@code warmup} unmeasured ingests, then {@code rounds} measured ones, each into a fresh index;
     * reports the medians of wall and CPU time (rates from those) and the highest peak RSS.
     */
    public Map<String, Object> ingestRounds(String name, List<Path> files, Path dir, int threads, int warmup, int rounds)
            throws IOException {
        for (int i = 0; i < warmup; i++) measureIngest(files, dir, threads);
        List<Map<String, Object>> measured = new ArrayList<>();
        for (int i = 0; i < rounds; i++) measured.add(measureIngest(files, dir, threads));
        Map<String, Object> r = new LinkedHashMap<>(measured.get(measured.size() - 1));
        double mb = (double) r.get("MB"), seconds = median(measured, "seconds"), cpu = median(measured, "cpu seconds");
        r.put("rounds", warmup + " warm-up, " + rounds + " measured (medians)");
        r.put("seconds", round(seconds));
        r.put("docs/s", round(files.size() / seconds));
        r.put("MB/s", round(mb / seconds));
        r.put("cpu seconds", round(cpu));
        r.put("MB per cpu second", round(mb / cpu));
        r.put("peak RSS MB", measured.stream().mapToLong(m -> ((Number) m.get("peak RSS MB")).longValue()).max().orElse(0));
        report(name, r);
        return r;
    }

    private static double median(List<Map<String, Object>> rounds, String key) {
        double[] v = rounds.stream().mapToDouble(m -> (double) m.get(key)).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private Map<String, Object> measureIngest(List<Path> files, Path dir, int threads) throws IOException {
        delete(dir);
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        resetPeakMemory();
        long cpu0 = cpuNanos(), t0 = System.nanoTime();
        IngestReport report;
        try (Indexer indexer = new Indexer(dir, new Indexer.Options(threads, 1000))) {
            report = indexer.ingest(files, false, quiet());
        }
        double seconds = (System.nanoTime() - t0) / 1e9, cpu = (cpuNanos() - cpu0) / 1e9;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("files", files.size());
        r.put("documents", report.documents());
        r.put("failed", report.failed().size());
        r.put("MB", round(bytes / 1e6));
        r.put("seconds", round(seconds));
        r.put("docs/s", round(files.size() / seconds));
        r.put("MB/s", round(bytes / 1e6 / seconds));
        r.put("cpu seconds", round(cpu));
        r.put("MB per cpu second", round(bytes / 1e6 / cpu));
        r.put("peak RSS MB", peakRssMb());
        r.put("index MB", round(size(dir) / 1e6));
        return r;
    }

    public Map<String, Object> floor(List<Path> files, Path dir, int threads) throws IOException {
        delete(dir);
        long t0 = System.nanoTime(), cpu0 = cpuNanos();
        FloorIndexer.index(files, dir, threads);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("seconds", round((System.nanoTime() - t0) / 1e9));
        r.put("cpu seconds", round((cpuNanos() - cpu0) / 1e9));
        r.put("index MB", round(size(dir) / 1e6));
        report("floor (StandardAnalyzer, no extraction)", r);
        return r;
    }

    /**
     * Latency of {@code count} queries of the fixed mix after {@code warmup} unmeasured ones: wall
     * time, and the thread's CPU time, which a machine shared with other work does not inflate.
     */
    public Map<String, Object> latency(Path dir, int warmup, int count) throws IOException {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Searcher searcher = new Searcher(dir, new Snippets("<b>", "</b>", 240))) {
            List<SearchRequest> mix = queryMix(searcher, 200);
            for (int i = 0; i < warmup; i++) searcher.search(mix.get(i % mix.size()));
            String[] kinds = {"number", "phrase", "diacritic-free", "faceted"};
            long[][] wall = new long[5][count], cpu = new long[5][count];
            int[] n = new int[5];
            for (int i = 0; i < count; i++) {
                SearchRequest q = mix.get(i % mix.size());
                long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                searcher.search(q);
                long t = System.nanoTime() - t0, c = threads.getCurrentThreadCpuTime() - c0;
                for (int k : new int[] {4, (i % mix.size()) % 4}) {
                    wall[k][n[k]] = t;
                    cpu[k][n[k]++] = c;
                }
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("queries", count);
            for (int k = 4; k >= 0; k--) {
                String name = k == 4 ? "all" : kinds[k];
                r.put(name + " wall", percentiles(Arrays.copyOf(wall[k], n[k])));
                r.put(name + " cpu", percentiles(Arrays.copyOf(cpu[k], n[k])));
            }
            report("query latency ms (warm, single thread)", r);
            return r;
        }
    }

    /** A fixed mix drawn from the index with a fixed seed, in rotation: number, phrase, diacritic-free, faceted. */
    static List<SearchRequest> queryMix(Searcher searcher, int size) throws IOException {
        List<Document> docs = new ArrayList<>();
        StoredRecords.forEachDoc(searcher.searcher(), new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)),
                Set.of(Schema.SOURCE, Schema.NUMBER, Schema.TITLE, Schema.TYPE), docs::add);
        Random random = new Random(42);
        SearchResult facets = searcher.search(SearchRequest.of("thực hiện").withLimit(1));
        String topType = facets.facets().get(Schema.TYPE).keySet().stream().findFirst().orElse(null);
        List<SearchRequest> mix = new ArrayList<>();
        String[] common = {"thực hiện", "phát triển", "kinh tế", "nhiệm vụ", "cán bộ", "đầu tư"};
        while (mix.size() < size) {
            Document d = docs.get(random.nextInt(docs.size()));
            List<String> passages = passages(searcher, d.get(Schema.SOURCE));
            String number = d.get(Schema.NUMBER);
            if (number == null) number = firstNumber(passages);
            String title = d.get(Schema.TITLE);
            if (title == null && passages.size() > 1) title = words(passages.get(1), 0, 8);
            String passage = passages.isEmpty() ? "" : passages.get(random.nextInt(passages.size()));
            String phrase = words(passage, random.nextInt(Math.max(1, passage.split("\\s+").length - 3)), 3);
            if (number == null || title == null || phrase.isBlank()) continue;
            mix.add(SearchRequest.of(number));
            mix.add(SearchRequest.of("\"" + phrase.replace("\"", "") + "\""));
            mix.add(SearchRequest.of(Canonical.fold(title)));
            String word = common[random.nextInt(common.length)];
            mix.add(topType != null ? new SearchRequest(word, topType, null, null, null, null, null, 10)
                    : new SearchRequest(word, null, null, null, 2015, 2025, null, 10));
        }
        return mix;
    }

    private static List<String> passages(Searcher s, String source) throws IOException {
        List<String> out = new ArrayList<>();
        StoredRecords.forEachDoc(s.searcher(), new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_PASSAGE)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.SOURCE, source)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build(), Set.of(Schema.TEXT), d -> out.add(d.get(Schema.TEXT)));
        return out;
    }

    private static String firstNumber(List<String> passages) {
        for (String p : passages) {
            List<int[]> spans = DocumentNumbers.find(p);
            if (!spans.isEmpty()) return p.substring(spans.get(0)[0], spans.get(0)[1]);
        }
        return null;
    }

    private static String words(String text, int from, int n) {
        String[] w = text.replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().split("\\s+");
        return String.join(" ", Arrays.asList(w).subList(Math.min(from, w.length), Math.min(w.length, from + n)));
    }

    private static Map<String, Object> percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Map<String, Object> r = new LinkedHashMap<>();
        for (int p : new int[] {50, 95, 99}) {
            r.put("p" + p, sorted.length == 0 ? null : round(sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6));
        }
        return r;
    }

    private void report(String name, Map<String, Object> r) {
        results.put(name, r);
        out.println(name + ": " + r);
        out.flush();
    }

    static Indexer.Listener quiet() {
        return new Indexer.Listener() {
            @Override
            public void started(int files, long bytes) {}

            @Override
            public void finished(Path file, long bytes, boolean failed) {}
        };
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Resets the kernel's peak-RSS mark (Linux), so each phase reports its own peak. */
    private static void resetPeakMemory() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux or not allowed: the peak is then the process's so far
        }
    }

    private static Object peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Runtime.getRuntime().totalMemory() / (1 << 20);
    }

    static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
