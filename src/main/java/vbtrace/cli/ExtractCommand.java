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
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8); // file names are Vietnamese too
        Pipeline pipeline = new Pipeline();
        int failures = 0;
        try (DocumentReader reader = new DocumentReader()) {
            for (InputFiles.Input input : InputFiles.expand(files)) {
                String error = input.error() != null ? input.error() : extract(reader, pipeline, input.path(), out);
                if (error != null) {
                    failures++;
                    err.println("vbtrace: " + input.path() + ": " + error);
                    if (!text) out.println(Json.write(new ExtractionRecord.Failure(input.path().toString(), error)));
                }
                out.flush();
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /** Prints the record (or the text) of one file; returns why it failed, or null. */
    private String extract(DocumentReader reader, Pipeline pipeline, Path file, PrintStream out) {
        try {
            SourceText source = reader.read(file);
            out.println(text ? source.text() : Json.write(pipeline.extract(source)));
            return null;
        } catch (IngestException e) {
            return e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in a later stage must cost one file, not the batch
            return "internal error while extracting (" + e.toString().replaceAll("\\s+", " ") + ")";
        } catch (OutOfMemoryError e) {
            // the file's own data is garbage now; the next file starts with the heap free again
            return "ran out of memory while extracting (raise -Xmx in VBTRACE_JAVA_OPTS)";
        }
    }
}
