package vbtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.SharedData;
import vbtrace.model.Json;

/** {@code vbtrace ingest} and {@code vbtrace search} end to end over copies of the seeds. */
class IngestCommandTest {
    @TempDir
    Path tmp;

    Path copySeeds() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> s = Files.list(SharedData.SEEDS)) {
            for (Path p : s.sorted().toList()) Files.copy(p, corpus.resolve(p.getFileName()));
        }
        return corpus;
    }

    JsonNode ingest(int expectedCode, String... args) throws Exception {
        String[] all = Stream.concat(Stream.of("ingest", "--json", "--index", tmp.resolve("index").toString()), Stream.of(args))
                .toArray(String[]::new);
        ExtractCommandTest.Run run = ExtractCommandTest.run(all);
        assertEquals(expectedCode, run.code(), run.err());
        return Json.MAPPER.readTree(run.out());
    }

    long generation() throws Exception {
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(tmp.resolve("index")))) {
            return r.getIndexCommit().getGeneration();
        }
    }

    @Test
    void reingestIsIdempotentAndChangedFilesReplaceTheirRecords() throws Exception {
        Path corpus = copySeeds();
        JsonNode first = ingest(0, corpus.toString());
        assertEquals(5, first.get("ingested").asInt());
        assertEquals(5, first.get("documents").asInt());
        long generation = generation();

        JsonNode again = ingest(0, corpus.toString());
        assertEquals(0, again.get("ingested").asInt());
        assertEquals(5, again.get("unchanged").asInt());
        assertEquals(generation, generation(), "an unchanged corpus must not write a commit");

        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.sorted().toList();
        }
        Files.writeString(files.get(0), "\n\nĐoạn bổ sung về quản lý vùng nuôi tôm hùm xuất khẩu.\n",
                java.nio.file.StandardOpenOption.APPEND);
        JsonNode changed = ingest(0, corpus.toString());
        assertEquals(1, changed.get("updated").asInt());
        assertEquals(4, changed.get("unchanged").asInt());
        assertEquals(5, changed.get("documents").asInt());
        ExtractCommandTest.Run found = ExtractCommandTest.run("search", "--json", "--index", tmp.resolve("index").toString(),
                "tom hum xuat khau");
        JsonNode result = Json.MAPPER.readTree(found.out());
        assertEquals(1, result.get("total").asInt());
        assertEquals(files.get(0).toString(), result.get("hits").get(0).get("source").asText());
        assertTrue(result.get("hits").get(0).get("snippets").get(0).asText().contains("<b>tôm hùm xuất khẩu</b>"));

        Files.delete(files.get(1));
        JsonNode kept = ingest(1, corpus.toString(), files.get(1).toString());
        assertEquals(5, kept.get("documents").asInt(), "without --prune a missing file stays indexed");
        JsonNode pruned = ingest(0, "--prune", corpus.toString());
        assertEquals(1, pruned.get("pruned").asInt());
        assertEquals(4, pruned.get("documents").asInt());
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheRestIsIndexed() throws Exception {
        Path corpus = copySeeds();
        ingest(0, corpus.toString());
        Path empty = Files.writeString(corpus.resolve("zz_empty.txt"), "");
        List<Path> seeds;
        try (Stream<Path> s = Files.list(corpus)) {
            seeds = s.filter(p -> !p.equals(empty)).sorted().toList();
        }
        Files.writeString(seeds.get(2), ""); // an indexed file that breaks keeps its old record
        String[] args = {"ingest", "--json", "--index", tmp.resolve("index").toString(), corpus.toString(),
                tmp.resolve("missing.txt").toString()};
        ExtractCommandTest.Run run = ExtractCommandTest.run(args);
        assertEquals(1, run.code());
        JsonNode report = Json.MAPPER.readTree(run.out());
        assertEquals(3, report.get("failed").size());
        assertEquals(5, report.get("documents").asInt());
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("zz_empty.txt") && l.contains("empty")), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.contains("missing.txt")), run.err());
    }

    @Test
    void searchWithoutAnIndexSaysSoInOneLine() {
        ExtractCommandTest.Run run = ExtractCommandTest.run("search", "--index", tmp.resolve("none").toString(), "dân tộc");
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("vbtrace ingest"));
    }
}
