package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vbtrace.model.Deadline;
import vbtrace.model.Recurrence;
import vbtrace.structure.DocumentStructure;

/** Sentences from the seeds and ../shared/data: the spec's date forms, and what is not a deadline. */
class DeadlineExtractorTest {
    private final DeadlineExtractor extractor = new DeadlineExtractor();

    private List<Deadline> run(String text) {
        return extractor.extract(text, DocumentStructure.empty(List.of()));
    }

    private Deadline only(String text) {
        List<Deadline> ds = run(text);
        assertEquals(1, ds.size(), ds.toString());
        return ds.get(0);
    }

    @Test
    void sentenceOpeningOnAYearWithAnAction() {
        String text = "2.3. Tập trung chỉ đạo giải quyết tình trạng thiếu đất ở, đất sản xuất. Đến năm 2025 giải quyết cơ "
                + "bản tình trạng thiếu đất sản xuất, đất ở cho đồng bào. Điều chỉnh cơ chế, chính sách.";
        Deadline d = only(text);
        assertEquals("2025", d.date());
        assertNull(d.recurrence());
        assertEquals("Đến năm 2025 giải quyết cơ bản tình trạng thiếu đất sản xuất, đất ở cho đồng bào", d.text());
        assertEquals(d.text(), text.substring(d.start(), d.end()));
    }

    @Test
    void annualDayAndMonthWithTheOwingAgency() {
        Deadline d = only("IV. TỔ CHỨC THỰC HIỆN\n\n1. Thủ trưởng các sở, ban, ngành cấp tỉnh, UBND các huyện chủ động xây "
                + "dựng chương trình, kế hoạch; định kỳ xây dựng báo cáo năm gửi về Ban Dân tộc tỉnh (trước ngày 30/11 "
                + "hàng năm) để tổng hợp báo cáo Chủ tịch UBND tỉnh.\n");
        assertEquals("--11-30", d.date());
        assertEquals(Recurrence.ANNUAL, d.recurrence());
        assertEquals("Thủ trưởng các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các huyện", d.agency());
    }

    @Test
    void assigneeBlockHeadingOwesTheDeadline() {
        List<Deadline> ds = run("III. TỔ CHỨC THỰC HIỆN\n\n1. UBND huyện\n\nTổ chức triển khai thực hiện các nội dung của Kế "
                + "hoạch này. Định kỳ hằng năm đánh giá tình hình thực hiện Kế hoạch, gửi Thường trực Huyện ủy (qua Ban "
                + "Dân vận Huyện ủy) trước ngày 30 tháng 11 để tổng hợp, báo cáo Tỉnh ủy theo đúng quy định.\n\n"
                + "2. Các cơ quan tham mưu giúp việc Huyện ủy\n\nBan Dân vận Huyện ủy: Chủ trì, tham mưu giúp Huyện ủy tổ "
                + "chức triển khai thực hiện Kế hoạch. Định kỳ hằng năm tổng hợp tình hình báo cáo Thường trực Huyện ủy.\n");
        assertEquals(2, ds.size(), ds.toString());
        assertEquals("--11-30", ds.get(0).date());
        assertEquals(Recurrence.ANNUAL, ds.get(0).recurrence());
        assertEquals("Ủy ban nhân dân huyện", ds.get(0).agency());
        assertNull(ds.get(1).date(), "a periodic report with no day");
        assertEquals(Recurrence.ANNUAL, ds.get(1).recurrence());
        assertEquals("Ban Dân vận Huyện ủy", ds.get(1).agency());
    }

    @Test
    void theSpecsDateForms() {
        assertEquals("2025-12-15", only("Các đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2025.").date());
        assertEquals("2025-09", only("Sở Tài chính tham mưu dự thảo Quyết định, hoàn thành trong tháng 9/2025.").date());
        assertEquals("2025-10", only("Báo cáo Thủ tướng Chính phủ trong tháng 10/2025.").date());
        assertEquals("2025-12-31", only("Trình Ủy ban nhân dân tỉnh ban hành trong quý IV/2025.").date());
        assertEquals("2026-06-30", only("Tiến tới thành lập Quỹ đầu tư, hoàn thành trong quý II năm 2026.").date());
        assertEquals("2025-11-21", only("Gửi văn bản góp ý chậm nhất ngày 21/11/2025.").date());
        Deadline monthly = only("a) Trước ngày 15 hằng tháng, báo cáo ước tình hình thực hiện và giải ngân.");
        assertEquals("---15", monthly.date());
        assertEquals(Recurrence.MONTHLY, monthly.recurrence());
        Deadline yearly = only("Chậm nhất vào ngày 30 tháng 12 hàng năm, Ủy ban nhân dân cấp xã tổng hợp danh sách.");
        assertEquals("--12-30", yearly.date());
        assertEquals(Recurrence.ANNUAL, yearly.recurrence());
    }

    @Test
    void periodicReportsWithTwoRecurrences() {
        List<Deadline> ds = run("Định kỳ 06 tháng và hằng năm, văn phòng thi hành án dân sự báo cáo Sở Tư pháp.");
        assertEquals(2, ds.size(), ds.toString());
        assertTrue(ds.stream().anyMatch(d -> d.recurrence() == Recurrence.SEMIANNUAL && d.date() == null));
        assertTrue(ds.stream().anyMatch(d -> d.recurrence() == Recurrence.ANNUAL && d.date() == null));
    }

    @Test
    void horizonsPeriodsAndActivitiesAreNotDeadlines() {
        String text = "II. MỤC TIÊU, NHIỆM VỤ\n\n1. Mục tiêu\n\n"
                + "Phấn đấu đến năm 2030: toàn tỉnh không còn địa bàn xã khó khăn; trên 80% thôn có đường ô tô.\n\n"
                + "Đến năm 2030, Việt Nam hoàn thành xây dựng Chính phủ số.\n\n"
                + "2. Nhiệm vụ\n\n"
                + "- Đến năm 2025 phấn đấu hoàn thành các chỉ tiêu cụ thể:\n\n"
                + "Đến năm 2025, giảm tỷ lệ hộ nghèo bình quân 3%/năm trở lên.\n\n"
                + "Rà soát các chính sách hỗ trợ đầu tư trình cấp thẩm quyền ban hành trong giai đoạn 2021 - 2030.\n\n"
                + "Hàng năm rà soát, bổ sung quy hoạch cán bộ người dân tộc thiểu số.\n\n"
                + "Xây dựng và tổ chức thực hiện các đề án liên quan đến công tác dân tộc trên địa bàn tỉnh đến năm 2030.\n\n"
                + "Giao Ban Dân tộc theo dõi, kiểm tra và báo cáo kết quả thực hiện hàng năm với Ủy ban Dân tộc.\n\n"
                + "Thực hiện Kết luận số 1364-KL/TU ngày 07/7/2020 của Ban Thường vụ Tỉnh ủy.\n";
        assertEquals(List.of(), run(text));
    }

    @Test
    void conditionsAndPastDatesAreNotDeadlines() {
        String text = "Hà Nội, ngày 30 tháng 3 năm 2022\n\n"
                + "Người lao động có thời gian làm việc trước ngày 01 tháng 01 năm 1995 tại nơi có phụ cấp khu vực.\n"
                + "Tổng số ngày nghỉ hằng tuần trong năm 2021 được tính như sau.\n"
                + "Trường hợp Giấy chứng nhận đã cấp trước ngày 01/8/2024 bị mất thì được cấp lại.\n"
                + "Thông tư này có hiệu lực từ ngày 15 tháng 5 năm 2022.\n";
        assertEquals(List.of(), run(text));
    }

    @Test
    void assessmentSectionsHoldNoDeadlines() {
        assertEquals(List.of(), run("I. KẾT QUẢ THỰC HIỆN NĂM 2024\n\n"
                + "Các đơn vị đã hoàn thành báo cáo trước ngày 15/12/2024 theo đúng kế hoạch.\n"));
    }

    private List<Deadline> runDated(String text, String documentDate) {
        vbtrace.model.DocumentInfo info = new vbtrace.model.DocumentInfo(null, null, null, null, null, null, documentDate,
                null, null, List.of(), List.of());
        return extractor.extract(text, new DocumentStructure(info, List.of(), null, null, null, null, null, List.of()));
    }

    @Test
    void aBareDayUnderMonthlyReportingIsMonthly() {
        Deadline d = only("Các bộ, cơ quan xây dựng kế hoạch triển khai; định kỳ hằng tháng báo cáo tình hình, tiến độ triển khai "
                + "từng nhiệm vụ, gửi Bộ Tài chính trước ngày 25 để tổng hợp.");
        assertEquals("---25", d.date());
        assertEquals(Recurrence.MONTHLY, d.recurrence());
        // without a monthly recurrence a bare day is no date; "ngày 25" + line break + "tháng 4" is a full date
        assertEquals(List.of(), run("Các đơn vị gửi Bộ Tài chính trước ngày 25 để tổng hợp."));
        assertEquals(List.of(), run("Thực hiện nghiêm Công điện số 36/CĐ-TTg ngày 25\ntháng 4 năm 2026 của Thủ tướng Chính phủ."));
    }

    @Test
    void yearColumnHeadersAreNotDeadlinesButTimeCellsAre() {
        assertEquals(List.of(), run("PHỤ LỤC 01\n\nTT\nSản phẩm\nĐVT\nƯTH Năm 2025\nGIAI ĐOẠN 2026 - 2030\nNăm 2026\nNăm 2027\n"
                + "Năm 2028\nNăm 2029\nNăm 2030\n1\nXoài\ntấn\n"));
        Deadline cell = only("IV\nỨng dụng\n2\nĐầu tư trang thiết bị hiện đại, công cụ tiện ích đảm bảo việc xây dựng dữ liệu.\n"
                + "Sở Tài chính\nCác sở, ngành, UBND xã, phường, đặc khu\nQuý IV/2026\nCác thiết bị phần cứng, phần mềm ứng dụng\n");
        assertEquals("2026-12-31", cell.date());
        assertEquals("Sở Tài chính", cell.agency());
        // a converter that ran a row's cells together: the time cell closes the line
        assertEquals("2026", only("3\nThực hiện rà soát các khó khăn, vướng mắc, bất cập về quy hoạch đối với khoáng sản nhóm I, II trên "
                + "địa bàn tỉnh Sở Nông nghiệp và Môi trường Các Sở, ban, ngành và các cơ quan, đơn vị liên quan Trong năm 2026\n4\n")
                .date());
    }

    @Test
    void aMeetingBeforeTheDocumentIsNotDue() {
        List<Deadline> ds = runDated("Trên cơ sở thảo luận của các Thành viên Chính phủ và kết luận của Thủ tướng Chính phủ tại Phiên họp "
                + "Chính phủ thường kỳ tháng 4 năm 2026, tổ chức vào ngày 04 tháng 5 năm 2026.\n"
                + "a) Khẩn trương rà soát hoàn thiện, bổ sung các chỉ tiêu tăng trưởng dự kiến trên từng ngành, lĩnh vực, gửi Bộ "
                + "Tài chính trước ngày 06 tháng 5 năm 2026.\n", "2026-05-06");
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("2026-05-06", ds.get(0).date(), "\"trên từng ngành\" is \"on each sector\", not a past fact");
        // a due date the plan has already passed when issued is still its due date
        assertEquals("2025-11-15", runDated("Thời gian hoàn thành: Trước ngày 15/11/2025.", "2025-11-21").get(0).date());
    }

    @Test
    void aTargetsQuarterIsItsHorizon() {
        assertEquals(List.of(), run("b) Bảo đảm 100% dịch vụ công đủ điều kiện trực tuyến toàn trình trong quý III năm 2026."));
        assertEquals("2026-06-30", only("Xử lý triệt để tài sản công là nhà, đất dôi dư; thời hạn hoàn thành trong quý II năm 2026.").date());
        assertEquals(List.of(), run("Trong quý III năm 2026, hoàn thành cắt giảm 50% thời gian giải quyết thủ tục hành chính."));
        // the date has a piece of its own: the percentage is what the submitted plan must reach
        assertEquals("2025-11", only("Bộ trưởng Bộ Công Thương hoàn thành việc rà soát, bổ sung phương án cắt giảm điều kiện kinh doanh "
                + "bảo đảm đạt mục tiêu cắt giảm tối thiểu 30%, trình Thủ tướng Chính phủ phê duyệt trong tháng 11 năm 2025.").date());
        assertEquals("2025-12", run("Hướng dẫn các bộ, ngành, địa phương thực hiện số hoá bằng cấp, chứng chỉ hoàn thành và tổ chức triển "
                + "khai ngay trong tháng 12 năm 2025, số hoá 100% dữ liệu văn bằng, chứng chỉ trong năm 2026.").get(0).date());
    }

    @Test
    void aSpanOfYearsAndADayOfAConditionalMonthAreNotDue() {
        assertEquals(List.of(), run("- Trong năm 2023 - 2024: Hoàn thiện trình và phê duyệt đầu tư 02 Dự án thành phần của Đề án."));
        assertEquals(List.of(), run("Hồ sơ được doanh nghiệp gửi đến Bộ Tài chính trước ngày 15 của tháng đó thì được thông báo trong "
                + "danh sách được điều chỉnh hằng tháng."));
    }

    @Test
    void aSentenceBrokenAcrossLinesKeepsItsVerb() {
        assertEquals("2026-05", only("e) Khẩn trương hoàn thiện Chiến lược quốc gia về đất hiếm, báo cáo\nThủ tướng Chính phủ trong "
                + "tháng 5 năm 2026 theo ý kiến chỉ đạo của Thủ tướng Chính phủ.\n").date());
        assertEquals(List.of(), run("e) Khẩn trương hoàn thiện Chiến lược quốc gia về đất hiếm, báo cáo.\nThủ tướng Chính phủ trong "
                + "tháng 5 năm 2026 theo ý kiến chỉ đạo của Thủ tướng Chính phủ.\n"));
    }

    @Test
    void aScopeOpeningIsNotADueDate() {
        assertEquals(List.of(), run("Đối với các nhiệm vụ triển khai trong năm 2025, các bộ, cơ quan, đơn vị, địa phương chủ động bố trí "
                + "trong nguồn kinh phí được giao."));
        assertEquals("2025-12", only("Giao Bộ Nội vụ khẩn trương hoàn thiện Nghị định đánh giá, xếp loại chất lượng đối với cơ quan hành "
                + "chính nhà nước và công chức, trình Chính phủ xem xét, quyết định trong tháng 12/2025.").date());
    }

    @Test
    void recurringReportsThatOpenOnTheirRecurrence() {
        Deadline d = only("Căn cứ nội dung Kế hoạch này, Ủy ban nhân dân các tỉnh xây dựng kế hoạch chi tiết. Hằng năm hoặc đột xuất báo "
                + "cáo kết quả thực hiện về Bộ Công an để tổng hợp, báo cáo Thủ tướng Chính phủ.");
        assertNull(d.date());
        assertEquals(Recurrence.ANNUAL, d.recurrence());
        assertEquals(List.of(), run("Hằng năm, cấp huyện tổ chức gặp mặt, tiếp xúc đối thoại và cung cấp thông tin cho đội ngũ người "
                + "uy tín."));
    }

    @Test
    void aRecurrenceCellInTheRowOfAReport() {
        List<Deadline> ds = run("VI\nCác nhiệm vụ khác\n1\nTuyên truyền, nâng cao nhận thức về cơ sở dữ liệu quốc gia về quy hoạch.\n"
                + "Sở Khoa học và Công nghệ\nCác sở, ngành, UBND xã, phường, đặc khu\nHằng năm.\n3\nTham mưu UBND Thành phố\n"
                + "Báo cáo Bộ Tài chính tình hình thực hiện Đề án.\nSở Tài chính\nCác sở, ngành, UBND xã, phường, đặc khu\nHằng năm.\n"
                + "4\nĐề xuất UBND Thành phố điều chỉnh, bổ sung nhiệm vụ thực hiện Đề án.\n");
        assertEquals(1, ds.size(), ds.toString());
        assertNull(ds.get(0).date());
        assertEquals(Recurrence.ANNUAL, ds.get(0).recurrence());
        assertEquals("Sở Tài chính", ds.get(0).agency());
        // a table that puts the agency before the task
        Deadline before = only("3\nCác bộ, cơ quan ngang bộ\nBáo cáo chuyên đề về cơ chế, chính sách, giải pháp lớn\nTháng 5/2026\n4\n");
        assertEquals("2026-05", before.date());
        assertEquals("Các bộ, cơ quan ngang bộ", before.agency());
        // a result column between the agencies and the date: the lead is the first agency cell, not the partners
        Deadline lead = only("1\nNghiên cứu, xây dựng Luật Chuyển đổi số và các Nghị định hướng dẫn thi hành.\nBộ Khoa học và Công nghệ\n"
                + "Bộ Công an, Bộ Tài chính, Bộ Nội vụ và các bộ, ngành, địa phương khác có liên quan\nTrình Quốc hội dự thảo Luật\n"
                + "Tháng 12/2025\n2\n");
        assertEquals("2025-12", lead.date());
        assertEquals("Bộ Khoa học và Công nghệ", lead.agency());
    }

    @Test
    void oneRecordPerNamedOwner() {
        List<Deadline> ds = run("20. Bộ Xây dựng, Bộ Khoa học và Công nghệ, các bộ, cơ quan rà soát, hoàn thiện hệ thống tiêu chuẩn, quy "
                + "chuẩn quốc gia, hoàn thành trong tháng 5 năm 2026.");
        assertEquals(List.of("Bộ Xây dựng", "Bộ Khoa học và Công nghệ"), ds.stream().map(Deadline::agency).toList());
        assertTrue(ds.stream().allMatch(d -> "2026-05".equals(d.date())));
        // one named body: one record, its name as written; a name with commas stays one name
        assertEquals(List.of("Bộ Văn hóa, Thể thao và Du lịch"), DeadlineExtractor.owners("Bộ Văn hóa, Thể thao và Du lịch"));
        assertEquals(List.of("Ủy ban nhân dân cấp tỉnh, doanh nghiệp nhà nước"), DeadlineExtractor.owners(
                "Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân cấp tỉnh, doanh nghiệp nhà nước"), "\"Bộ\" alone names no body");
        assertEquals(List.of("Ủy ban nhân dân các huyện"),
                DeadlineExtractor.owners("Thủ trưởng các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các huyện"));
    }
}
