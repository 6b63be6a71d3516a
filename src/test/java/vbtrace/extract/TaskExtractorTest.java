package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vbtrace.model.Role;
import vbtrace.model.Task;

/** Blocks from the seed plans, a Party-style inline assignment and a flattened appendix table. */
class TaskExtractorTest {
    private final TaskExtractor extractor = new TaskExtractor(new AgencyExtractor(AgencyLexicon.standard(), null));

    private static final String PLAN = """
            II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

            2.1. Các sở, ban, ngành, UBND các huyện, thành phố tổ chức phổ biến, tuyên truyền, quán triệt các nhiệm vụ.

            III. TỔ CHỨC THỰC HIỆN

            1. Ban Dân tộc

            - Là cơ quan thường trực tham mưu giúp UBND tỉnh chỉ đạo triển khai thực hiện hiệu quả Kết luận.

            - Phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính phân bổ nguồn vốn thực hiện các chính sách dân tộc.

            2. Sở Kế hoạch và Đầu tư

            - Chủ trì, phối hợp với Sở Tài chính cân đối bố trí nguồn vốn thực hiện các chương trình, dự án.

            3. Công an tỉnh

            Nắm chắc tình hình và thực hiện tốt các phương án, kế hoạch đấu tranh chống lại âm mưu của các thế lực thù địch.

            4. Bộ Chỉ huy Quân sự tỉnh

            Phối hợp chặt chẽ với cấp ủy Đảng, chính quyền địa phương triển khai thực hiện phương án; giúp đỡ đồng bào sản xuất.

            5. Ủy ban nhân dân các huyện miền núi, vùng cao

            - Ủy ban nhân dân các huyện có trách nhiệm xây dựng kế hoạch chi tiết triển khai thực hiện Kế hoạch.

            6. Các sở, ban, ngành liên quan

            Căn cứ chức năng, nhiệm vụ được giao chủ động triển khai thực hiện Kế hoạch này.

            7. Sở Tài chính, Sở Nội vụ: bố trí kinh phí và biên chế thực hiện Kế hoạch.

            IV. KIẾN NGHỊ

            1. Thủ trưởng các sở, ban, ngành cấp tỉnh, UBND các huyện chủ động xây dựng chương trình, kế hoạch.

            Yêu cầu các sở, ban, ngành, UBND các huyện có liên quan căn cứ nội dung Kế hoạch triển khai thực hiện.
            """;

    private List<Task> tasks() {
        return extractor.extract(PLAN, null);
    }

    private Task task(String agency) {
        return tasks().stream().filter(t -> t.agency().equals(agency)).findFirst().orElseThrow(() -> new AssertionError("no task for " + agency));
    }

    @Test
    void oneTaskPerAssigneeBlockOfTheImplementationSection() {
        assertEquals(List.of("Ban Dân tộc", "Sở Kế hoạch và Đầu tư", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
                        "Ủy ban nhân dân các huyện miền núi, vùng cao", "Sở Tài chính", "Sở Nội vụ"),
                tasks().stream().map(Task::agency).collect(Collectors.toList()));
    }

    @Test
    void rolesFollowTheAnnotationRules() {
        assertEquals(Role.LEAD, task("Ban Dân tộc").role()); // "cơ quan thường trực"
        assertEquals(Role.LEAD, task("Sở Kế hoạch và Đầu tư").role()); // "Chủ trì"
        assertEquals(Role.RESPONSIBLE, task("Công an tỉnh").role());
        assertEquals(Role.COORDINATE, task("Bộ Chỉ huy Quân sự tỉnh").role()); // opens with "Phối hợp"
        assertEquals(Role.RESPONSIBLE, task("Ủy ban nhân dân các huyện miền núi, vùng cao").role());
    }

    @Test
    void coordinatorsSectionAndText() {
        Task t = task("Sở Kế hoạch và Đầu tư");
        assertEquals(List.of("Sở Tài chính"), t.coordinators());
        assertEquals("III.2", t.section());
        assertTrue(t.text().startsWith("- Chủ trì, phối hợp với Sở Tài chính") || t.text().startsWith("Chủ trì, phối hợp với Sở Tài chính"), t.text());
        assertEquals(t.text(), PLAN.substring(t.start(), t.end()));
        assertEquals(List.of("Sở Kế hoạch và Đầu tư", "Sở Tài chính"), task("Ban Dân tộc").coordinators());
    }

    @Test
    void severalAgenciesInOneBlockGiveOneTaskEach() {
        assertEquals("III.7", task("Sở Tài chính").section());
        assertEquals("III.7", task("Sở Nội vụ").section());
        assertEquals("bố trí kinh phí và biên chế thực hiện Kế hoạch.", task("Sở Nội vụ").text());
    }

    @Test
    void genericBlocksAndStatementsOutsideTheSectionGiveNone() {
        // "6. Các sở, ban, ngành liên quan", "2.1. Các sở, ban, ngành, UBND …" (no "X:"), "Yêu cầu các sở …"
        assertTrue(tasks().stream().noneMatch(t -> t.agency().startsWith("Ủy ban nhân dân các huyện,")));
    }

    @Test
    void headsOfDepartmentsPassedOverInANumberedBlock() {
        String text = "IV. TỔ CHỨC THỰC HIỆN\n\n1. Thủ trưởng các sở, ban, ngành cấp tỉnh, UBND các huyện chủ động xây dựng chương trình, "
                + "kế hoạch, tổ chức triển khai thực hiện nghiêm túc các nhiệm vụ được giao tại Kế hoạch này.\n\n"
                + "2. Giao Ban Dân tộc là cơ quan thường trực chủ trì, phối hợp với sở, ban, ngành theo dõi, kiểm tra.\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(List.of("Ủy ban nhân dân các huyện", "Ban Dân tộc"), t.stream().map(Task::agency).collect(Collectors.toList()));
        assertEquals(List.of(Role.RESPONSIBLE, Role.LEAD), t.stream().map(Task::role).collect(Collectors.toList()));
    }

    @Test
    void inlineAssignmentAnywhereInTheBody() {
        String text = "II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n- Ban Tuyên giáo Huyện ủy: Chỉ đạo các cơ quan báo chí tuyên truyền sâu rộng.\n\n"
                + "- Các chi bộ, đảng bộ trực thuộc: tổ chức quán triệt.\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(1, t.size());
        assertEquals("Ban Tuyên giáo Huyện ủy", t.get(0).agency());
        assertEquals(Role.RESPONSIBLE, t.get(0).role());
        assertEquals("Chỉ đạo các cơ quan báo chí tuyên truyền sâu rộng.", t.get(0).text());
    }

    @Test
    void rowsOfAnAssignmentTableFlattenedOneCellPerLine() {
        String text = "PHỤ LỤC\nNHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH, PHƯỜNG, XÃ, ĐẶC KHU\nTT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\n"
                + "Thời gian dự kiến hoàn thành\nI\nHoàn thiện thể chế\n1\nPhối hợp rà soát, sửa đổi Luật Quy hoạch.\nSở Tài chính\n"
                + "Các sở, ngành, UBND xã, phường, đặc khu\nQuý IV/2025\n2\nTham gia rà soát thủ tục hành chính.\n"
                + "Các sở, ngành, UBND xã, phường, đặc khu\nSở Tài chính\nQuý II/2027\n3\nTổng hợp báo cáo.\nCác sở, ngành\nSở Tài chính\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(2, t.size()); // row 3 is addressed to a generic phrase
        assertEquals("Sở Tài chính", t.get(0).agency());
        assertEquals(Role.LEAD, t.get(0).role());
        assertEquals(List.of("Ủy ban nhân dân xã, phường, đặc khu"), t.get(0).coordinators());
        assertEquals("I.1", t.get(0).section());
        assertEquals("Phối hợp rà soát, sửa đổi Luật Quy hoạch.", t.get(0).text());
        assertEquals("Ủy ban nhân dân xã, phường, đặc khu", t.get(1).agency());
        assertEquals(List.of("Sở Tài chính"), t.get(1).coordinators());
    }

    @Test
    void pipeTableRows() {
        String text = "| STT | Nội dung | Đơn vị thực hiện | Đơn vị phối hợp |\n|---|---|---|---|\n"
                + "| 1 | Tuyên truyền Nghị quyết | Ban Tuyên giáo Huyện ủy | Ủy ban Mặt trận Tổ quốc Việt Nam huyện |\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(1, t.size());
        assertEquals("Ban Tuyên giáo Huyện ủy", t.get(0).agency());
        assertEquals(Role.RESPONSIBLE, t.get(0).role());
        assertEquals(List.of("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), t.get(0).coordinators());
    }

    @Test
    void labelledChuTriAndThucHienFieldsOfATaskItem() {
        String text = "II. NHIỆM VỤ CỤ THỂ\n1. Tổ chức tập huấn chuyên sâu, bồi dưỡng kiến thức pháp luật\n"
                + "- Cơ quan chủ trì: Bộ Công an.\n"
                + "- Cơ quan phối hợp: các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Văn phòng Chính phủ.\n"
                + "- Thời gian thực hiện: năm 2025 và các năm tiếp theo.\n"
                + "2. Tuyên truyền, phổ biến pháp luật\n"
                + "- Cơ quan thực hiện: Bộ Công an, Bộ Tư pháp và các cơ quan báo chí, phát thanh, truyền hình khác.\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(List.of("Bộ Công an", "Bộ Công an", "Bộ Tư pháp"), t.stream().map(Task::agency).collect(Collectors.toList()));
        assertEquals(List.of(Role.LEAD, Role.RESPONSIBLE, Role.RESPONSIBLE), t.stream().map(Task::role).collect(Collectors.toList()));
        // "cơ quan thuộc Chính phủ" only qualifies a class; the generic partners are no coordinators
        assertEquals(List.of("Văn phòng Chính phủ"), t.get(0).coordinators());
        assertEquals("II.1", t.get(0).section());
    }

    @Test
    void aFieldOfGenericBodiesOrAnotherLabelGivesNone() {
        String text = "II. NHIỆM VỤ CỤ THỂ\n1. Rà soát văn bản\n- Cơ quan chủ trì: các bộ, cơ quan ngang bộ.\n"
                + "- Cơ quan phối hợp: Bộ Tư pháp.\n- Kết quả: báo cáo của Bộ Tư pháp.\n";
        assertTrue(extractor.extract(text, null).isEmpty());
    }

    @Test
    void giaoAndDeNghiSentencesAssignOutsideTheImplementationSection() {
        String text = "III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n2. Về kiến nghị tăng mức hỗ trợ của ngân sách trung ương:\n"
                + "Giao Bộ Tài chính nghiên cứu kiến nghị của tỉnh Đắk Lắk trong quá trình tổng hợp nhu cầu chung.\n"
                + "3. Về kiến nghị đầu tư xây dựng tuyến cao tốc:\n"
                + "Đề nghị Ủy ban nhân dân tỉnh Đắk Lắk chủ trì, phối hợp với Bộ Xây dựng để làm rõ sự cần thiết.\n"
                + "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Đắk Lắk và các Bộ, cơ quan liên quan biết, thực hiện./.\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(List.of("Bộ Tài chính", "Ủy ban nhân dân tỉnh Đắk Lắk"), t.stream().map(Task::agency).collect(Collectors.toList()));
        assertEquals(List.of(Role.RESPONSIBLE, Role.LEAD), t.stream().map(Task::role).collect(Collectors.toList()));
        assertEquals(List.of("Bộ Xây dựng"), t.get(1).coordinators());
        assertEquals("III.2", t.get(0).section());
    }

    @Test
    void giaoOnlyTheBodyNamedFirstNotTheOnesItDirects() {
        String text = "5. Về sắp xếp tổ chức bộ máy\nGiao Bộ Chính trị chỉ đạo Đảng uỷ Chính phủ: Chỉ đạo hoàn thiện Đề án sắp xếp.\n"
                + "Yêu cầu các cấp ủy, tổ chức đảng quán triệt Nghị quyết.\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(List.of("Bộ Chính trị"), t.stream().map(Task::agency).collect(Collectors.toList()));
    }

    @Test
    void aLabelAloneOnItsLineAndANameBrokenAfterTheBullet() {
        // web renderings: "1.2." above its heading, "+ Sở" above "Xây dựng: hướng dẫn …"
        String text = "IV. NHIỆM VỤ CỤ THỂ\n1.\nNhiệm vụ của thành viên Ban Chỉ đạo\n1.2.\n"
                + "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo\n- Tuyên truyền, phổ biến, quán triệt các cơ quan.\n1.3.\n"
                + "Các cơ quan quan tham mưu quản lý ngành, lĩnh vực\n+ Sở\nXây dựng: hướng dẫn các cơ quan, tổ chức thực hiện kiểm kê.\n"
                + "+ Ghi\nchú: không phải một cơ quan.\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(List.of("Sở Tài chính", "Sở Xây dựng"), t.stream().map(Task::agency).collect(Collectors.toList()));
        assertEquals(List.of(Role.LEAD, Role.RESPONSIBLE), t.stream().map(Task::role).collect(Collectors.toList()));
        assertEquals(List.of("IV.1.2", "IV.1.3"), t.stream().map(Task::section).collect(Collectors.toList()));
    }

    @Test
    void aTableRowUnderAMergedNumberCellKeepsTheNumberAbove() {
        String text = "PHỤ LỤC\n(Kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 của UBND Thành phố)\nTT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian dự kiến hoàn thành\nII\n"
                + "Xây dựng hạ tầng công nghệ thông tin\n1\nXây dựng hạ tầng công nghệ thông tin tại Sở Tài chính.\n"
                + "Trung tâm Chuyển đổi số Thành phố\nSở Khoa học và Công nghệ\nQuý IV/2026\n"
                + "Xây dựng hạ tầng kỹ thuật dự phòng.\nSở Khoa học và Công nghệ\n"
                + "2\nĐầu tư trang thiết bị hiện đại.\nSở Tài chính\nCác sở, ngành\nQuý IV/2026\n"
                + "Nơi nhận:\n- Như trên;\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(List.of("Trung tâm Chuyển đổi số Thành phố", "Sở Khoa học và Công nghệ", "Sở Tài chính"),
                t.stream().map(Task::agency).collect(Collectors.toList()));
        assertEquals(List.of("II.1", "II.1", "II.2"), t.stream().map(Task::section).collect(Collectors.toList()));
    }
    @Test
    void aHeadingsSecondBodyThatTheBlockMakesThePartnerCoordinates() {
        // web-official/001c610b2efdcf0c.md IV.2-IV.3: two bodies in the heading, the text makes the second the partner
        String text = "IV. TỔ CHỨC THỰC HIỆN\n2. Sở Khoa học và Công nghệ, Sở Nội vụ\n"
                + "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ và các đơn vị có liên quan tổ chức đào tạo, tập huấn.\n"
                + "3.\nCông an Thành phố, Bộ Tư lệnh Thành phố\n"
                + "Công an Thành phố chủ trì phối hợp với Bộ Tư lệnh Thành phố và các đơn vị có liên quan định kỳ kiểm tra.\n"
                + "4. Sở Tài chính, Sở Nội vụ\nChủ trì bố trí kinh phí và biên chế thực hiện Kế hoạch.\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(List.of("Sở Khoa học và Công nghệ", "Sở Nội vụ", "Công an Thành phố", "Bộ Tư lệnh Thành phố",
                "Sở Tài chính", "Sở Nội vụ"), t.stream().map(Task::agency).collect(Collectors.toList()));
        // a block that leads and names no partner among its own bodies: both lead
        assertEquals(List.of(Role.LEAD, Role.COORDINATE, Role.LEAD, Role.COORDINATE, Role.LEAD, Role.LEAD),
                t.stream().map(Task::role).collect(Collectors.toList()));
    }
    @Test
    void aBodyOpeningItsSentenceWithADirectivePredicateIsAssignedOutsideTheSection() {
        // web-official/826ed569ec2ddaa1.md III.5: the answer to a province's request
        String text = "III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n5. Về kiến nghị xem xét, trình Quốc hội phê duyệt chủ trương đầu tư\n"
                + "Bộ Nông nghiệp và Môi trường khẩn trương chủ trì, phối hợp với Bộ Dân tộc và Tôn giáo, Bộ Tài chính hoàn thiện Báo cáo.\n"
                + "Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định của Chính phủ.\n";
        List<Task> t = extractor.extract(text, null);
        assertEquals(List.of("Bộ Nông nghiệp và Môi trường", "Bộ Tài chính"), t.stream().map(Task::agency).collect(Collectors.toList()));
        assertEquals(List.of(Role.LEAD, Role.RESPONSIBLE), t.stream().map(Task::role).collect(Collectors.toList()));
        // negatives: a narrative of what a body did, and a sentence that does not open with the body
        assertEquals(List.of(), extractor.extract("I. KẾT QUẢ THỰC HIỆN\nSở Y tế đã chủ trì tổ chức tập huấn cho 300 cán bộ.\n"
                + "Năm 2024, Sở Tài chính chủ trì thẩm định 12 dự án.\n"
                + "Điều 3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này.\n", null));
    }
}
