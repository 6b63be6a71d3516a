package vbtrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.index.IndexLocation;
import vbtrace.index.Indexer;
import vbtrace.index.IngestReport;
import vbtrace.model.Json;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse, extract and index files and folders (default corpus/). Unchanged files are skipped, "
                + "changed ones replaced; a progress bar on stderr when it is a terminal.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders (default: corpus/)")
    List<Path> paths;

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: $VBTRACE_INDEX or ./data/index)")
    Path index;

    @Option(names = "--prune", description = "drop files from the index that no longer exist")
    boolean prune;

    @Option(names = "--json", description = "print the summary as JSON")
    boolean json;

    @Option(names = "--threads", description = "files parsed at once (default: ${DEFAULT-VALUE})")
    int threads = Indexer.Options.DEFAULT.threads();

    @Option(names = "--commit-every", paramLabel = "N", description = "commit after every N changed files (default: ${DEFAULT-VALUE})")
    int commitEvery = Indexer.Options.DEFAULT.commitEvery();

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        if (threads < 1 || commitEvery < 1) throw new UserException("--threads and --commit-every must be at least 1");
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Path.of("corpus")) : paths;
        Path dir = IndexLocation.resolve(index);
        IngestReport report;
        try (Indexer indexer = new Indexer(dir, new Indexer.Options(threads, commitEvery));
             Progress progress = new Progress(!noProgress && System.console() != null)) {
            report = indexer.ingest(inputs, prune, progress);
        } catch (LockObtainFailedException e) {
            throw new UserException("index " + dir + " is being written by another ingest");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(Json.write(report));
        } else {
            out.printf("%d ingested, %d updated, %d unchanged, %d failed%s; %d documents in %s%n", report.ingested(),
                    report.updated(), report.unchanged(), report.failed().size(),
                    prune ? ", " + report.pruned() + " pruned" : "", report.documents(), dir);
        }
        return report.failed().isEmpty() ? 0 : 1;
    }

    /** The progress bar: documents done of all, MB/s, failures; nothing when stderr is not watched. */
    static final class Progress implements Indexer.Listener, AutoCloseable {
        private final boolean shown;
        private ProgressBar bar;
        private int files, done, failed;

        Progress(boolean shown) {
            this.shown = shown;
        }

        @Override
        public void started(int files, long bytes) {
            this.files = files;
            if (!shown || files == 0) return;
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(bytes).setUnit(" MB", 1 << 20)
                    .showSpeed(new java.text.DecimalFormat("0.0")).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        @Override
        public void finished(Path file, long bytes, boolean fail) {
            done++;
            if (fail) failed++;
            if (bar == null) return;
            bar.stepBy(bytes);
            bar.setExtraMessage(" " + done + "/" + files + " docs" + (failed > 0 ? ", " + failed + " failed" : ""));
        }

        @Override
        public void merging(int segments) {
            close();
            bar = null;
            if (shown) System.err.println("vbtrace: merging the index's " + segments + " segments into one");
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
