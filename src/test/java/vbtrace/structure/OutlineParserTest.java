package vbtrace.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vbtrace.model.OutlineNode;

/** Outline forms: plans (Phần / I / 1 / 1.1 / a / (1) / dashes) and legal texts (Chương / Mục / Điều / khoản / điểm). */
class OutlineParserTest {
    private static List<OutlineNode> outline(String text) {
        List<TextLine> lines = TextLine.split(text);
        return new OutlineParser().parse(lines, List.of(new OutlineParser.Part(0, lines.size(), text.length())));
    }

    private static List<String> labels(List<OutlineNode> nodes) {
        return nodes.stream().map(OutlineNode::label).toList();
    }

    @Test
    void planSectionsNest() {
        String text = """
                Phần thứ nhất
                ĐÁNH GIÁ
                I. MỤC ĐÍCH, YÊU CẦU
                1. Mục đích
                - Nâng cao nhận thức.
                - Cụ thể hóa nhiệm vụ.
                2. Yêu cầu
                2.1. Giai đoạn 2021 - 2025:
                a) Giảm tỷ lệ hộ nghèo;
                b) Tăng thu nhập.
                (1) Nhiệm vụ một;
                (2) Nhiệm vụ hai.
                2.2. Định hướng đến năm 2030
                II. NHIỆM VỤ
                Phần thứ hai
                TỔ CHỨC THỰC HIỆN
                """;
        List<OutlineNode> o = outline(text);
        assertEquals(List.of("Phần thứ nhất", "Phần thứ hai"), labels(o));
        assertEquals("ĐÁNH GIÁ", o.get(0).heading());
        OutlineNode i = o.get(0).children().get(0);
        assertEquals("I", i.label());
        assertEquals(List.of("1", "2"), labels(i.children()));
        assertEquals(List.of("-", "-"), labels(i.children().get(0).children()));
        OutlineNode two = i.children().get(1);
        assertEquals(List.of("2.1", "2.2"), labels(two.children()));
        OutlineNode twoOne = two.children().get(0);
        assertEquals(List.of("a", "b"), labels(twoOne.children()));
        assertEquals(List.of("(1)", "(2)"), labels(twoOne.children().get(1).children()));
        assertEquals(List.of("I", "II"), labels(o.get(0).children()));
        assertEquals(5, twoOne.children().get(0).level()); // Phần > I > 2 > 2.1 > a
        // section ends: "I" ends where "II" starts, the last section at the end of the text
        assertEquals(text.indexOf("II. NHIỆM VỤ"), i.end());
        assertEquals(text.length(), o.get(1).end());
        int inB = text.indexOf("Tăng thu nhập");
        assertEquals("Phần thứ nhất.I.2.1.b", Outlines.path(o, inB));
        assertEquals("b", Outlines.innermost(o, inB).label());
    }

    @Test
    void legalTextNestsChapterArticleClausePoint() {
        String text = """
                Chương I
                NHỮNG QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh
                Nghị định này quy định về:
                1. Điều kiện cấp phép;
                a) Hồ sơ;
                b) Thủ tục.
                2. Mức ký quỹ.
                Điều 2. Đối tượng áp dụng
                Chương II
                QUY ĐỊNH CỤ THỂ
                Mục 1
                CẤP PHÉP
                Điều 3. Điều kiện
                """;
        List<OutlineNode> o = outline(text);
        assertEquals(List.of("Chương I", "Chương II"), labels(o));
        assertEquals("NHỮNG QUY ĐỊNH CHUNG", o.get(0).heading());
        assertEquals(List.of("Điều 1", "Điều 2"), labels(o.get(0).children()));
        OutlineNode d1 = o.get(0).children().get(0);
        assertEquals("Phạm vi điều chỉnh", d1.heading());
        assertEquals(List.of("1", "2"), labels(d1.children()));
        assertEquals(List.of("a", "b"), labels(d1.children().get(0).children()));
        OutlineNode muc = o.get(1).children().get(0);
        assertEquals("Mục 1", muc.label());
        assertEquals("CẤP PHÉP", muc.heading());
        assertEquals(List.of("Điều 3"), labels(muc.children()));
    }

    @Test
    void boldMarkersPartyDashesAndWrappedLabels() {
        String text = """
                **I- ĐÁNH GIÁ TÌNH HÌNH**

                ## **II- QUAN ĐIỂM, MỤC TIÊU**

                ### **1. Quan điểm**

                **2.** Ban Thường vụ Tỉnh ủy lãnh đạo.

                **Điều
                5. Hiệu lực thi hành**
                Điều
                6
                . Tổ chức thực hiện
                """;
        List<OutlineNode> o = outline(text);
        assertEquals(List.of("I", "II"), labels(o));
        assertEquals("QUAN ĐIỂM, MỤC TIÊU", o.get(1).heading());
        assertEquals(List.of("1", "2", "Điều 5", "Điều 6"), labels(o.get(1).children()));
        assertEquals("Tổ chức thực hiện", o.get(1).children().get(3).heading());
        assertEquals("Hiệu lực thi hành", o.get(1).children().get(2).heading());
    }

    @Test
    void wrappedLineStartingWithNumberIsNotAHeading() {
        String text = """
                1. Mục đích
                Thực hiện theo quy định tại khoản
                2. Điều 5 của Nghị định này
                2. Yêu cầu
                """;
        List<OutlineNode> o = outline(text);
        assertEquals(List.of("1", "2"), labels(o));
        assertEquals("Yêu cầu", o.get(1).heading());
    }
}
