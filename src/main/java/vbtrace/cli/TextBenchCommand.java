package vbtrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.ingest.InputFiles;
import vbtrace.text.TextDecoder;
import vbtrace.text.TextNormalizer;

/**
 * {@code vbtrace bench text}: decode + normalize throughput on the plain-text inputs (.txt, .md)
 * under the given paths, single thread. Files are read into memory first, so disk speed is not
 * measured; warm-up rounds let the JIT compile the hot paths; the median round is reported.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Decode + normalize throughput (MB/s, docs/s) on .txt/.md files, one thread.")
public final class TextBenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders (default: ../shared/data)")
    List<Path> paths;

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up rounds (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--rounds", defaultValue = "5", description = "measured rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws IOException {
        List<Path> roots = paths == null || paths.isEmpty() ? List.of(Path.of("../shared/data")) : paths;
        List<byte[]> docs = new ArrayList<>();
        long bytes = 0;
        for (Path file : InputFiles.textFiles(roots)) {
            byte[] b = Files.readAllBytes(file);
            docs.add(b);
            bytes += b.length;
        }
        if (docs.isEmpty()) throw new UserException("bench text: no .txt or .md files under " + roots);
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "bench text: %d files, %.2f MB, %d warm-up + %d measured rounds, 1 thread%n",
                docs.size(), mb, warmup, rounds);
        TextDecoder decoder = new TextDecoder();
        TextNormalizer normalizer = new TextNormalizer();
        long[] sink = {0};
        BenchRounds.Round[] measured = BenchRounds.run(warmup, rounds, () -> {
            for (byte[] doc : docs) sink[0] += normalizer.normalize(decoder.decode(doc).text()).text().length();
        });
        for (int r = 0; r < measured.length; r++) {
            BenchRounds.Round m = measured[r];
            System.out.printf(Locale.ROOT, "  round %d: %.2f s wall (%.1f MB/s, %.0f docs/s), %.2f s thread CPU (%.1f MB/s),"
                            + " %.2f s process CPU (%.1f MB/s)%n",
                    r + 1, m.wall(), mb / m.wall(), docs.size() / m.wall(), m.threadCpu(), mb / m.threadCpu(),
                    m.processCpu(), mb / m.processCpu());
        }
        System.out.printf(Locale.ROOT, "median: %.1f MB/s, %.0f docs/s wall clock; %.1f MB/s per thread CPU-second;"
                        + " %.1f MB/s per process CPU-second (MB = 10^6 bytes of input; checksum %d)%n",
                BenchRounds.median(measured, m -> mb / m.wall()), BenchRounds.median(measured, m -> docs.size() / m.wall()),
                BenchRounds.median(measured, m -> mb / m.threadCpu()), BenchRounds.median(measured, m -> mb / m.processCpu()),
                sink[0]);
        return 0;
    }
}
