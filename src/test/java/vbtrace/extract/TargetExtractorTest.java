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

    @Test
    void yearNamedWithTheIndicator() {
        Target t = run("II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU\n\n- Tốc độ tăng trưởng kinh tế (GRDP) năm 2025 đạt 8%.\n")
                .targets().get(0);
        assertEquals(8.0, t.min());
        assertEquals(2025, t.year());
    }

    @Test
    void programmeNamesAndProjectNumbersAreNotObjectives() {
        String text = "Điều 1. Phạm vi điều chỉnh\n\nThông tư này hướng dẫn hỗ trợ người lao động (Tiểu dự án 2 Dự án 4) "
                + "thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.\n\n"
                + "Điều 2. Đối tượng\n\nHộ có ít nhất 1 người đang làm việc phi nông nghiệp.\n";
        assertTrue(run(text).targets().isEmpty(), run(text).targets().toString());
    }

    private TargetResult withTitle(String text, String title) {
        int at = text.indexOf(title);
        return extractor.extract(text, new DocumentStructure(vbtrace.model.DocumentInfo.empty(), List.of(), null,
                new vbtrace.model.Span(at, at + title.length()), null, null, null, List.of()));
    }

    private static final String SON_LA_BULLET = "II. CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030\n\n"
            + "+ Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn; tổng giá trị sản phẩm Xoài "
            + "tham gia xuất khẩu đến năm 2030 dự kiến đạt 10 triệu USD, tốc độ tăng bình quân 08 - 09%/năm. Thị trường "
            + "định hướng xuất khẩu: Trung Quốc, Úc, Nhật Bản, Hàn Quốc, Hoa Kỳ...\n";

    @Test
    void aPlanAttachedToADecisionIsReadAsAPlan() {
        String decision = "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai "
                + "đoạn 2026 - 2030.\n\nĐiều 2. Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành triển khai.\n\n"
                + "Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n\nKẾ HOẠCH\n\n";
        List<Target> ts = run(decision + SON_LA_BULLET).targets();
        assertEquals(3, ts.size(), ts.toString());
        assertTrue(ts.stream().allMatch(t -> t.year() == 2030));
        assertEquals("triệu USD", find(ts, 10).unit());
        Target growth = find(ts, 8);
        assertEquals(9.0, growth.max());
        assertEquals("%/năm", growth.unit());

        // a regulation so attached stays a legal text: only the clause that says "phấn đấu" commits
        List<Target> rules = run(decision.replace("Kế hoạch xuất khẩu", "Quy chế quản lý hoạt động xuất khẩu") + SON_LA_BULLET).targets();
        assertEquals(1, rules.size(), rules.toString());
        assertEquals(18000.0, rules.get(0).min());
    }

    @Test
    void aRangeWithTheUnitAfterEachBoundIsOneTarget() {
        Target retail = run("a) Phát triển thị trường trong nước, kích cầu tiêu dùng; phấn đấu tổng mức bán lẻ hàng hóa và "
                + "doanh thu dịch vụ năm 2026 tăng 13% đến 15%.").targets().get(0);
        assertEquals(13.0, retail.min());
        assertEquals(15.0, retail.max());
        assertEquals("%", retail.unit());
        assertEquals(2026, retail.year());
        List<Target> staff = run("Phấn đấu 70% - 80% cán bộ và công chức, viên chức làm công tác đối ngoại được bồi dưỡng.").targets();
        assertEquals(1, staff.size(), staff.toString());
        assertEquals(80.0, staff.get(0).max());
        assertEquals("%", staff.get(0).unit());
        // two figures of a list are two targets
        assertEquals(2, run("Phấn đấu cắt giảm 50% thời gian giải quyết, 50% chi phí tuân thủ thủ tục hành chính.").targets().size());
    }

    @Test
    void periodAndQuarterInTheSentenceGiveTheYear() {
        Target growth = run("2. Điều hành nền kinh tế đạt tốc độ tăng trưởng cao, bền vững; phấn đấu tốc độ tăng trưởng GDP "
                + "bình quân từ 10%/năm trở lên trong giai đoạn 2026 - 2030 gắn với giữ vững ổn định kinh tế vĩ mô.").targets().get(0);
        assertEquals(2030, growth.year());
        assertNull(growth.max());

        List<Target> cuts = run("Trong quý III năm 2026, hoàn thành cắt giảm 50% thời gian giải quyết thủ tục hành chính, 50% chi "
                + "phí tuân thủ thủ tục hành chính của năm 2026 so với năm 2024 (ở trung ương và địa phương), phấn đấu tiếp tục "
                + "cắt giảm tối thiểu 30% các ngành, nghề kinh doanh có điều kiện, 100% các điều kiện kinh doanh không cần thiết.")
                .targets();
        assertEquals(4, cuts.size(), cuts.toString());
        assertTrue(cuts.stream().allMatch(t -> t.year() == 2026), cuts.toString());
        assertNull(find(cuts, 30).max(), "\"cắt giảm tối thiểu 30%\": open above");

        // a month that is another clause's due date is not this target's horizon
        Target online = run("(2) Hoàn thiện cơ sở dữ liệu, báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025; (3) các bộ, ngành, "
                + "địa phương tập trung: (iii) Hoàn thành mục tiêu 100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến.")
                .targets().get(0);
        assertNull(online.year());
        Target records = run("Hướng dẫn các bộ, ngành, địa phương thực hiện số hoá bằng cấp, chứng chỉ hoàn thành và tổ chức triển "
                + "khai ngay trong tháng 12 năm 2025, số hoá 100% dữ liệu văn bằng, chứng chỉ trong năm 2026.").targets().get(0);
        assertEquals(2026, records.year(), "the year that follows the target, not another clause's month");
        List<Target> twoYears = run("Đến năm 2025, tỷ lệ hộ dùng nước sạch đạt 50%, đến năm 2030 đạt 80%.").targets();
        assertEquals(2025, find(twoYears, 50).year());
        assertEquals(2030, find(twoYears, 80).year());
    }

    @Test
    void costsAndPeakMonthsDoNotMakeARule() {
        Target power = run("Phấn đấu tiết kiệm điện tối thiểu 3,0% tổng điện năng tiêu thụ toàn quốc trong năm 2026; đặc biệt "
                + "trong các tháng cao điểm nắng nóng (tháng 4, 5, 6, 7), thực hiện tiết kiệm tối thiểu 10% điện năng tiêu thụ.")
                .targets().get(1);
        assertEquals(10.0, power.min());
        // but a score, a fee and a support rate still do
        assertTrue(run("Phấn đấu có ít nhất 70% đơn vị đạt từ 80 điểm trở lên.").targets().isEmpty());
        assertTrue(run("Phấn đấu giảm 50% mức phí thẩm định hồ sơ.").targets().isEmpty());
        assertTrue(run("Đảm bảo hỗ trợ 50% chi phí vận chuyển hàng hóa.").targets().isEmpty());
    }

    @Test
    void aComparisonWithTodayAndAPlanGivenAreNotBaselines() {
        Target merger = run("(3) Đồng ý sáp nhập đơn vị hành chính cấp xã bảo đảm cả nước giảm khoảng 60 - 70% số lượng đơn vị "
                + "hành chính cấp xã so với hiện nay.").targets().get(0);
        assertEquals(60.0, merger.min());
        assertEquals(Direction.DECREASE, merger.direction());
        TargetResult plan = run("2. Đẩy mạnh giải ngân đầu tư công, quyết tâm giải ngân 100% kế hoạch vốn năm 2025 đã được Thủ tướng "
                + "Chính phủ giao.");
        assertEquals(1, plan.targets().size(), plan.toString());
        assertEquals(2025, plan.targets().get(0).year());
        // what was reached stays a baseline
        TargetResult reached = run("Đến nay, 100% các tỉnh uỷ, thành uỷ đã triển khai phần mềm. Tỷ lệ giải ngân đã đạt 14,2% kế "
                + "hoạch được giao.");
        assertTrue(reached.targets().isEmpty(), reached.toString());
        assertEquals(2, reached.baselines().size(), reached.toString());
    }

    @Test
    void aCountQuotaInTheTasksTakesNoYearFromTheTitle() {
        String title = "Kế hoạch xuất khẩu sản phẩm hàng hóa giai đoạn 2026 - 2030";
        String text = "KẾ HOẠCH\n\n" + title + "\n\nIV. NHIỆM VỤ\n\n"
                + "10. Lựa chọn ít nhất 01 doanh nghiệp, hợp tác xã đóng vai trò đơn vị thu gom chuyên nghiệp.\n\n"
                + "11. Phấn đấu trung bình mỗi năm tổ chức đấu giá từ 05 mỏ khoáng sản làm vật liệu xây dựng thông thường trở lên.\n\n"
                + "12. Bảo đảm 100% hồ sơ được giải quyết trực tuyến.\n";
        List<Target> ts = withTitle(text, title).targets();
        assertEquals(3, ts.size(), ts.toString());
        assertNull(find(ts, 1).year());
        Target mines = find(ts, 5);
        assertEquals("mỏ", mines.unit());
        assertNull(mines.max());
        assertNull(mines.year());
        assertEquals(2030, find(ts, 100).year(), "a rate takes the title's horizon");
    }
}
