package vbtrace.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Warm-up rounds, then measured rounds of one workload: wall time, and CPU time of this thread and
 * of the whole process. On a shared machine the wall clock also counts time other processes held
 * the core; thread CPU counts only ours; process CPU adds the garbage collector and the JIT.
 */
final class BenchRounds {
    private BenchRounds() {}

    /** Seconds of one measured round. */
    record Round(double wall, double threadCpu, double processCpu) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    static Round[] run(int warmup, int rounds, Runnable work) {
        if (rounds < 1 || warmup < 0) throw new UserException("bench: --rounds must be ≥ 1 and --warmup ≥ 0");
        Round[] measured = new Round[rounds];
        for (int r = -warmup; r < rounds; r++) {
            long c0 = THREADS.getCurrentThreadCpuTime(), p0 = OS.getProcessCpuTime(), t0 = System.nanoTime();
            work.run();
            Round round = new Round((System.nanoTime() - t0) / 1e9,
                    (THREADS.getCurrentThreadCpuTime() - c0) / 1e9, (OS.getProcessCpuTime() - p0) / 1e9);
            if (r >= 0) measured[r] = round;
        }
        return measured;
    }

    /** Median of {@code f} over the rounds. */
    static double median(Round[] rounds, ToDoubleFunction<Round> f) {
        double[] v = Arrays.stream(rounds).mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static double min(Round[] rounds, ToDoubleFunction<Round> f) {
        return Arrays.stream(rounds).mapToDouble(f).min().orElse(Double.NaN);
    }

    static double max(Round[] rounds, ToDoubleFunction<Round> f) {
        return Arrays.stream(rounds).mapToDouble(f).max().orElse(Double.NaN);
    }
}
