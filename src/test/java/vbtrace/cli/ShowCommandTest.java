package vbtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.model.Json;

/**
 * {@code vbtrace show DOC}: the card and outline readably, the record with --json, an indexed document
 * by number or source, one line for an unknown one.
 */
class ShowCommandTest {
    @TempDir
    Path tmp;

    private static final String SEED = "corpus/seeds/002_935ccacd99d3527c.txt";

    @Test
    void printsCardOutlineAndSections() {
        ExtractCommandTest.Run run = ExtractCommandTest.run("show", SEED);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Kế hoạch 2774/KH-UBND"), run.out());
        assertTrue(run.out().contains("issuer        Ủy ban nhân dân tỉnh Bắc Giang"), run.out());
        assertTrue(run.out().contains("date          2015-09-29"), run.out());
        assertTrue(run.out().contains("\nOutline\n  I. MỤC ĐÍCH, YÊU CẦU\n    1. Mục đích"), run.out());
        assertTrue(run.out().contains("    2. Sở Kế hoạch và Đầu tư"), run.out());
        for (String section : new String[] {"Tasks by agency", "Targets by year", "Deadlines by date"}) {
            assertTrue(run.out().contains("\n" + section + "\n"), section);
        }
    }

    @Test
    void jsonIsTheExtractionRecord() throws Exception {
        ExtractCommandTest.Run run = ExtractCommandTest.run("show", "--json", SEED);
        assertEquals(0, run.code(), run.err());
        JsonNode r = Json.MAPPER.readTree(run.out());
        assertEquals(SEED, r.get("source").asText());
        assertEquals("2774/KH-UBND", r.get("document").get("number").asText());
        assertEquals("I", r.get("outline").get(0).get("label").asText());
    }

    @Test
    void missingFileIsOneLineAndExitTwo() {
        ExtractCommandTest.Run run = ExtractCommandTest.run("show", "--index", tmp.resolve("none").toString(), "no/such/file.txt");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("vbtrace: show: no such document: no/such/file.txt"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anIdOrSourceIsLookedUpInTheIndex() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path seed = Files.copy(Path.of(SEED), corpus.resolve(Path.of(SEED).getFileName()));
        String index = tmp.resolve("index").toString();
        assertEquals(0, ExtractCommandTest.run("ingest", "--no-progress", "--index", index, corpus.toString()).code());

        for (String id : new String[] {"2774/KH-UBND", "02774/kh-ubnd", seed.toString(), seed.getFileName().toString()}) {
            ExtractCommandTest.Run run = ExtractCommandTest.run("show", "--index", index, id);
            assertEquals(0, run.code(), id + ": " + run.err());
            assertTrue(run.out().startsWith("Kế hoạch 2774/KH-UBND"), id + ": " + run.out());
            assertTrue(run.out().contains("issuer        Ủy ban nhân dân tỉnh Bắc Giang"), run.out());
        }
        Files.delete(seed); // the index still holds its record
        ExtractCommandTest.Run json = ExtractCommandTest.run("show", "--json", "--index", index, seed.toString());
        assertEquals(0, json.code(), json.err());
        assertEquals("2774/KH-UBND", Json.MAPPER.readTree(json.out()).get("document").get("number").asText());

        ExtractCommandTest.Run unknown = ExtractCommandTest.run("show", "--index", index, "9999/KH-UBND");
        assertEquals(2, unknown.code());
        assertEquals("vbtrace: show: no such document: 9999/KH-UBND (not a file, nor a source or number in " + index + ")",
                unknown.err().strip());
        assertEquals("", unknown.out());
    }
}
