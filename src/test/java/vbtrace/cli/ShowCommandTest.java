package vbtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vbtrace.model.Json;

/** {@code vbtrace show FILE}: the card and outline readably, the record with --json, one line for a missing file. */
class ShowCommandTest {
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
        ExtractCommandTest.Run run = ExtractCommandTest.run("show", "no/such/file.txt");
        assertEquals(2, run.code());
        assertEquals("vbtrace: show: no such document: no/such/file.txt", run.err().strip());
        assertEquals("", run.out());
    }
}
