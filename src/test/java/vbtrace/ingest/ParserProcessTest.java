package vbtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser process is stopped when a parse hangs or exhausts its heap, and starts afresh for the next file. */
class ParserProcessTest {
    @TempDir
    Path dir;

    static ParseRequest request(Path file) {
        return new ParseRequest(file.toString(), ParseRequest.Ocr.NONE, 1_000_000, 300);
    }

    @Test
    void aParseOverItsTimeLimitIsStoppedAndTheNextFileStillParses() throws Exception {
        Path file = GeneratedInputs.docx(dir.resolve("a.docx"), GeneratedInputs.VIETNAMESE);
        try (ParserProcess process = new ParserProcess("256m", null)) {
            String reason = assertThrows(IngestException.class, () -> process.parse(request(file), Duration.ofMillis(1))).getMessage();
            assertEquals("parsing took longer than 0.001 s and was stopped", reason);
            ParsedDocument parsed = process.parse(request(file), Duration.ofSeconds(120));
            assertTrue(parsed.text().contains(GeneratedInputs.VIETNAMESE), parsed.text());
        }
    }

    @Test
    void aParseThatExhaustsTheHeapEndsOnlyTheParserProcess() throws Exception {
        // 8 million non-Latin-1 characters need 16 MB as a Java string: more than the whole heap
        Path html = Files.writeString(dir.resolve("big.html"),
                "<html><body><p>" + "Kế hoạch ".repeat(1_000_000) + "</p></body></html>", StandardCharsets.UTF_8);
        try (ParserProcess process = new ParserProcess("16m", null)) {
            String reason = assertThrows(IngestException.class, () -> process.parse(request(html), Duration.ofSeconds(120))).getMessage();
            assertEquals("parsing ran out of memory (parser heap 16m) and was stopped", reason);
        }
    }
}
