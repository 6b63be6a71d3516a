package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vbtrace.model.Direction;
import vbtrace.model.Target;
import vbtrace.structure.DocumentStructure;

/** Sentences from the seeds and ../shared/data: what is a target, with which bounds and year, and what is not. */
class TargetExtractorTest {
    private final TargetExtractor extractor = new TargetExtractor();

    private TargetResult run(String text) {
        return extractor.extract(text, DocumentStructure.empty(List.of()));
    }

    private static Target find(List<Target> ts, double number) {
        return ts.stream().filter(t -> t.min() != null && t.min() == number || t.max() != null && t.max() == number)
                .findFirst().orElseThrow(() -> new AssertionError("no target " + number + " in " + ts));
    }

    private static boolean has(List<Target> ts, double number) {
        return ts.stream().anyMatch(t -> t.min() != null && t.min() == number || t.max() != null && t.max() == number);
    }

    @Test
    void inlineHorizonGovernsTheSentence() {
        String text = "Phấn đấu đến năm 2030: toàn tỉnh không còn địa bàn xã khó khăn; mức thu nhập bình quân của người "
                + "dân tộc thiểu số đạt 3/4 mức thu nhập bình quân chung của tỉnh; tỷ lệ hộ nghèo, hộ cận nghèo trong "
                + "đồng bào dân tộc thiểu số mỗi năm giảm từ 1,5 - 3%; 100% xã có đường ô tô đến trung tâm xã được rải "
                + "nhựa hoặc bê tông; trên 80% thôn có đường ô tô đến trung tâm được cứng hóa; số trường học đạt chuẩn "
                + "quốc gia trên 300 trường; trên > 70% thôn, khối phố có văn hóa đạt chuẩn.";
        List<Target> ts = run(text).targets();
        assertEquals(6, ts.size(), ts.toString());
        assertTrue(ts.stream().allMatch(t -> t.year() == 2030));

        Target ratio = find(ts, 0.75);
        assertEquals("lần", ratio.unit());
        assertEquals(Direction.REACH, ratio.direction());

        Target poverty = find(ts, 1.5);
        assertEquals(3.0, poverty.max());
        assertEquals(Direction.DECREASE, poverty.direction());
        assertEquals("%/năm", poverty.unit());
        assertEquals("tỷ lệ hộ nghèo, hộ cận nghèo trong đồng bào dân tộc thiểu số", poverty.indicator());
        assertEquals(poverty.text(), text.substring(poverty.start(), poverty.end()));

        Target roads = find(ts, 80);
        assertEquals(Direction.AT_LEAST, roads.direction());
        assertNull(roads.max());
        Target schools = find(ts, 300);
        assertEquals("trường", schools.unit());
        assertNull(schools.max());
        assertNull(find(ts, 70).max(), "\"trên > 70%\": open above");
        assertEquals(100.0, find(ts, 100).max());
    }

    @Test
    void headingHorizonGovernsTheListUnderIt() {
        String text = "2. Mục tiêu cụ thể\n\n2.1. Giai đoạn 2021 - 2025: tập trung triển khai thực hiện có hiệu quả "
                + "Chương trình giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025 để phấn đấu đạt được các mục tiêu sau:\n\n"
                + "- Giảm tỷ lệ hộ nghèo bình quân 3%/năm trở lên; thu nhập bình quân đầu người đạt từ 2.900 đến 3.000 USD/người/năm.\n\n"
                + "- Tỷ lệ hộ dân được sử dụng điện lưới quốc gia 99,6%; xóa tình trạng nhà tạm, nhà dột nát.\n\n"
                + "2.2. Định hướng đến năm 2030\n\n"
                + "Cơ bản không còn xã, thôn đặc biệt khó khăn, phấn đấu 80% xã đạt chuẩn nông thôn mới; "
                + "nâng tỷ lệ che phủ rừng lên 67%.\n";
        List<Target> ts = run(text).targets();
        assertEquals(5, ts.size(), ts.toString());
        Target poverty = find(ts, 3);
        assertEquals(Direction.DECREASE, poverty.direction());
        assertNull(poverty.max(), "\"3%/năm trở lên\"");
        assertEquals(2025, poverty.year());
        Target income = find(ts, 2900);
        assertEquals(3000.0, income.max());
        assertEquals("USD/người/năm", income.unit());
        assertEquals(99.6, find(ts, 99.6).min());
        assertEquals(2025, find(ts, 99.6).year());
        assertEquals(2030, find(ts, 80).year());
        assertEquals(2030, find(ts, 67).year());
        assertEquals(Direction.REACH, find(ts, 67).direction());
    }

    @Test
    void ageQualifiersAreNotTargets() {
        String text = "2.1. Giai đoạn 2021 - 2025\n\n"
                + "- Trên 80% phụ nữ có thai được khám thai định kỳ; giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể "
                + "thấp còi xuống dưới 15%.\n\n"
                + "- Tỷ lệ học sinh mẫu giáo 5 tuổi đến trường đạt trên 99,9%; người từ 15 tuổi trở lên đọc thông, "
                + "viết thạo tiếng phổ thông đạt trên 98%; người DTTS trong độ tuổi từ 15 đến 60 tuổi đọc thông, viết "
                + "thạo tiếng phổ thông trên 93,5%.\n";
        List<Target> ts = run(text).targets();
        assertFalse(has(ts, 5), ts.toString());
        assertFalse(has(ts, 15) && find(ts, 15).min() != null, "\"từ 15 tuổi trở lên\" is an age");
        assertFalse(has(ts, 60));
        Target stunting = find(ts, 15);
        assertEquals(Direction.AT_MOST, stunting.direction());
        assertNull(stunting.min());
        assertEquals(99.9, find(ts, 99.9).min());
        assertEquals(98.0, find(ts, 98).min());
        assertEquals(93.5, find(ts, 93.5).min());
        assertEquals(5, ts.size(), ts.toString());
    }

    @Test
    void assessmentSectionGivesBaselinesNotTargets() {
        String text = "**I- ĐÁNH GIÁ TÌNH HÌNH**\n\n"
                + "Những năm qua, kinh tế - xã hội của tỉnh tiếp tục phát triển: Tính đến năm 2020, tỷ lệ cứng hóa "
                + "đường ô tô đến trung tâm xã đạt 86,1%; có 225 trường học đạt chuẩn quốc gia; tỷ lệ hộ nghèo còn "
                + "7,88%, bình quân giảm trên 3,61%/năm; GRDP bình quân đầu người đạt 44,5 triệu đồng/người/năm.\n\n"
                + "## **II- QUAN ĐIỂM, MỤC TIÊU**\n\n"
                + "#### **3.1. Giai đoạn 2021 - 2025**\n\n"
                + "Về kết cấu hạ tầng: Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh đạt 99%.\n";
        TargetResult r = run(text);
        assertEquals(1, r.targets().size(), r.targets().toString());
        assertEquals(99.0, r.targets().get(0).min());
        assertEquals(2025, r.targets().get(0).year());
        List<Target> b = r.baselines();
        assertEquals(86.1, find(b, 86.1).min());
        assertEquals(2020, find(b, 86.1).year());
        assertTrue(has(b, 225) && has(b, 7.88) && has(b, 3.61) && has(b, 44.5), b.toString());
    }

    @Test
    void baselineSentenceOutsideAnAssessmentSection() {
        TargetResult r = run("Công tác xây dựng nông thôn mới đạt nhiều kết quả tích cực, đến nay đã có 65 xã đạt chuẩn "
                + "nông thôn mới.");
        assertTrue(r.targets().isEmpty(), r.targets().toString());
        assertEquals(65.0, r.baselines().get(0).min());
    }

    @Test
    void countsAndMultiplesWithCommitmentWords() {
        String text = "2. Nâng cao nhận thức của hệ thống chính trị về công tác dân tộc:\n\n(5) Hằng năm, cấp huyện tổ chức gặp mặt, tiếp xúc đối thoại và cung cấp thông tin cho đội ngũ "
                + "người uy tín trên địa bàn ít nhất 01 cuộc/năm.\n\n"
                + "4. Triển khai thực hiện có hiệu quả các đề án, chương trình, chính sách công tác dân tộc\n\n"
                + "- Đến năm 2025 phấn đấu hoàn thành các chỉ tiêu cụ thể:\n\n"
                + "(1) Phấn đấu mức thu nhập bình quân của người dân tộc thiểu số tăng 2 lần so với năm 2020.\n\n"
                + "(2) Tỷ lệ hộ nghèo trong vùng đồng bào DTTS mỗi năm giảm từ 4-5%.\n";
        List<Target> ts = run(text).targets();
        Target meetings = find(ts, 1);
        assertEquals(Direction.AT_LEAST, meetings.direction());
        assertEquals("cuộc/năm", meetings.unit());
        assertNull(meetings.year());
        Target income = find(ts, 2);
        assertEquals(Direction.INCREASE, income.direction());
        assertEquals("lần", income.unit());
        assertEquals(2025, income.year(), "the lead-in's horizon, not the comparison year");
        Target poverty = find(ts, 4);
        assertEquals(5.0, poverty.max());
        assertEquals(2025, poverty.year());
        assertEquals(3, ts.size(), ts.toString());
    }

    @Test
    void datesIdsPeriodsAndBudgetsAreNotTargets() {
        String text = "II. MỤC TIÊU\n\n"
                + "- Cụ thể hóa Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội giai đoạn 2021 - 2030.\n"
                + "- Phối hợp với Sở Kế hoạch và Đầu tư tham mưu phân bổ chi tiết vốn thực hiện Chương trình cho các "
                + "dự án, tiểu dự án hàng năm và giai đoạn 05 năm.\n"
                + "- Tổng kinh phí thực hiện Kế hoạch là 500 triệu đồng từ nguồn ngân sách tỉnh.\n"
                + "- Thời gian thực hiện trong 03 tháng, từ ngày 01/7/2025.\n";
        TargetResult r = run(text);
        assertTrue(r.targets().isEmpty(), r.targets().toString());
    }

    @Test
    void rulesConditionsAndPolicyRatesAreNotTargets() {
        String text = "Điều 3. Mức bồi thường\n\n"
                + "1. Mức bồi thường cho người bị suy giảm khả năng lao động từ 11% trở lên được tính như sau.\n\n"
                + "Điều 4. Quy định khác\n\n"
                + "Có ít nhất 2/3 tổng số thành viên của Hội đồng dự họp.\n"
                + "Đối tượng giảm 50% mức phí theo quy định.\n";
        assertTrue(run(text).targets().isEmpty(), run(text).targets().toString());
    }

    @Test
    void legalTextStillHasTheTargetsOfItsObjectives() {
        String text = "Điều 1. Phê duyệt Chương trình với các nội dung sau:\n\n"
                + "2. Mục tiêu cụ thể đến năm 2030\n\n"
                + "a) Phấn đấu có tối thiểu 5.000 doanh nghiệp công nghệ số Việt Nam có hoạt động ở nước ngoài.\n\n"
                + "Điều 2. Tổ chức thực hiện\n\n"
                + "Hộ có ít nhất 1 người đang làm việc phi nông nghiệp.\n";
        List<Target> ts = run(text).targets();
        assertEquals(1, ts.size(), ts.toString());
        assertEquals(5000.0, ts.get(0).min());
        assertEquals(2030, ts.get(0).year());
    }

    @Test
    void titleHorizonIsTheDefaultYear() {
        String text = "KẾ HOẠCH\n\nThực hiện công tác dân tộc năm 2025\n\nI. MỤC ĐÍCH\n\n"
                + "1. Đảm bảo 100% tổ chức Đảng trực thuộc có kế hoạch triển khai thực hiện.\n";
        int title = text.indexOf("Thực hiện");
        DocumentStructure structure = new DocumentStructure(vbtrace.model.DocumentInfo.empty(), List.of(), null,
                new vbtrace.model.Span(title, text.indexOf("\n", title)), null, null, null, List.of());
        Target t = extractor.extract(text, structure).targets().get(0);
        assertEquals(100.0, t.min());
        assertEquals(2025, t.year());
    }
}
