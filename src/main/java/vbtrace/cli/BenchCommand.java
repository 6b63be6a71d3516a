package vbtrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vbtrace bench …}: throughput and latency benchmarks with warm-up and medians. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks (warm-up, then medians): text, extract, index.",
        subcommands = {TextBenchCommand.class, ExtractBenchCommand.class, IndexBenchCommand.class,
                ScaleCorpusCommand.class})
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
