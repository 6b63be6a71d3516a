package vbtrace.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.Pipeline;
import vbtrace.ingest.DocumentReader;
import vbtrace.ingest.IngestException;
import vbtrace.ingest.InputFiles;
import vbtrace.ingest.SourceText;
import vbtrace.model.ExtractionRecord;
import vbtrace.model.Json;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract records from files (no index): JSON Lines, one record per file.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files or folders")
    List<Path> files;

    @Option(names = "--json", description = "JSON Lines output (the default)")
    boolean json;

    @Option(names = "--text", description = "print the normalized text instead of the record")
    boolean text;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Pipeline pipeline = new Pipeline();
        int failures = 0;
        try (DocumentReader reader = new DocumentReader()) {
        for (InputFiles.Input input : InputFiles.expand(files)) {
            String name = input.path().toString();
            try {
                if (input.error() != null) throw new IngestException(input.error());
                SourceText source = reader.read(input.path());
                if (text) {
                    out.println(source.text());
                } else {
                    ExtractionRecord record = pipeline.extract(source);
                    out.println(Json.write(record));
                }
            } catch (IngestException e) {
                failures++;
                System.err.println("vbtrace: " + name + ": " + e.getMessage());
                if (!text) out.println(Json.write(new ExtractionRecord.Failure(name, e.getMessage())));
            }
            out.flush();
        }
        }
        return failures == 0 ? 0 : 1;
    }
}
