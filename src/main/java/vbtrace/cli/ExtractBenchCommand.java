package vbtrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.Pipeline;
import vbtrace.extract.AgencyExtractor;
import vbtrace.extract.DeadlineExtractor;
import vbtrace.extract.ReferenceExtractor;
import vbtrace.extract.TargetExtractor;
import vbtrace.extract.TaskExtractor;
import vbtrace.ingest.DocumentReader;
import vbtrace.ingest.IngestException;
import vbtrace.ingest.InputFiles;
import vbtrace.ingest.SourceText;
import vbtrace.structure.DocumentStructure;
import vbtrace.structure.StructureAnalyzer;

/**
 * Extraction throughput on text already normalized (issue: all extractors ≥ 10 MB/s on one core):
 * the whole pipeline and each stage alone, single thread, warm-up rounds then the median of measured rounds.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Benchmark extraction (structure + all extractors) on normalized text, one thread.")
public final class ExtractBenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "text files or folders (default ../shared/data and corpus/seeds)")
    List<Path> paths;

    @Option(names = "--warmup", defaultValue = "2", description = "warm-up rounds (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--rounds", defaultValue = "5", description = "measured rounds (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = "only these of pipeline, structure, references, agencies, tasks, targets, deadlines (default all)")
    List<String> stages;

    @Override
    public Integer call() throws IOException {
        List<String> known = List.of("pipeline", "structure", "references", "agencies", "tasks", "targets", "deadlines");
        if (stages != null && !known.containsAll(stages)) throw new UserException("bench extract: --stages takes " + String.join(", ", known));
        List<Path> roots = paths == null || paths.isEmpty() ? List.of(Path.of("../shared/data"), Path.of("corpus/seeds")) : paths;
        List<SourceText> docs = new ArrayList<>();
        try (DocumentReader reader = new DocumentReader()) {
            for (Path file : InputFiles.textFiles(roots.stream().filter(Files::exists).toList())) {
                try {
                    docs.add(reader.read(file));
                } catch (IngestException e) {
                    System.err.println("vbtrace: " + file + ": " + e.getMessage());
                }
            }
        }
        if (docs.isEmpty()) throw new UserException("bench extract: no .txt or .md files under " + roots);
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        double mb = docs.stream().mapToLong(d -> d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum() / 1e6;
        System.out.printf("corpus: %d documents, %.1f MB UTF-8 (%d chars); %d warm-up + %d measured rounds, 1 thread%n",
                docs.size(), mb, chars, warmup, rounds);

        StructureAnalyzer structure = new StructureAnalyzer();
        List<DocumentStructure> structures = docs.stream().map(structure::analyze).toList();
        ReferenceExtractor refs = new ReferenceExtractor();
        AgencyExtractor agencies = new AgencyExtractor();
        TaskExtractor tasks = new TaskExtractor();
        TargetExtractor targets = new TargetExtractor();
        DeadlineExtractor deadlines = new DeadlineExtractor();
        Pipeline pipeline = new Pipeline();

        report("pipeline (all stages)", docs.size(), mb, i -> pipeline.extract(docs.get(i)));
        report("structure", docs.size(), mb, i -> structure.analyze(docs.get(i)));
        report("references", docs.size(), mb, i -> refs.extract(docs.get(i).text(), structures.get(i)));
        report("agencies", docs.size(), mb, i -> agencies.extract(docs.get(i).text(), structures.get(i)));
        report("tasks", docs.size(), mb, i -> tasks.extract(docs.get(i).text(), structures.get(i)));
        report("targets", docs.size(), mb, i -> targets.extract(docs.get(i).text(), structures.get(i)));
        report("deadlines", docs.size(), mb, i -> deadlines.extract(docs.get(i).text(), structures.get(i)));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap after run: %.0f MB used of %.0f MB max%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
        return 0;
    }

    private void report(String stage, int n, double mb, Consumer<Integer> work) {
        if (stages != null && !stages.contains(stage.split(" ")[0])) return;
        BenchRounds.Round[] measured = BenchRounds.run(warmup, rounds, () -> {
            for (int i = 0; i < n; i++) work.accept(i);
        });
        double median = BenchRounds.median(measured, BenchRounds.Round::wall);
        double cpu = BenchRounds.median(measured, BenchRounds.Round::threadCpu);
        // on a shared machine the wall clock counts time others held the core; thread CPU counts only ours
        System.out.printf("%-22s median %7.3f s  %8.1f MB/s  %9.0f docs/s  (min %.3f s, max %.3f s)  thread CPU %7.3f s  %8.1f MB/s%n",
                stage, median, mb / median, n / median,
                BenchRounds.min(measured, BenchRounds.Round::wall), BenchRounds.max(measured, BenchRounds.Round::wall),
                cpu, mb / cpu);
    }
}
