package vbtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.SharedData;

/**
 * {@code vbtrace search} starts without the ingestion stack: no Tika, OpenNLP, progress bar or
 * indexer class is loaded, and no extraction class is initialized. (Pipeline and extractor
 * classes are still loaded, uninitialized, by picocli's reflection over ExtractCommand and
 * ExtractBenchCommand, whose method signatures name them.) Run with the launcher's flags.
 */
class SearchStartupTest {
    @TempDir
    Path tmp;

    private static final Pattern LOADED = Pattern.compile(
            "class,load.*(org\\.apache\\.tika|opennlp|progressbar|vbtrace\\.index\\.Indexer )");
    private static final Pattern INITIALIZED = Pattern.compile(
            "class,init.*Initializing '(vbtrace/Pipeline|vbtrace/extract/|vbtrace/structure/|vbtrace/ingest/)");

    @Test
    void searchLoadsNoIngestionClass() throws Exception {
        Path index = tmp.resolve("index");
        assertEquals(0, ExtractCommandTest.run("ingest", "--index", index.toString(), SharedData.SEEDS.toString()).code());
        Path log = tmp.resolve("classes.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote", "-Xlog:class+load=info,class+init=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                "vbtrace.cli.Main", "search", "--json", "--index", index.toString(), "cong tac dan toc")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.json").toFile()).start();
        assertEquals(0, p.waitFor());
        assertTrue(Files.readString(tmp.resolve("out.json")).startsWith("{\"total\":"));
        List<String> loaded = Files.readAllLines(log).stream()
                .filter(l -> LOADED.matcher(l).find() || INITIALIZED.matcher(l).find()).toList();
        assertTrue(loaded.isEmpty(), loaded.toString());
    }
}
