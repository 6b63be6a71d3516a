package vbtrace.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.model.DocumentInfo;
import vbtrace.model.ExtractionRecord;
import vbtrace.model.Mention;
import vbtrace.model.Reference;
import vbtrace.model.Relation;
import vbtrace.model.RelationType;

class CorpusGraphTest {
    static ExtractionRecord record(String source, DocumentInfo doc, List<Reference> refs, List<Relation> rels) {
        return new ExtractionRecord(source, "0", 0, "text/plain", "UTF-8", doc, refs, rels, null, null, null, null, null,
                null, null);
    }

    static DocumentInfo doc(String type, String number, String issuer, String jurisdiction, String date, String title) {
        return new DocumentInfo(type, null, number, issuer, jurisdiction, null, date, title, null, List.of(), List.of());
    }

    static Reference ref(String id, String type, String date, String issuer, String subject, RelationType rel) {
        return new Reference(id, type, date, issuer, subject, rel, null, List.of(new Mention(0, 10, "số " + id)));
    }

    @Test
    void localSymbolsAreScopedAndDifferentSymbolsNeverMerge() {
        var a = record("a.txt", doc("KH", null, "Ủy ban nhân dân tỉnh Lạng Sơn", "tỉnh Lạng Sơn", null, "Kế hoạch A"),
                List.of(ref("1364-KL/TU", "KL", "2020-07-07", "Ban Thường vụ Tỉnh ủy", null, RelationType.IMPLEMENTS),
                        ref("28/CT-TTg", "CT", null, "Thủ tướng Chính phủ", null, RelationType.CITES)), List.of());
        var b = record("b.txt", doc("KH", "5/KH-UBND", "Ủy ban nhân dân tỉnh Cao Bằng", "tỉnh Cao Bằng", null, "Kế hoạch B"),
                List.of(ref("1364-KL/TU", "KL", "2021-01-01", "Ban Thường vụ Tỉnh ủy", null, RelationType.CITES)), List.of());
        var c = record("c.txt", doc("KH", null, "Huyện ủy Bảo Yên", "huyện Bảo Yên (tỉnh Lào Cai)", null, "Kế hoạch C"),
                List.of(ref("28-CT/TU", "CT", "2022-07-01", "Ban Thường vụ Tỉnh ủy", null, RelationType.IMPLEMENTS)), List.of());
        CorpusGraph g = CorpusGraph.build(List.of(a, b, c));
        assertEquals(2, g.find("1364-KL/TU").size());
        assertTrue(g.node("1364-KL/TU@tỉnh Lạng Sơn").isPresent());
        assertTrue(g.node("1364-KL/TU@tỉnh Cao Bằng").isPresent());
        assertTrue(g.node("28-CT/TU@tỉnh Lào Cai").isPresent(), "a Tỉnh ủy's number cited from a district: its province");
        assertTrue(g.node("28/CT-TTg").isPresent(), "national symbols need no scope");
        assertNotEquals(g.find("28/CT-TTg"), g.find("28-CT/TU"));
        assertEquals("b.txt", g.node("5/KH-UBND@tỉnh Cao Bằng").orElseThrow().source());
    }

    @Test
    void aNumberlessDocumentIsMatchedToWhatOthersSayOfIt() {
        var plan = record("plan.txt", doc("KH", null, "Ủy ban nhân dân tỉnh Lạng Sơn", "tỉnh Lạng Sơn", "2022-03", "Triển khai"),
                List.of(ref("58-NQ/TU", "NQ", "2021-11-29", "Ban Chấp hành Đảng bộ tỉnh",
                        "về công tác dân tộc và thực hiện Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
                        RelationType.IMPLEMENTS)), List.of());
        var resolution = record("res.txt", doc("NQ", null, "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn", "tỉnh Lạng Sơn", null,
                "Về công tác dân tộc và thực hiện Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số"),
                List.of(ref("65-KL/TW", "KL", null, "Bộ Chính trị", null, RelationType.CITES)), List.of());
        var other = record("other.txt", doc("NQ", null, "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn", "tỉnh Lạng Sơn", null,
                "Về phát triển du lịch"), List.of(), List.of());
        CorpusGraph g = CorpusGraph.build(List.of(plan, resolution, other));
        GraphNode n = g.node("58-NQ/TU@tỉnh Lạng Sơn").orElseThrow();
        assertEquals("res.txt", n.source());
        assertNotNull(n.matchScore());
        assertTrue(n.matchScore() >= DocumentMatcher.THRESHOLD);
        assertEquals(1, n.citedBy());
        assertTrue(g.outgoing(n.key()).stream().anyMatch(e -> e.to().equals("65-KL/TW")), "its own references move with it");
        assertTrue(g.node("doc:other.txt").isPresent(), "an unrelated title does not match");
        assertTrue(g.node("doc:res.txt").isEmpty());
    }

    @Test
    void copiesOfOneTitleTakeTheCitedNodesInOrderAndACloserSubjectFirst() {
        String subject = "về công tác dân tộc và thực hiện Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số";
        List<ExtractionRecord> records = new java.util.ArrayList<>();
        for (String id : List.of("58-NQ/TU", "59-NQ/TU", "60-NQ/TU")) {
            records.add(record("plan-" + id.substring(0, 2) + ".txt", doc("KH", null, null, "tỉnh Lạng Sơn", null, "Triển khai"),
                    List.of(ref(id, "NQ", null, null, subject, RelationType.IMPLEMENTS)), List.of()));
        }
        records.add(record("plan-61.txt", doc("KH", null, null, "tỉnh Lạng Sơn", null, "Triển khai"),
                List.of(ref("61-NQ/TU", "NQ", null, null, subject + " giai đoạn 2021 - 2025", RelationType.IMPLEMENTS)), List.of()));
        String title = "Về công tác dân tộc và thực hiện Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2025";
        for (String source : List.of("r1.txt", "r2.txt", "r3.txt")) {
            records.add(record(source, doc("NQ", null, null, "tỉnh Lạng Sơn", null, title), List.of(), List.of()));
        }
        CorpusGraph g = CorpusGraph.build(records);
        assertEquals("r1.txt", g.node("61-NQ/TU@tỉnh Lạng Sơn").orElseThrow().source(), "the exact subject first");
        assertEquals("r2.txt", g.node("58-NQ/TU@tỉnh Lạng Sơn").orElseThrow().source(), "then equal scores in node order");
        assertEquals("r3.txt", g.node("59-NQ/TU@tỉnh Lạng Sơn").orElseThrow().source());
        assertNull(g.node("60-NQ/TU@tỉnh Lạng Sơn").orElseThrow().source(), "each node is taken once");
    }

    @Test
    void aContradictingDateOrTypePreventsTheMatch() {
        var plan = record("plan.txt", doc("KH", null, null, "tỉnh Lạng Sơn", null, null),
                List.of(ref("58-NQ/TU", "NQ", "2021-11-29", null, "về công tác dân tộc", RelationType.IMPLEMENTS)), List.of());
        var wrongDate = record("x.txt", doc("NQ", null, null, "tỉnh Lạng Sơn", "2019-01-01", "Về công tác dân tộc"), List.of(), List.of());
        var wrongType = record("y.txt", doc("CT", null, null, "tỉnh Lạng Sơn", null, "Về công tác dân tộc"), List.of(), List.of());
        CorpusGraph g = CorpusGraph.build(List.of(plan, wrongDate, wrongType));
        assertNull(g.node("58-NQ/TU@tỉnh Lạng Sơn").orElseThrow().source());
        assertEquals(List.of("58-NQ/TU@tỉnh Lạng Sơn"), g.unresolved().stream().map(GraphNode::key).toList());
    }

    @Test
    void secondOrderRelationsJoinTheGraphAndSurviveSaveAndLoad(@TempDir Path dir) throws Exception {
        var a = record("a.txt", doc("KH", null, null, "tỉnh Lạng Sơn", null, "Kế hoạch"),
                List.of(ref("1364-KL/TU", "KL", null, null, null, RelationType.IMPLEMENTS),
                        ref("65-KL/TW", "KL", null, null, null, RelationType.CITES)),
                List.of(new Relation("1364-KL/TU", "65-KL/TW", RelationType.IMPLEMENTS, "Kết luận số 1364-KL/TU … gắn với việc thực hiện Kết luận số 65-KL/TW")));
        var b = record("b.txt", doc("NQ", null, null, "tỉnh Lạng Sơn", null, "Nghị quyết"),
                List.of(ref("65-KL/TW", "KL", null, null, null, RelationType.CITES)),
                List.of(new Relation("65-KL/TW", "24-NQ/TW", RelationType.IMPLEMENTS, "Kết luận số 65-KL/TW … thực hiện Nghị quyết số 24-NQ/TW")));
        CorpusGraph g = CorpusGraph.build(List.of(a, b));
        Path file = dir.resolve("graph.json");
        g.save(file);
        CorpusGraph loaded = CorpusGraph.load(file);
        assertEquals(g.nodes().size(), loaded.nodes().size());
        assertEquals(g.edges(), loaded.edges());
        Trace up = Trace.of(loaded, loaded.find("doc:a.txt").get(0), true, false, 10, false);
        assertEquals(List.of("doc:a.txt", "1364-KL/TU@tỉnh Lạng Sơn", "65-KL/TW", "24-NQ/TW"),
                up.nodes().stream().map(GraphNode::key).toList());
        GraphEdge second = loaded.outgoing("65-KL/TW").get(0);
        assertEquals("b.txt", second.evidence().source());
        assertEquals(List.of("b.txt"), second.statedBy());
        Trace oneStep = Trace.of(loaded, loaded.find("doc:a.txt").get(0), true, false, 1, false);
        assertEquals(2, oneStep.nodes().size());
    }
}
