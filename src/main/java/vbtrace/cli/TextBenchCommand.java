package vbtrace.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.ingest.InputFiles;
import vbtrace.text.DecodedText;
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
    public Integer call() {
        if (rounds < 1 || warmup < 0) throw new UserException("bench text: --rounds must be ≥ 1 and --warmup ≥ 0");
        List<Path> roots = paths == null || paths.isEmpty() ? List.of(Path.of("../shared/data")) : paths;
        List<byte[]> docs = new ArrayList<>();
        long bytes = 0;
        for (InputFiles.Input in : InputFiles.expand(roots)) {
            String name = in.path().getFileName().toString().toLowerCase(Locale.ROOT);
            if (in.error() != null) {
                System.err.println("vbtrace: " + in.path() + ": " + in.error());
                continue;
            }
            if (!(name.endsWith(".txt") || name.endsWith(".md"))) continue;
            try {
                byte[] b = Files.readAllBytes(in.path());
                docs.add(b);
                bytes += b.length;
            } catch (IOException e) {
                System.err.println("vbtrace: " + in.path() + ": cannot read: " + e.getMessage());
            }
        }
        if (docs.isEmpty()) throw new UserException("bench text: no .txt or .md files under " + roots);
        System.out.printf(Locale.ROOT, "bench text: %d files, %.2f MB, %d warm-up + %d measured rounds, 1 thread%n",
                docs.size(), bytes / 1e6, warmup, rounds);
        TextDecoder decoder = new TextDecoder();
        TextNormalizer normalizer = new TextNormalizer();
        // CPU time of this thread as well as wall time: on a shared machine the wall clock also
        // counts the time other processes held the core, the CPU time only ours
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // the process's CPU time too: it adds the garbage collector's and the JIT's threads
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] mbPerProcessCpuS = new double[rounds];
        double[] mbPerCpuS = new double[rounds];
        double[] mbPerS = new double[rounds];
        double[] docsPerS = new double[rounds];
        long sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            for (byte[] doc : docs) {
                DecodedText decoded = decoder.decode(doc);
                sink += normalizer.normalize(decoded.text()).text().length();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            double processCpu = (os.getProcessCpuTime() - p0) / 1e9;
            if (r >= 0) {
                mbPerS[r] = bytes / 1e6 / s;
                docsPerS[r] = docs.size() / s;
                mbPerCpuS[r] = bytes / 1e6 / cpu;
                mbPerProcessCpuS[r] = bytes / 1e6 / processCpu;
                System.out.printf(Locale.ROOT, "  round %d: %.2f s wall (%.1f MB/s, %.0f docs/s), %.2f s thread CPU (%.1f MB/s),"
                                + " %.2f s process CPU (%.1f MB/s)%n",
                        r + 1, s, mbPerS[r], docsPerS[r], cpu, mbPerCpuS[r], processCpu, mbPerProcessCpuS[r]);
            }
        }
        System.out.printf(Locale.ROOT, "median: %.1f MB/s, %.0f docs/s wall clock; %.1f MB/s per thread CPU-second;"
                        + " %.1f MB/s per process CPU-second (MB = 10^6 bytes of input; checksum %d)%n",
                median(mbPerS), median(docsPerS), median(mbPerCpuS), median(mbPerProcessCpuS), sink);
        return 0;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
