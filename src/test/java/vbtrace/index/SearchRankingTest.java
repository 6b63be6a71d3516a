package vbtrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.model.Role;
import vbtrace.model.Task;

/** Ranking, filters, facets and snippets over documents with hand-made metadata. */
class SearchRankingTest {
    @TempDir
    static Path dir;
    static Searcher searcher;

    @BeforeAll
    static void index() throws Exception {
        List<HandIndex.Doc> docs = new ArrayList<>();
        docs.add(HandIndex.doc("a.txt", "QĐ", "402/QĐ-TTg", "Thủ tướng Chính phủ", "2014-09-10",
                "Phê duyệt Đề án nâng cao hiệu lực quản lý nhà nước về công tác dân tộc",
                "Điều 1. Phê duyệt Đề án.\n\nĐiều 2. Ủy ban Dân tộc chủ trì, phối hợp với các bộ.",
                List.of("Ủy ban Dân tộc"), List.of()));
        for (int i = 0; i < 4; i++) {
            // these cite 402/QĐ-TTg many times: they must still rank below the document itself
            docs.add(HandIndex.doc("cite" + i + ".txt", "KH", (100 + i) + "/KH-UBND", "Ủy ban nhân dân tỉnh Lạng Sơn",
                    "202" + i + "-03-01", "Kế hoạch thực hiện Quyết định số 402/QĐ-TTg năm 202" + i,
                    ("Thực hiện Quyết định số 402/QĐ-TTg của Thủ tướng Chính phủ; Quyết định 402/QĐ-TTg đề ra.\n\n").repeat(3)
                            + "Sở Nội vụ chủ trì triển khai công tác cải cách hành chính.",
                    List.of("Sở Nội vụ"), List.of(new Task("Sở Nội vụ", Role.LEAD, List.of("Sở Tài chính"), "II",
                            "Sở Nội vụ chủ trì", 0, 10))));
        }
        docs.add(HandIndex.doc("nq.txt", "NQ", "58-NQ/TU", "Tỉnh ủy Lào Cai", "2021-06-01",
                "Nghị quyết về phát triển du lịch gắn với bảo tồn văn hóa các dân tộc",
                "Ban Thường vụ Tỉnh uỷ lãnh đạo phát triển du lịch cộng đồng.\n\nCác cấp ủy đảng quán triệt.",
                List.of("Ban Thường vụ Tỉnh ủy"), List.of()));
        docs.add(HandIndex.doc("hoa.txt", "CT", "12/CT-UBND", "Ủy ban nhân dân tỉnh Hòa Bình", "2023-01-05",
                "Chỉ thị về tăng cường phòng cháy chữa cháy rừng mùa khô",
                "Kiểm lâm phối hợp chính quyền xã tuần tra rừng, phòng cháy chữa cháy rừng.", List.of("Chi cục Kiểm lâm"), List.of()));
        HandIndex.write(dir, docs);
        searcher = new Searcher(dir, new Snippets("[", "]", 200));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    static SearchResult search(String q) throws Exception {
        return searcher.search(SearchRequest.of(q));
    }

    @Test
    void aDocumentNumberFindsThatDocumentBeforeThoseCitingIt() throws Exception {
        for (String q : List.of("402/QĐ-TTg", "402/qd-ttg", "Quyết định 402/QĐ-TTg", "402 / QĐ-TTg")) {
            SearchResult r = search(q);
            assertEquals("a.txt", r.hits().get(0).source(), q);
            assertTrue(r.total() >= 5, q);
        }
        assertEquals("nq.txt", search("58-NQ/TU").hits().get(0).source());
    }

    @Test
    void aTitleWithoutDiacriticsFindsItsDocumentInTheTopThree() throws Exception {
        SearchResult r = search("phe duyet de an nang cao hieu luc quan ly nha nuoc ve cong tac dan toc");
        assertEquals("a.txt", r.hits().get(0).source());
        r = search("chi thi phong chay chua chay rung mua kho");
        assertEquals("hoa.txt", r.hits().get(0).source());
    }

    @Test
    void exactSpellingRanksAboveTheFoldedMatch() throws Exception {
        // "dân tộc" is in a.txt's and nq.txt's titles; typed with diacritics both match, both forms counted
        SearchResult folded = search("dan toc"), exact = search("dân tộc");
        assertEquals(folded.total(), exact.total());
        assertTrue(exact.hits().get(0).score() > folded.hits().get(0).score());
    }

    @Test
    void oldAndNewTonePlacementFindEachOther() throws Exception {
        SearchResult r = search("\"Tỉnh ủy\" du lịch");
        assertEquals("nq.txt", r.hits().get(0).source());
        assertTrue(r.hits().get(0).snippets().stream().anyMatch(s -> s.contains("[Tỉnh uỷ]")), r.hits().get(0).snippets().toString());
    }

    @Test
    void phrasesAndOperators() throws Exception {
        assertEquals(List.of("hoa.txt"), sources(search("\"chữa cháy rừng\"")));
        assertEquals(0, search("\"rừng chữa cháy\"").total());
        // both bigrams of the phrase are in the text ("phòng cháy chữa cháy rừng"), the phrase is not
        assertEquals(0, search("\"phòng cháy rừng\"").total());
        assertEquals(List.of("hoa.txt"), sources(search("\"phong chay chua chay rung\"")));
        assertEquals(2, search("du lich OR kiem lam").total());
        SearchResult minus = search("dan toc -du");
        assertEquals(List.of("a.txt"), sources(minus));
    }

    @Test
    void snippetsMarkMatchesTypedWithoutDiacritics() throws Exception {
        SearchResult r = search("cai cach hanh chinh");
        assertEquals(4, r.total());
        assertTrue(r.hits().get(0).snippets().get(0).contains("[cải cách hành chính]"), r.hits().get(0).snippets().toString());
    }

    @Test
    void facetsCountAllMatchesAndFiltersNarrowThem() throws Exception {
        SearchResult all = search("402/QĐ-TTg");
        assertEquals(4, all.facets().get("type").get("KH"));
        assertEquals(1, all.facets().get("type").get("QĐ"));
        assertEquals(4, all.facets().get("agency").get("Sở Nội vụ"));
        assertEquals(4, all.facets().get("agency").get("Sở Tài chính"));
        assertEquals(1, all.facets().get("year").get("2014"));

        SearchRequest base = SearchRequest.of("402/QĐ-TTg");
        assertEquals(4, searcher.search(new SearchRequest(base.query(), "KH", null, null, null, null, null, 10)).total());
        assertEquals(1, searcher.search(new SearchRequest(base.query(), "qd", null, null, null, null, null, 10)).total());
        assertEquals(2, searcher.search(new SearchRequest(base.query(), null, null, null, 2021, 2022, null, 10)).total());
        assertEquals(4, searcher.search(new SearchRequest(base.query(), null, "UBND Lạng Sơn", null, null, null, null, 10)).total());
        assertEquals(4, searcher.search(new SearchRequest(base.query(), null, null, null, null, null, "so tai chinh", 10)).total());
        assertEquals(0, searcher.search(new SearchRequest(base.query(), null, null, null, null, null, "Sở Nội chính", 10)).total());
    }

    @Test
    void tasksAreSearchedAndFacetedByAgencyAndYear() throws Exception {
        ItemResult tasks = searcher.searchItems(new SearchRequest("*", null, null, null, null, null, "so noi vu", 10), Schema.KIND_TASK);
        assertEquals(4, tasks.total());
        assertEquals("Sở Nội vụ", tasks.hits().get(0).agency());
        assertEquals("LEAD", tasks.hits().get(0).role());
        assertEquals(4, tasks.facets().get("agency").get("Sở Tài chính"));
        assertEquals(1, tasks.facets().get("year").get("2021"));
        ItemResult in2021 = searcher.searchItems(new SearchRequest("chủ trì", null, null, null, 2021, 2021, null, 10), Schema.KIND_TASK);
        assertEquals(1, in2021.total());
        assertTrue(in2021.hits().get(0).text().contains("[chủ trì]"), in2021.hits().get(0).text());
    }

    @Test
    void aMalformedQueryIsSearchedLiterallyWithAWarning() throws Exception {
        SearchResult r = search("(cong tac AND");
        assertNotNull(r.warning());
        assertTrue(!r.warning().contains("\n"));
    }

    @Test
    void wordsNotAllPresentStillRankByHowManyMatch() throws Exception {
        SearchResult r = search("phòng cháy chữa cháy rừng xyzzy");
        assertEquals("hoa.txt", r.hits().get(0).source());
    }

    @Test
    void normsHeldInArraysScoreAsTheIndexDoes() throws Exception {
        try (org.apache.lucene.index.DirectoryReader plain = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir))) {
            org.apache.lucene.search.IndexSearcher direct = new org.apache.lucene.search.IndexSearcher(plain);
            for (String q : new String[] {"công tác dân tộc", "cai cach hanh chinh", "\"Tỉnh ủy\" du lịch", "402/QĐ-TTg"}) {
                org.apache.lucene.search.Query query = new QueryBuilder().parse(SearchRequest.of(q), false).documents();
                org.apache.lucene.search.ScoreDoc[] want = direct.search(query, 10).scoreDocs, got = searcher.searcher().search(query, 10).scoreDocs;
                assertTrue(want.length > 0, q);
                assertEquals(want.length, got.length, q);
                for (int i = 0; i < want.length; i++) {
                    assertEquals(want[i].doc, got[i].doc, q);
                    assertEquals(want[i].score, got[i].score, q);
                }
            }
        }
    }

    @Test
    void rankedThenRescoredHitsHaveTheirWholeScore() throws Exception {
        for (String q : new String[] {"công tác dân tộc", "thuc hien quyet dinh", "\"Tỉnh ủy\" du lịch", "phòng cháy rừng"}) {
            org.apache.lucene.search.ScoreDoc[] whole = searcher.searcher().search(
                    new QueryBuilder().parse(SearchRequest.of(q), false).documents(), 10).scoreDocs;
            List<SearchResult.Hit> hits = search(q).hits();
            assertEquals(whole.length, hits.size(), q);
            for (int i = 0; i < whole.length; i++) assertEquals(whole[i].score, hits.get(i).score(), whole[i].score * 1e-5, q);
        }
    }

    @Test
    void eachHitLandsOnPassagesOfItsOwnDocument() throws Exception {
        SearchResult r = search("Sở Nội vụ chủ trì");
        assertEquals(4, r.total());
        for (SearchResult.Hit h : r.hits()) {
            // the best passage first: the one paragraph of this document with all the words
            assertTrue(h.snippets().get(0).contains("[Sở Nội vụ chủ trì]"), h.snippets().toString());
            assertTrue(h.passages().get(0).start() > 0, h.source());
        }
    }

    private static List<String> sources(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::source).toList();
    }
}
