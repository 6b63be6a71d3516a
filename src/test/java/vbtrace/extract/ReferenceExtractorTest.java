package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vbtrace.model.DocumentInfo;
import vbtrace.model.Reference;
import vbtrace.model.Relation;
import vbtrace.model.RelationType;
import vbtrace.model.Span;
import vbtrace.structure.DocumentStructure;

class ReferenceExtractorTest {
    private final ReferenceExtractor extractor = new ReferenceExtractor();

    /** A structure with the title and opening at the given substrings of {@code text}. */
    private static DocumentStructure structure(String text, String title, String opening, String number, Span... stamps) {
        Span t = title == null ? null : new Span(text.indexOf(title), text.indexOf(title) + title.length());
        Span o = opening == null ? null : new Span(text.indexOf(opening), text.indexOf(opening) + opening.length());
        DocumentInfo card = new DocumentInfo("KH", "Kế hoạch", number, null, null, null, null, null, null, List.of(), List.of());
        return new DocumentStructure(card, List.of(), null, t, o, null, null, List.of(stamps));
    }

    private static Map<String, Reference> byId(List<Reference> refs) {
        return refs.stream().collect(Collectors.toMap(Reference::id, r -> r));
    }

    private static final String TITLE = "Triển khai thực hiện Kết luận số 1364-KL/TU ngày 07/7/2020 của Ban Thường vụ Tỉnh ủy "
            + "về tiếp tục thực hiện Chỉ thị số 29-CT/TU ngày 25/4/2014 của Ban Thường vụ Tỉnh ủy gắn với việc thực hiện "
            + "Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc";

    @Test
    void implementsOnlyWhatTheTitleCarriesOutAndLinksItsSubject() {
        String opening = "Thực hiện Kết luận số 1364-KL/TU ngày 07/7/2020 của Ban Thường vụ Tỉnh ủy về công tác dân tộc "
                + "(sau đây gọi tắt là Kết luận số 1364-KL/TU), UBND tỉnh ban hành Kế hoạch như sau:";
        String text = "KẾ HOẠCH\n\n" + TITLE + "\n\n" + opening + "\n\nI. MỤC ĐÍCH\n\n"
                + "- Cụ thể hóa Kết luận số 1364-KL/TU gắn với triển khai thực hiện có hiệu quả Quyết định số 1719/QĐ-TTg "
                + "ngày 14 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình.\n";
        var result = extractor.extract(text, structure(text, TITLE, opening, null));
        Map<String, Reference> refs = byId(result.references());
        assertEquals(RelationType.IMPLEMENTS, refs.get("1364-KL/TU").relation());
        assertEquals(RelationType.CITES, refs.get("29-CT/TU").relation());
        assertEquals(RelationType.CITES, refs.get("65-KL/TW").relation());
        assertEquals(RelationType.CITES, refs.get("1719/QĐ-TTg").relation());
        assertEquals("2020-07-07", refs.get("1364-KL/TU").date());
        assertEquals("2021-10-14", refs.get("1719/QĐ-TTg").date());
        assertEquals("Ban Thường vụ Tỉnh ủy", refs.get("1364-KL/TU").issuer());
        assertEquals("Thủ tướng Chính phủ", refs.get("1719/QĐ-TTg").issuer());
        assertEquals("KL", refs.get("65-KL/TW").type());
        assertEquals(4, refs.get("1364-KL/TU").mentions().size());
        assertTrue(refs.get("1364-KL/TU").mentions().get(0).text().startsWith("Kết luận số"));
        assertEquals(List.of("1364-KL/TU>29-CT/TU", "1364-KL/TU>65-KL/TW"),
                result.relations().stream().map(r -> r.from() + ">" + r.to()).toList());
        assertTrue(result.relations().get(0).evidence().contains("về tiếp tục thực hiện Chỉ thị số 29-CT/TU"));
    }

    @Test
    void aDocumentApprovedInAnotherImplementsIt() {
        String text = "Quyết định\n\nI. NHIỆM VỤ\n\n- Xây dựng công trình theo Quyết định số 755/QĐ-TTg đã được UBND tỉnh duyệt "
                + "tại Quyết định 954/QĐ-UBND ngày 03/7/2014.\n";
        List<Relation> rel = extractor.extract(text, structure(text, null, null, null)).relations();
        assertEquals(1, rel.size());
        assertEquals("954/QĐ-UBND", rel.get(0).from());
        assertEquals("755/QĐ-TTg", rel.get(0).to());
    }

    @Test
    void aPlanNamedWithWhatItCarriesOut() {
        String text = "I. CĂN CỨ\n\nTheo Kế hoạch số 178/KH-UBND ngày 12/9/2025 của UBND tỉnh thực hiện Kết luận số 149-KL/TW "
                + "của Bộ Chính trị, các sở triển khai.\n";
        List<Relation> rel = extractor.extract(text, structure(text, null, null, null)).relations();
        assertEquals(List.of("178/KH-UBND>149-KL/TW"), rel.stream().map(r -> r.from() + ">" + r.to()).toList());
    }

    @Test
    void plansIssuedToCarryOutAndAmendments() {
        String text = "I. CĂN CỨ\nQuyết định số 3103/QĐ-BTC ngày 05 tháng 9 năm 2025 của Bộ Tài chính ban hành Kế hoạch tổng thể "
                + "triển khai Quyết định số 06/QĐ-TTg.\nKế hoạch số 4354/KH-UBND của Ủy ban nhân dân Thành phố về việc triển khai "
                + "Kế hoạch hành động số 459-KHHĐ/TU.\nLuật số 62/2020/QH14 sửa đổi, bổ sung một số điều của Luật Xây dựng số "
                + "50/2014/QH13.\nCăn cứ Luật Nhà ở số 27/2023/QH15, được sửa đổi, bổ sung tại Luật số 43/2024/QH15;\n";
        List<Relation> rel = extractor.extract(text, structure(text, null, null, null)).relations();
        assertEquals(List.of("3103/QĐ-BTC>6/QĐ-TTg IMPLEMENTS", "4354/KH-UBND>459-KHHĐ/TU IMPLEMENTS", "62/2020/QH14>50/2014/QH13 CITES",
                        "43/2024/QH15>27/2023/QH15 CITES"),
                rel.stream().map(r -> r.from() + ">" + r.to() + " " + r.relation()).toList());
    }

    @Test
    void aVerbCarriesOutANumberlessDocumentAndTheNumberedOneAfterIt() {
        String text = "I. KẾT QUẢ\nChính phủ đã ban hành Nghị quyết số 109/NQ-CP cập nhật, bổ sung Chương trình hành động của "
                + "Chính phủ thực hiện Nghị quyết Đại hội Đảng lần thứ XIV và Kết luận số 18-KL/TW của Trung ương;\n"
                // "quy định chi tiết … của Luật X và Nghị định số …": the two decrees are listed, one does not detail the other
                + "Nghị định số 118/2024/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thi hành án hình sự và "
                + "Nghị định số 09/2023/NĐ-CP quy định chi tiết thi hành Nghị quyết số 54/2022/QH15;\n";
        List<String> rel = extractor.extract(text, structure(text, null, null, null)).relations().stream()
                .map(r -> r.from() + ">" + r.to()).toList();
        assertTrue(rel.contains("109/NQ-CP>18-KL/TW"), rel.toString());
        assertFalse(rel.contains("118/2024/NĐ-CP>9/2023/NĐ-CP"), rel.toString());
    }

    @Test
    void anAmendmentAfterTheSubjectGoesToTheActOfItsOwnSeriesAndNeverBackInTime() {
        String text = "I. CĂN CỨ\nCăn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ Ban hành chương trình hành động "
                + "của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển "
                + "khoa học, công nghệ được sửa đổi, bổ sung cập nhật một số điều tại Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025;\n"
                + "Căn cứ Thông tư số 80/2021/TT-BTC hướng dẫn thi hành Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP "
                + "được sửa đổi, bổ sung bởi Thông tư số 40/2025/TT-BTC;\n"
                + "Thông tư số 68/2024/TT-BTC đã được thay thế tại Điều 40 Thông tư số 119/2020/TT-BTC.\n";
        List<String> rel = extractor.extract(text, structure(text, null, null, null)).relations().stream()
                .filter(r -> r.relation() == RelationType.CITES).map(r -> r.from() + ">" + r.to()).toList();
        // a circular does not amend a decree, nor a 2020 circular one of 2024
        assertEquals(List.of("71/NQ-CP>3/NQ-CP"), rel);
    }

    @Test
    void basedOnFromTheLegalBasisParagraphs() {
        String text = "QUYẾT ĐỊNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nCăn cứ Nghị định số 134/2006/NĐ-CP của Chính phủ;"
                + "\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này. Căn cứ Thông tư số 5/2020/TT-BTC.\n";
        Map<String, Reference> refs = byId(extractor.extract(text, structure(text, null, null, null)).references());
        assertEquals(RelationType.BASED_ON, refs.get("134/2006/NĐ-CP").relation());
        assertEquals(RelationType.CITES, refs.get("5/2020/TT-BTC").relation());
        assertNull(refs.get("134/2006/NĐ-CP").date());
    }

    @Test
    void skipsStampsAndTheOwnNumberAndKeepsAnaphora() {
        String text = "Số: 2774/KH-UBND\n\nKẾ HOẠCH\n\nThực hiện Chỉ thị số 28/CT-TTG ngày 10/9/2014 của Thủ tướng Chính phủ\n\n"
                + "CÔNG VĂN ĐẾN SỐ 1860/BDT-VP\n\n"
                + "I. MỤC ĐÍCH\n\nTổ chức thực hiện Chỉ thị của Thủ tướng Chính phủ; quán triệt Chỉ thị nêu trên. "
                + "Hotline 0912.345.678.\n";
        int stamp = text.indexOf("CÔNG VĂN");
        String title = "Thực hiện Chỉ thị số 28/CT-TTG ngày 10/9/2014 của Thủ tướng Chính phủ";
        var refs = extractor.extract(text, structure(text, title, null, null, new Span(stamp, stamp + 30))).references();
        assertEquals(List.of("28/CT-TTg"), refs.stream().map(Reference::id).toList());
        Reference r = refs.get(0);
        assertEquals(RelationType.IMPLEMENTS, r.relation());
        assertEquals("2014-09-10", r.date());
        assertEquals(3, r.mentions().size());
        assertEquals("Chỉ thị nêu trên", r.mentions().get(2).text());
    }

    @Test
    void datesAndIssuersAsWrittenInTheWild() {
        String text = "I. NỘI DUNG\n\nTheo Thông tư số 27/2016/TT-BLĐTBXH ngày 01 tháng 9 năm 2016 của Bộ trưởng Bộ Lao động - "
                + "Thương binh và Xã hội và Nghị định số 63/2010/NĐ-CP ngày ngày 08\ntháng 6 năm 2010 của Bộ Tài chính về kiểm soát; "
                + "Luật số 72/2025/QH15 ngày* *16/6/2025; Công văn số 4687/STC-GCS ngày   tháng 10 năm 2025 về giá.\n";
        Map<String, Reference> refs = byId(extractor.extract(text, structure(text, null, null, null)).references());
        assertEquals("Bộ trưởng Bộ Lao động - Thương binh và Xã hội", refs.get("27/2016/TT-BLĐTBXH").issuer());
        assertEquals("2010-06-08", refs.get("63/2010/NĐ-CP").date());
        assertEquals("Bộ Tài chính", refs.get("63/2010/NĐ-CP").issuer());
        assertEquals("2025-06-16", refs.get("72/2025/QH15").date());
        assertEquals("2025-10", refs.get("4687/STC-GCS").date());
    }

    @Test
    void shortNamesAndListsInTheTitle() {
        String title = "Kế hoạch thực hiện Nghị quyết số 12-NQ/TU ngày 3/2/2022 của Tỉnh ủy về du lịch và Chỉ thị số 5-CT/TU "
                + "của Ban Thường vụ Tỉnh ủy";
        String opening = "Thực hiện Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị về phân cấp "
                + "(sau đây gọi tắt là Quy định 377), Ban Tổ chức hướng dẫn như sau:";
        String text = title + "\n\n" + opening + "\n\n1. Theo Quy định 377, cấp ủy quyết định; Quy định 3771 khác.\n";
        Map<String, Reference> refs = byId(extractor.extract(text, structure(text, title, opening, null)).references());
        assertEquals(RelationType.IMPLEMENTS, refs.get("12-NQ/TU").relation());
        assertEquals(RelationType.IMPLEMENTS, refs.get("5-CT/TU").relation());
        assertEquals(RelationType.IMPLEMENTS, refs.get("377-QĐ/TW").relation());
        assertEquals(List.of("Quy định số 377-QĐ/TW", "Quy định 377", "Quy định 377"),
                refs.get("377-QĐ/TW").mentions().stream().map(m -> m.text()).toList());
    }

    @Test
    void implementingWordsOfOpenings() {
        for (String opening : List.of("Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Kết luận số 12-KL/TU ngày 3/2/2022,",
                "Quán triệt và triển khai thực hiện Kết luận số 12-KL/TU,", "Để triển khai thực hiện có hiệu quả Kết luận số 12-KL/TU,")) {
            String text = "KẾ HOẠCH\n\n" + opening + " Huyện ủy ban hành Kế hoạch.\n\nI. MỤC ĐÍCH\n\nBáo cáo kết quả thực hiện "
                    + "Chỉ thị số 3-CT/TU.\n";
            Map<String, Reference> refs = byId(extractor.extract(text, structure(text, null, opening, null)).references());
            assertEquals(RelationType.IMPLEMENTS, refs.get("12-KL/TU").relation(), opening);
            assertEquals(RelationType.CITES, refs.get("3-CT/TU").relation());
        }
        String topic = "Báo cáo tình hình thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị";
        var refs = extractor.extract(topic + "\n", structure(topic + "\n", topic, null, null)).references();
        assertEquals(RelationType.CITES, refs.get(0).relation());
    }

    @Test
    void oneVerbGovernsEveryItemOfASemicolonList() {
        // the opening of Hướng dẫn 37-HD/BTGDVTW (2025), and a "Căn cứ" list that must stay BASED_ON
        String opening = "Căn cứ Điều lệ Đảng; Quy định số 232-QĐ/TW ngày 20/01/2025 của Ban Chấp hành Trung ương;\n"
                + "Thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư “Về tiếp tục đổi mới và nâng cao chất "
                + "lượng sinh hoạt chi bộ trong giai đoạn mới”; Quy định số 339-QĐ/TW, ngày 10/7/2025 của Ban Bí thư “Về sử "
                + "dụng ứng dụng Sổ tay đảng viên điện tử”; Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung "
                + "ương thực hiện Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư, Ban Tuyên giáo và Dân vận Trung ương "
                + "hướng dẫn như sau:";
        String text = "HƯỚNG DẪN\n\n" + opening + "\n\nI. MỤC ĐÍCH\n\nĐánh giá việc thực hiện Chỉ thị số 50-CT/TW; "
                + "Kết luận số 12-KL/TW được nêu trong báo cáo.\n";
        Map<String, Reference> refs = byId(extractor.extract(text, structure(text, null, opening, null)).references());
        for (String id : List.of("50-CT/TW", "339-QĐ/TW", "42-HD/BTCTW")) assertEquals(RelationType.IMPLEMENTS, refs.get(id).relation(), id);
        assertEquals(RelationType.BASED_ON, refs.get("232-QĐ/TW").relation());
        assertEquals(RelationType.CITES, refs.get("12-KL/TW").relation());
    }

    @Test
    void aProgrammeOfActionCarriesOutWhatItNames() {
        String text = "Nghị quyết số 88/NQ-CP ngày 22/7/2022 của Chính phủ về chương trình hành động thực hiện Nghị quyết "
                + "số 10-NQ/TW; Chỉ thị số 38-CT/TTg ngày 29/9/2020 của Thủ tướng Chính phủ về tiếp tục tăng cường công tác.\n";
        List<Relation> rel = extractor.extract(text, structure(text, null, null, null)).relations();
        assertEquals(List.of("88/NQ-CP>10-NQ/TW IMPLEMENTS"), rel.stream().map(r -> r.from() + ">" + r.to() + " " + r.relation()).toList());
    }

    @Test
    void jurisdictionFromTheMentionsOwnWords() {
        String text = "I. NỘI DUNG\n\nThực hiện Chỉ thị số 28-CT/TU ngày 01/7/2022 của Tỉnh ủy Lào Cai và Nghị quyết số "
                + "10/NQ-CP ngày 3/2/2020 của Chính phủ.\n";
        Map<String, Reference> refs = byId(extractor.extract(text, structure(text, null, null, null)).references());
        assertEquals("tỉnh Lào Cai", refs.get("28-CT/TU").jurisdiction());
        assertNull(refs.get("10/NQ-CP").jurisdiction());
    }
}
