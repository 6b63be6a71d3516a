package vbtrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.SharedData;
import vbtrace.model.DocumentInfo;
import vbtrace.model.ExtractionRecord;
import vbtrace.text.Canonical;

/**
 * Search over real documents (a slice of ../shared/data plus the seeds) as ingested by the real
 * pipeline: every document found first by its own number, by its title typed without diacritics,
 * both tone placements alike, facet counts matching their filters. Skips without ../shared.
 */
class SharedDataSearchTest {
    @TempDir
    static Path tmp;
    static Searcher searcher;
    static List<ExtractionRecord> records = new ArrayList<>();

    @BeforeAll
    static void ingest() throws Exception {
        Path data = SharedData.require("data");
        List<Path> files = new ArrayList<>();
        // a slice of each kind of rendering, small enough for a quick test
        for (var folder : java.util.Map.of("web-official", 14, "gazette", 6, "assembly-2025", 8).entrySet()) {
            try (Stream<Path> s = Files.list(data.resolve(folder.getKey()))) {
                s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted()
                        .limit(folder.getValue()).forEach(files::add);
            }
        }
        files.add(SharedData.SEEDS);
        Path index = tmp.resolve("index");
        try (Indexer indexer = new Indexer(index, Indexer.Options.DEFAULT)) {
            IngestReport report = indexer.ingest(files, false, IndexBenchmark.quiet());
            assertTrue(report.ingested() >= 30, report.toString());
        }
        searcher = new Searcher(index, new Snippets("[", "]", 240));
        StoredRecords.forEach(searcher.searcher().getIndexReader(), records::add);
    }

    @AfterAll
    static void close() throws Exception {
        if (searcher != null) searcher.close();
    }

    @Test
    void everyNumberedDocumentComesFirstForItsNumber() throws Exception {
        int numbered = 0;
        List<String> misses = new ArrayList<>();
        for (ExtractionRecord r : records) {
            String number = r.document().number();
            if (number == null) continue;
            numbered++;
            SearchResult.Hit first = searcher.search(SearchRequest.of(number)).hits().get(0);
            // two renderings of one document share its number; either may come first
            if (!first.source().equals(r.source()) && !number.equals(first.number())) misses.add(number + " → " + first.source());
        }
        Assumptions.assumeTrue(numbered > 0, "no document numbers extracted yet");
        assertTrue(misses.isEmpty(), misses.size() + " of " + numbered + ": " + misses);
    }

    @Test
    void titlesTypedWithoutDiacriticsFindTheirDocumentInTheTopThree() throws Exception {
        int titled = 0;
        List<String> misses = new ArrayList<>();
        for (ExtractionRecord r : records) {
            DocumentInfo d = r.document();
            if (d.title() == null || d.title().length() < 15) continue;
            titled++;
            List<SearchResult.Hit> hits = searcher.search(SearchRequest.of(Canonical.fold(d.title())).withLimit(3)).hits();
            boolean found = hits.stream().anyMatch(h -> h.source().equals(r.source())
                    || Canonical.fold(d.title()).equals(h.title() == null ? null : Canonical.fold(h.title())));
            if (!found) misses.add(r.source() + ": " + d.title());
        }
        Assumptions.assumeTrue(titled > 0, "no titles extracted yet");
        assertTrue(misses.size() <= titled / 20, misses.size() + " of " + titled + ": " + misses);
    }

    @Test
    void bothTonePlacementsFindTheSameDocuments() throws Exception {
        long newStyle = searcher.search(SearchRequest.of("\"Tỉnh ủy\"")).total();
        long oldStyle = searcher.search(SearchRequest.of("\"Tỉnh uỷ\"")).total();
        long folded = searcher.search(SearchRequest.of("\"tinh uy\"")).total();
        assertTrue(newStyle > 0);
        assertEquals(newStyle, oldStyle);
        assertEquals(newStyle, folded);
    }

    @Test
    void aSentenceTypedWithoutDiacriticsLandsOnItsParagraph() throws Exception {
        int checked = 0;
        for (ExtractionRecord r : records) {
            String text = Files.readString(Path.of(r.source()));
            List<String> sentences = new ArrayList<>();
            for (String line : text.split("\n")) {
                String clean = line.replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
                if (clean.split(" ").length >= 12 && clean.length() < 400) sentences.add(clean);
            }
            if (sentences.isEmpty()) continue;
            String sentence = sentences.get(sentences.size() / 2);
            String query = String.join(" ", List.of(sentence.split(" ")).subList(0, 10));
            SearchResult result = searcher.search(SearchRequest.of("\"" + Canonical.fold(query) + "\""));
            assertTrue(result.total() >= 1, query);
            SearchResult.Hit hit = result.hits().stream().filter(h -> h.source().equals(r.source())).findFirst().orElseThrow(
                    () -> new AssertionError("not found: " + query + " in " + r.source()));
            String marked = hit.snippets().get(0);
            assertTrue(Canonical.fold(marked.replaceAll("[\\[\\]]", "")).replaceAll("[^\\p{L}\\p{N}]+", " ")
                    .contains(Canonical.fold(query)), marked + " / " + query);
            checked++;
        }
        assertTrue(checked >= 20, "checked " + checked);
    }

    @Test
    void facetCountsEqualTheCountsOfTheirFilters() throws Exception {
        SearchResult all = searcher.search(SearchRequest.of("việc"));
        assertTrue(all.total() > 10);
        var types = all.facets().get(Schema.TYPE);
        Assumptions.assumeTrue(!types.isEmpty(), "no document types extracted yet");
        for (var e : types.entrySet()) {
            SearchRequest filtered = new SearchRequest("việc", e.getKey(), null, null, null, null, null, 10);
            assertEquals((long) e.getValue(), searcher.search(filtered).total(), e.getKey());
        }
        for (var e : all.facets().get(Schema.YEAR).entrySet()) {
            int y = Integer.parseInt(e.getKey());
            assertEquals((long) e.getValue(), searcher.search(new SearchRequest("việc", null, null, null, y, y, null, 10)).total());
        }
        int docs = searcher.searcher().count(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)));
        assertEquals(records.size(), docs);
        assertTrue(types.values().stream().mapToInt(Integer::intValue).sum() <= all.total());
        Set<String> dims = all.facets().keySet();
        assertTrue(dims.containsAll(List.of("type", "issuer", "year", "agency")));
    }
}
