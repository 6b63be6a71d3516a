package vbtrace.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vbtrace.SharedData;
import vbtrace.ingest.DocumentReader;
import vbtrace.ingest.SourceText;
import vbtrace.model.DocumentInfo;
import vbtrace.model.OutlineNode;

/** The structure of the seed documents (plain text, headers partly or wholly missing). */
class SeedStructureTest {
    private final StructureAnalyzer analyzer = new StructureAnalyzer();

    private record Analyzed(String text, DocumentStructure s) {
        String at(vbtrace.model.Span span) {
            return text.substring(span.start(), span.end());
        }
    }

    private Analyzed seed(String prefix) throws Exception {
        try (var files = Files.list(SharedData.SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            try (DocumentReader reader = new DocumentReader()) {
                SourceText source = reader.read(p); // normalized as the pipeline reads it
                return new Analyzed(source.text(), analyzer.analyze(source));
            }
        }
    }

    @Test
    void planWithoutHeaderTakesIssuerFromOpeningSentence() throws Exception {
        Analyzed a = seed("000");
        DocumentInfo d = a.s().document();
        assertEquals("KH", d.type());
        assertNull(d.number());
        assertNull(d.date());
        assertEquals("Ủy ban nhân dân tỉnh Lạng Sơn", d.issuer());
        assertEquals("tỉnh Lạng Sơn", d.jurisdiction());
        assertTrue(a.at(a.s().title()).startsWith("Triển khai thực hiện Kết luận số 1364-KL/TU"));
        assertTrue(a.at(a.s().opening()).startsWith("Thực hiện Kết luận số 1364-KL/TU"));
        assertTrue(a.at(a.s().opening()).endsWith("như sau:"));
        assertEquals("Dương Xuân Huyền", d.signer().name());
        assertEquals("Phó Chủ tịch", d.signer().position());
        assertEquals("KT. Chủ tịch", d.signer().authority());
        assertEquals("Ủy ban Dân tộc", d.recipients().get(0));
        assertTrue(d.recipients().stream().noneMatch(r -> r.startsWith("Lưu")));
        assertTrue(a.at(a.s().recipients()).startsWith("Nơi nhận"));
    }

    @Test
    void blankDraftNumberAndBlankDay() throws Exception {
        DocumentInfo d = seed("001").s().document();
        assertNull(d.number());
        assertEquals("KH", d.type());
        assertEquals("Lạng Sơn", d.place());
        assertEquals("2022-03", d.date());
        assertEquals("Ủy ban nhân dân tỉnh Lạng Sơn", d.issuer()); // "UBND tỉnh ban hành" + the title's province
        assertEquals("KT. Chủ tịch", d.signer().authority());
    }

    @Test
    void stampNeitherNumbersNorSplitsTheTitle() throws Exception {
        Analyzed a = seed("002");
        DocumentInfo d = a.s().document();
        assertEquals("2774/KH-UBND", d.number());
        assertEquals("2015-09-29", d.date());
        assertEquals("Bắc Giang", d.place());
        assertEquals("Ủy ban nhân dân tỉnh Bắc Giang", d.issuer());
        assertEquals("Thực hiện Chỉ thị số 28/CT-TTG ngày 10/9/2014 của Thủ tướng Chính phủ về nâng cao hiệu lực quản lý "
                + "nhà nước về công tác dân tộc", d.title());
        assertNull(d.signer()); // routing notes and initials are not a signing block
        assertTrue(a.at(a.s().opening()).startsWith("Chỉ thị số 28/CT-TTg"));
        assertTrue(a.at(a.s().opening()).contains("Ủy ban nhân dân tỉnh Bắc Giang xây dựng Kế hoạch"));
        assertNotNull(a.s().header());
        assertTrue(a.at(a.s().header()).contains("Số:"));
    }

    @Test
    void partyDocumentsWithoutHeader() throws Exception {
        DocumentInfo plan = seed("003").s().document();
        assertEquals("Huyện ủy Bảo Yên", plan.issuer());
        assertEquals("T/M Ban Thường vụ", plan.signer().authority());
        assertEquals("Phó Bí thư", plan.signer().position());
        Analyzed resolution = seed("004");
        DocumentInfo d = resolution.s().document();
        assertEquals("NQ", d.type());
        assertEquals("Ban Chấp hành Đảng bộ tỉnh Lạng Sơn", d.issuer()); // the heading names it; "T/M TỈNH ỦY" signs for it
        assertTrue(d.title().startsWith("Về công tác dân tộc"));
        assertEquals(List.of("I", "II", "III", "IV"), resolution.s().outline().stream().map(OutlineNode::label).toList());
    }

    @Test
    void outlineSectionsNestAndGivePaths() throws Exception {
        Analyzed a = seed("000");
        List<OutlineNode> outline = a.s().outline();
        assertEquals(List.of("I", "II", "III"), outline.stream().map(OutlineNode::label).toList());
        OutlineNode iii = outline.get(2);
        assertEquals("TỔ CHỨC THỰC HIỆN", iii.heading());
        assertEquals(17, iii.children().stream().filter(n -> !Outlines.isBullet(n)).count());
        OutlineNode two = iii.children().stream().filter(n -> n.label().equals("2")).findFirst().orElseThrow();
        assertEquals("III.2", Outlines.path(outline, two.start() + 5));
        int inSub = a.text().indexOf("2.1. Các sở, ban, ngành");
        assertEquals("II.2.1", Outlines.path(outline, inSub + 10));
        assertTrue(iii.end() <= a.s().recipients().start());
    }
}
