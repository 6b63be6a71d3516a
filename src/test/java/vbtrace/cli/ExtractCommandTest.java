package vbtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.SharedData;
import vbtrace.model.Json;

/** End to end over corpus/seeds: one JSON record per file, in order, errors as records. */
class ExtractCommandTest {
    record Run(int code, String out, String err) {
        List<JsonNode> records() throws Exception {
            List<JsonNode> list = new java.util.ArrayList<>();
            for (String line : out.split("\n")) if (!line.isBlank()) list.add(Json.MAPPER.readTree(line));
            return list;
        }
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void seedsGiveOneRecordEach() throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SharedData.SEEDS)) {
            seeds = s.sorted().toList();
        }
        assertEquals(5, seeds.size());
        Run run = run(Stream.concat(Stream.of("extract"), seeds.stream().map(Path::toString)).toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        List<JsonNode> records = run.records();
        assertEquals(5, records.size());
        for (int i = 0; i < 5; i++) {
            JsonNode r = records.get(i);
            assertEquals(seeds.get(i).toString(), r.get("source").asText());
            assertEquals(64, r.get("sha256").asText().length());
            assertTrue(r.get("textLength").asInt() > 10_000);
            assertTrue(r.has("document") && r.has("references") && r.has("warnings"));
        }
    }

    @Test
    void badInputIsReportedAndTheRestProcessed(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path seed = SharedData.SEEDS.resolve("000_ed00addca4029689.txt");
        Run run = run("extract", empty.toString(), dir.resolve("missing.txt").toString(), seed.toString());
        assertEquals(1, run.code());
        List<JsonNode> records = run.records();
        assertEquals(3, records.size());
        assertTrue(records.get(0).has("error"));
        assertTrue(records.get(1).has("error"));
        assertTrue(records.get(2).has("sha256"));
        String[] errLines = run.err().strip().split("\n");
        assertEquals(2, errLines.length);
        assertTrue(errLines[0].contains("empty.txt"), errLines[0]);
        assertTrue(!run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void helpListsTheContractCommands() {
        Run run = run("--help");
        for (String c : List.of("ingest", "extract", "search", "show", "trace")) assertTrue(run.out().contains(c), c);
    }
}
