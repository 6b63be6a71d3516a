package vbtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.cli.Main;
import vbtrace.model.Json;

/**
 * {@code vbtrace extract} over a folder of bad inputs among good ones: each bad file gets one
 * line on stderr naming it and the reason plus an {@code error} record, the good files their
 * records, and the exit code is 1.
 */
class BadInputBatchTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static synchronized Run extract(String... paths) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            List<String> args = new ArrayList<>(List.of("extract"));
            args.addAll(List.of(paths));
            int code = Main.run(args.toArray(String[]::new));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void everyBadInputIsReportedOnceAndTheRestIsProcessed() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>(); // file name → words its reason must contain
        Files.createFile(dir.resolve("a-empty.txt"));
        expected.put("a-empty.txt", "empty file");
        GeneratedInputs.randomBytes(dir.resolve("b-random.pdf"), 20_000, 1);
        expected.put("b-random.pdf", "not a readable PDF");
        GeneratedInputs.truncatedDocx(dir.resolve("c-truncated.docx"));
        expected.put("c-truncated.docx", "truncated");
        GeneratedInputs.zipBombDocx(dir.resolve("d-bomb.docx"), 50);
        expected.put("d-bomb.docx", "zip bomb");
        GeneratedInputs.encryptedPdf(dir.resolve("e-encrypted.pdf"));
        expected.put("e-encrypted.pdf", "encrypted");
        Path loops = Files.createDirectories(dir.resolve("f-loops"));
        Files.createSymbolicLink(loops.resolve("up"), dir);
        expected.put("up", "symbolic link loop");
        Files.createSymbolicLink(loops.resolve("ping.txt"), loops.resolve("pong.txt"));
        Files.createSymbolicLink(loops.resolve("pong.txt"), loops.resolve("ping.txt"));
        expected.put("ping.txt", "symbolic link loop");
        expected.put("pong.txt", "symbolic link loop");

        GeneratedInputs.docx(dir.resolve("g-good.docx"), "KẾ HOẠCH", GeneratedInputs.VIETNAMESE);
        Path many = Files.createDirectories(dir.resolve("h-many"));
        int manyFiles = 200;
        for (int i = 0; i < manyFiles; i++) {
            Files.writeString(many.resolve(String.format("%04d.txt", i)), "Văn bản số " + i + ". " + GeneratedInputs.VIETNAMESE);
        }

        Run run = extract(dir.toString());
        assertEquals(1, run.code(), run.err());
        List<JsonNode> records = new ArrayList<>();
        for (String line : run.out().split("\n")) if (!line.isBlank()) records.add(Json.MAPPER.readTree(line));
        assertEquals(expected.size() + 1 + manyFiles, records.size());

        List<String> errLines = run.err().strip().lines().toList();
        assertEquals(expected.size(), errLines.size(), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack traces: " + run.err());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            List<String> lines = errLines.stream().filter(l -> l.contains("/" + e.getKey() + ":")).toList();
            assertEquals(1, lines.size(), e.getKey() + " in " + run.err());
            assertTrue(lines.get(0).startsWith("vbtrace: ") && lines.get(0).contains(e.getValue()), lines.get(0));
            JsonNode record = records.stream().filter(r -> r.get("source").asText().endsWith("/" + e.getKey())).findFirst().orElseThrow();
            assertTrue(record.has("error") && !record.has("sha256"), record.toString());
        }
        long good = records.stream().filter(r -> r.has("sha256") && r.get("textLength").asInt() > 50).count();
        assertEquals(1 + manyFiles, good);
    }

    @Test
    void aFolderOfThousandsOfFilesIsReadFileByFile() throws Exception {
        int files = 3000;
        for (int i = 0; i < files; i++) {
            Files.writeString(dir.resolve(String.format("%04d.txt", i)), "Văn bản số " + i + ". " + GeneratedInputs.VIETNAMESE);
        }
        Run run = extract("--text", dir.toString()); // the text only: this is about reading, not extraction
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        List<String> texts = run.out().lines().filter(l -> l.startsWith("Văn bản số ")).toList();
        assertEquals(files, texts.size());
        assertTrue(texts.get(files - 1).startsWith("Văn bản số " + (files - 1) + "."), "in file order");
    }

    @Test
    void pathsThatCannotBeUsedAreReportedToo() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path good = Files.writeString(dir.resolve("good.txt"), GeneratedInputs.VIETNAMESE);
        Run run = extract(dir.resolve("missing.pdf").toString(), fifo.toString(), good.toString());
        assertEquals(1, run.code());
        List<String> errLines = run.err().strip().lines().toList();
        assertEquals(2, errLines.size(), run.err());
        assertTrue(errLines.get(0).endsWith("missing.pdf: no such file or folder"), errLines.get(0));
        assertTrue(errLines.get(1).contains("pipe.txt: not a regular file"), errLines.get(1));
        assertEquals(3, run.out().strip().lines().count());
    }
}
