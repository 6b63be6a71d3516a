package vbtrace.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.ingest.InputFiles;
import vbtrace.index.IndexBenchmark;
import vbtrace.index.ScaleCorpus;

@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write a synthetic corpus for scale tests: real documents renumbered and recombined.")
public final class ScaleCorpusCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "real documents (text inputs are used)")
    List<Path> paths;

    @Option(names = "--size", required = true, description = "number of documents")
    int size;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (folders of 1000 files)")
    Path out;

    @Option(names = "--doc-chars", paramLabel = "N", description = "cap each document near N chars, 0 for none (default: ${DEFAULT-VALUE})")
    int docChars = IndexBenchCommand.DOC_CHARS;

    @Override
    public Integer call() throws IOException {
        List<Path> texts = InputFiles.textFiles(paths);
        if (texts.isEmpty()) throw new UserException("no text inputs (.txt, .md) under " + paths);
        long bytes = ScaleCorpus.generate(texts, size, docChars, out);
        System.out.printf("%d documents, %.1f MB in %s%n", size, bytes / 1e6, out);
        return 0;
    }
}
