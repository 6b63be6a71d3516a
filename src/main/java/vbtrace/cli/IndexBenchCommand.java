package vbtrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.ingest.InputFiles;
import vbtrace.index.IndexBenchmark;
import vbtrace.index.ScaleCorpus;
import vbtrace.model.Json;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index benchmark: ingest of the text inputs under PATH (default corpus/seeds and ../shared/data);",
                "a synthetic corpus of --size documents ingested by vbtrace and by a bare StandardAnalyzer (the floor);",
                "query latency p50/p95/p99 over a fixed mix of number, phrase, diacritic-free and faceted queries."})
public final class IndexBenchCommand implements Callable<Integer> {
    /** Synthetic documents of about 4,000 chars (~6 KB of UTF-8): 100,000 of them make about 600 MB. */
    static final int DOC_CHARS = 4000;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "real documents (text inputs are used)")
    List<Path> paths;

    @Option(names = "--size", description = "synthetic corpus size, 0 to skip (default: ${DEFAULT-VALUE})")
    int size = 10_000;

    @Option(names = "--doc-chars", paramLabel = "N", description = "cap each synthetic document near N chars, 0 for none (default: ${DEFAULT-VALUE})")
    int docChars = DOC_CHARS;

    @Option(names = "--rounds", description = "measured ingests of the real documents; the median is reported (default: ${DEFAULT-VALUE})")
    int rounds = 3;

    @Option(names = "--warmup-rounds", description = "unmeasured ingests of the real documents first (default: ${DEFAULT-VALUE})")
    int warmupRounds = 1;

    @Option(names = "--work", paramLabel = "DIR", description = "scratch folder (default: ${DEFAULT-VALUE})")
    Path work = Path.of("target", "bench-index");

    @Option(names = "--threads", description = "ingest threads (default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--warmup", description = "unmeasured queries first (default: ${DEFAULT-VALUE})")
    int warmup = 500;

    @Option(names = "--queries", description = "measured queries (default: ${DEFAULT-VALUE})")
    int queries = 2000;

    @Option(names = "--skip-real", description = "skip the ingest of the real documents")
    boolean skipReal;

    @Option(names = "--json", description = "print all figures as one JSON object at the end")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(json ? System.err : System.out, true, StandardCharsets.UTF_8);
        List<Path> inputs = paths == null || paths.isEmpty() ? defaultInputs() : paths;
        List<Path> texts = InputFiles.textFiles(inputs);
        if (rounds < 1 || warmupRounds < 0) throw new UserException("--rounds must be at least 1, --warmup-rounds at least 0");
        if (texts.isEmpty()) throw new UserException("no text inputs (.txt, .md) under " + inputs);
        IndexBenchmark bench = new IndexBenchmark(out);
        out.println("real documents: " + texts.size() + " text files under " + inputs + "; " + threads + " threads, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        if (!skipReal) {
            bench.ingestRounds("ingest real documents", texts, work.resolve("real-index"), threads, warmupRounds, rounds);
        }
        if (size > 0) {
            Path corpus = work.resolve("scale-corpus");
            deleteQuietly(corpus);
            long t0 = System.nanoTime();
            long bytes = ScaleCorpus.generate(texts, size, docChars, corpus);
            out.printf("synthetic corpus: %d documents, %.1f MB, generated in %.1f s%n", size, bytes / 1e6, (System.nanoTime() - t0) / 1e9);
            List<Path> files = InputFiles.textFiles(List.of(corpus));
            Map<String, Object> ours = bench.ingest("ingest synthetic " + size, files, work.resolve("scale-index"), threads);
            Map<String, Object> floor = bench.floor(files, work.resolve("floor-index"), threads);
            Map<String, Object> ratio = new LinkedHashMap<>();
            ratio.put("wall", Math.round((double) ours.get("seconds") / (double) floor.get("seconds") * 10) / 10.0);
            ratio.put("cpu", Math.round((double) ours.get("cpu seconds") / (double) floor.get("cpu seconds") * 10) / 10.0);
            ratio.put("index size", Math.round((double) ours.get("index MB") / (double) floor.get("index MB") * 10) / 10.0);
            bench.results().put("cost ratio to floor", ratio);
            out.println("cost ratio to floor: " + ratio);
            bench.latency(work.resolve("scale-index"), warmup, queries);
        } else if (!skipReal) {
            bench.latency(work.resolve("real-index"), warmup, queries);
        }
        if (json) System.out.println(Json.write(bench.results()));
        return 0;
    }

    private static List<Path> defaultInputs() {
        List<Path> out = new ArrayList<>(List.of(Path.of("corpus", "seeds")));
        Path shared = Path.of("..", "shared", "data");
        if (Files.isDirectory(shared)) out.add(shared);
        return out;
    }

    private static void deleteQuietly(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
