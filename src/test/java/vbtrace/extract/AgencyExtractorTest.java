package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vbtrace.model.Agency;
import vbtrace.model.DocumentInfo;
import vbtrace.structure.DocumentStructure;

/** Sentences from the seed plans and the web renderings; every exclusion has a negative. */
class AgencyExtractorTest {
    private final AgencyExtractor extractor = new AgencyExtractor(AgencyLexicon.standard(), null);

    private List<String> names(String text) {
        return extractor.extract(text, null).stream().map(Agency::name).collect(Collectors.toList());
    }

    @Test
    void expandsAbbreviations() {
        assertEquals(List.of("Ủy ban nhân dân tỉnh Lạng Sơn"), names("Kết luận số 1364-KL/TU), UBND tỉnh Lạng Sơn ban hành Kế hoạch tổ chức thực hiện như sau:"));
        assertEquals(List.of("Sở Lao động - Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn"),
                names("Sở LĐ-TB&XH, Sở KH&ĐT và Sở NN&PTNT phối hợp thực hiện."));
        assertEquals(List.of("Bộ Chỉ huy Quân sự tỉnh", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
                names("Bộ CHQS tỉnh, Chi nhánh NHCSXH tỉnh tham gia."));
        assertEquals(List.of("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
                names("17. Đề nghị Ủy ban MTTQ VN tỉnh và các tổ chức thành viên tăng cường tập hợp"));
    }

    @Test
    void aCompanysLegalFormBelongsToItsNameAndAloneIsNoName() {
        assertEquals(List.of("Công ty cổ phần Khoáng sản Yên Phú Đông Đô - BQP", "Công ty cổ phần Đá quý và Vàng"),
                names("Xét đề nghị của các đơn vị gồm: Công ty cổ phần Khoáng sản Yên Phú Đông Đô - BQP tại Văn bản số 51/GĐN; "
                        + "Công ty cổ phần Đá quý và Vàng tại Văn bản số 30.6/GĐN-ĐQ&V."));
        // the legal form as a class of companies
        assertEquals(List.of(), names("Đối với Công ty trách nhiệm hữu hạn Nhà nước một thành viên: tùy theo quy mô; Công ty Cổ phần, "
                + "Công ty TNHH hai thành viên trở lên"));
    }

    @Test
    void aSteeringCommitteeIsNamedByItsWholeRemit() {
        assertEquals(List.of("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ"),
                names("triển khai “Chiến dịch 500 ngày đêm” của Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính "
                        + "hài cốt liệt sĩ và Kế hoạch tổ chức các hoạt động kỷ niệm"));
        assertEquals(List.of("Ban Chỉ đạo tổng rà soát hệ thống văn bản quy phạm pháp luật"),
                names("theo đúng kế hoạch, hướng dẫn của Ban Chỉ đạo tổng rà soát hệ thống văn bản quy phạm pháp luật do đồng chí "
                        + "Chủ tịch Quốc hội làm Trưởng Ban"));
        assertEquals(List.of("Ban Chỉ đạo cải cách thủ tục hành chính", "Ban Chỉ đạo Chuyển đổi số trong các cơ quan đảng",
                        "Văn phòng Trung ương Đảng"),
                names("Với vai trò là cơ quan thường trực Ban Chỉ đạo cải cách thủ tục hành chính và Ban Chỉ đạo Chuyển đổi số "
                        + "trong các cơ quan đảng, Văn phòng Trung ương Đảng đã chủ trì"));
        // a document number in the remit keeps its spelling
        assertEquals(List.of("Ban Chỉ đạo Nghị quyết số 57-NQ/TW"),
                names("Văn phòng là cơ quan Thường trực Ban Chỉ đạo Nghị quyết số 57-NQ/TW; phối hợp triển khai").stream()
                        .filter(n -> n.startsWith("Ban")).toList());
        // negatives: the report's topic, a verb without its object, a bare committee
        assertFalse(names("báo cáo Ban Chỉ đạo Trung ương về kết quả thực hiện tổng kiểm kê tài sản").stream()
                .anyMatch(n -> n.contains("kết quả")));
        assertFalse(names("Giao Ban Chỉ đạo triển khai thực hiện kế hoạch").stream().anyMatch(n -> n.contains("triển khai")));
        assertEquals(List.of(), names("báo cáo Ban Chỉ đạo về tiến độ, kết quả thực hiện"));
    }

    @Test
    void aCommitteeForSeveralBodiesIsOneName() {
        // the Party committee of the Front and the mass organisations, a comma inside its name
        assertEquals(List.of("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"),
                names("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo các tổ chức"));
        // the standing committee of a body's Party committee
        assertEquals(List.of("Ban Thường vụ Đảng ủy Quốc hội", "Ban Thường vụ Đảng ủy Chính phủ"),
                names("thì Ban Thường vụ Đảng ủy Quốc hội, Ban Thường vụ Đảng ủy Chính phủ xem xét, quyết định"));
        assertEquals(List.of("Ban Bí thư", "Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"),
                names("theo ủy quyền của Ban Bí thư, thì Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương xem xét"));
        // the provinces' merged press and broadcaster (2025), and the investment promotion centre
        assertEquals(List.of("Báo và Phát thanh, Truyền hình Sơn La"), names("9. Báo và phát thanh, truyền hình Sơn La"));
        assertEquals(List.of("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"), names("7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch"));
        // a list of two bodies is not
        assertEquals(List.of("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Sở Nội vụ"),
                names("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Sở Nội vụ phối hợp"));
    }

    @Test
    void aGroupsUnitsMaySplitBySlashAndAPlaceIsNoBroadcaster() {
        assertEquals(List.of("Ủy ban nhân dân các tỉnh/thành phố"),
                names("các bộ, ngành Trung ương, UBND các tỉnh/thành phố như: Lào Cai, Lạng Sơn"));
        assertEquals(List.of(), names("mở rộng thị trường Đài Loan, Hàn Quốc"));
        assertEquals(List.of("Đài Phát thanh và Truyền hình tỉnh"), names("Đài Phát thanh và Truyền hình tỉnh đưa tin"));
    }

    @Test
    void economicZoneBoardsAreNamedWhole() {
        assertEquals(List.of("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"),
                names("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi chủ trì"));
        // abbreviations expanded, a lower-case word before the zone's proper name kept
        assertEquals(List.of("Ban Quản lý Khu kinh tế mở Chu Lai tỉnh Quảng Nam"), names("7. Ban Quản lý KKT mở Chu Lai tỉnh Quảng Nam"));
        // negatives: "và các" before another body's head, a verb and one capitalized word
        assertEquals(List.of("Sở Y tế"), names("Sở Y tế và các Sở, ngành phối hợp"));
        assertEquals(List.of("Sở Y tế"), names("Sở Y tế đăng tải Số liệu"));
    }

    @Test
    void departmentsOfSeveralProvincesStayApart() {
        // a province named without its kind is still that province, not the document's other one
        assertEquals(List.of("Sở Công Thương thành phố Hồ Chí Minh", "Sở Công Thương Hà Nội"),
                names("Sở Công Thương thành phố Hồ Chí Minh phối hợp với Sở Công Thương Hà Nội"));
        // a bare name among several places joins none of them
        assertEquals(List.of("Sở Công Thương tỉnh Lào Cai", "Sở Công Thương tỉnh Yên Bái", "Sở Công Thương"),
                names("Sở Công Thương tỉnh Lào Cai, Sở Công Thương tỉnh Yên Bái thống nhất. Sở Công Thương tổng hợp"));
    }

    @Test
    void oneSpellingPerBody() {
        assertEquals(List.of("Sở Lao động - Thương binh và Xã hội"), names("6. Sở lao động-Thương binh và Xã hội\n\nChủ trì, phối hợp"));
        assertEquals(List.of("Sở Công Thương"), names("11. Sở Công thương\n\n- Chủ trì phối hợp với các sở, ngành chức năng"));
        // "Ban Dân tộc" and "Ban Dân tộc tỉnh" are one body in a provincial plan
        List<Agency> a = extractor.extract("Phối hợp với Ban Dân tộc tỉnh tham mưu. Giao Ban Dân tộc là cơ quan thường trực.", null);
        assertEquals(1, a.size());
        assertEquals("Ban Dân tộc tỉnh", a.get(0).name());
        assertEquals(2, a.get(0).mentions());
        // a province written without its unit kind is the same department's place
        assertEquals(List.of("Sở Công Thương tỉnh Lào Cai"),
                names("Sở Công Thương tỉnh Lào Cai tổ chức huấn luyện. Địa điểm: Sở Công Thương Lào Cai, địa chỉ: Số 165 Lý Thường Kiệt"));
        // a capitalized word after the name that is no province stays in the name
        assertEquals(List.of("Sở Tài chính Thành phố"), names("Sở Tài chính Thành phố phối hợp"));
        // "Mặt trận tổ quốc" is the front's committee
        assertEquals(List.of("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
                names("phát huy vai trò của Mặt trận tổ quốc. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường"));
    }

    @Test
    void issuerNamesItsOwnCommitteeNotAnotherProvinces() {
        DocumentInfo info = new DocumentInfo("QĐ", "Quyết định", null, "Ủy ban nhân dân tỉnh Bắc Ninh", "tỉnh Bắc Ninh",
                null, null, null, null, List.of(), List.of());
        DocumentStructure structure = new DocumentStructure(info, List.of(), null, null, null, null, null, List.of());
        List<String> n = extractor.extract("Bãi bỏ Quyết định số 12/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Giang. "
                + "Ủy ban nhân dân tỉnh giao Sở Tài chính hướng dẫn thực hiện.", structure).stream().map(Agency::name).toList();
        assertEquals(List.of("Ủy ban nhân dân tỉnh Bắc Giang", "Ủy ban nhân dân tỉnh Bắc Ninh", "Sở Tài chính"), n);
    }

    @Test
    void districtGroupsTakeTheDocumentsWording() {
        Map<String, Integer> m = extractor.extract("Chủ trì, phối hợp với UBND các huyện, thành phố. Phối hợp với Ủy ban nhân dân "
                + "các huyện, thị xã trong việc. UBND các huyện, thành phố tổ chức. Ủy ban nhân dân các huyện có trách nhiệm.", null)
                .stream().collect(Collectors.toMap(Agency::name, Agency::mentions));
        assertEquals(Map.of("Ủy ban nhân dân các huyện, thành phố", 4), m);
        // a narrowed group stays apart
        assertEquals(List.of("Ủy ban nhân dân các huyện miền núi, vùng cao"), names("19. Ủy ban nhân dân các huyện miền núi, vùng cao\n\n- Chủ động"));
    }

    @Test
    void headerInCapitals() {
        assertEquals(List.of("Ủy ban nhân dân tỉnh Bắc Giang"), names("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    }

    @Test
    void placeNamesEndWhereTheGazetteerSays() {
        assertEquals(List.of("Hội đồng nhân dân tỉnh Thừa Thiên Huế", "Sở Y tế tỉnh Lai Châu"),
                names("NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH THỪA THIÊN HUẾ QUY ĐỊNH NGUYÊN TẮC; Sở Y tế tỉnh Lai Châu Chủ trì"));
    }

    @Test
    void openNamesEndBeforeThePredicate() {
        assertEquals(List.of("Trung tâm Chuyển đổi số Thành phố", "Công an Thành phố"),
                names("Trung tâm Chuyển đổi số Thành phố chủ trì, phối hợp với Công an Thành phố và các đơn vị có liên quan"));
        assertEquals(List.of("Ban Tuyên giáo Huyện ủy"), names("- Ban Tuyên giáo Huyện ủy: Chỉ đạo các cơ quan báo chí"));
        assertEquals(List.of("Sở Kế hoạch và Đầu tư", "Sở Tài chính"),
                names("- Phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính phân bổ nguồn vốn thực hiện các chính sách dân tộc"));
    }

    @Test
    void genericPhrasesAreNotAgencies() {
        assertTrue(names("Chủ trì phối hợp với các sở, ban, ngành liên quan triển khai thực hiện.").isEmpty());
        assertTrue(names("Phối hợp chặt chẽ với cấp ủy Đảng, chính quyền địa phương triển khai thực hiện phương án").isEmpty());
        assertTrue(names("phát huy vai trò của các tổ chức chính trị - xã hội trong thực hiện công tác tuyên truyền").isEmpty());
        assertTrue(names("phối hợp với các Ban Đảng, Đảng đoàn, Ban cán sự đảng triển khai").isEmpty());
        assertTrue(names("tại các cơ quan chuyên môn thuộc UBND cấp tỉnh, huyện, xã; quy hoạch cán bộ").isEmpty());
        assertTrue(names("các chính sách, pháp luật của Đảng và Nhà nước về công tác dân tộc").isEmpty());
        assertTrue(names("100% số xã đạt Bộ tiêu chí quốc gia về y tế xã; Hội nghị tổng kết").isEmpty());
    }

    @Test
    void positionsAreNotMentionsOfTheBody() {
        assertTrue(names("định kỳ xây dựng báo cáo năm gửi về để tổng hợp báo cáo Chủ tịch UBND tỉnh.").isEmpty());
        assertEquals(List.of("Ban Dân tộc tỉnh"), names("gửi về Ban Dân tộc tỉnh để tổng hợp báo cáo Chủ tịch UBND tỉnh."));
        assertTrue(names("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Y tế chịu trách nhiệm thi hành").isEmpty());
    }

    @Test
    void documentSymbolsAreNotAgencies() {
        assertTrue(names("Số: 2774/KH-UBND theo Quyết định số 402/QĐ-TTg ngày 14/3/2016").isEmpty());
    }

    @Test
    void recipientsBlockIsLeftOut() {
        String text = "III. TỔ CHỨC THỰC HIỆN\n\n1. Ban Dân tộc\n\nChủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này trên địa bàn tỉnh và báo cáo.\n\n"
                + "Nơi nhận:\n\n- Ủy ban Dân tộc;\n- TT Tỉnh uỷ; TT HĐND tỉnh;\n- Ban Chỉ đạo Tây Bắc (b/c);\n- Lưu: VT.\n\n**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**";
        List<String> n = names(text);
        assertEquals(List.of("Ban Dân tộc"), n);
        assertFalse(n.contains("Ủy ban Dân tộc"));
    }

    @Test
    void typosJoinTheKnownSpelling() {
        assertEquals("Sở Tài nguyên và Môi trường", AgencyNames.correctSpelling("Sở Tài nguyên và Môi truờng", AgencyLexicon.standard()));
        assertEquals("Sở Ngoại vụ", AgencyNames.correctSpelling("Sở Ngoại vụ", AgencyLexicon.standard()));
        assertEquals("Bộ Nội vụ", AgencyNames.correctSpelling("Bộ Nội vụ", AgencyLexicon.standard()));
    }

    @Test
    void aGroupInAnotherOrderIsOneBodyWithItsWrittenOutWording() {
        // a plan writes the group out in its body and abbreviates it, reordered, in the appendix table
        String text = "6. Ủy ban nhân dân phường, xã, đặc khu\n- Phối hợp với các đơn vị có liên quan.\n"
                + "- Ban hành quy chế phối hợp giữa các Sở, ngành, Ủy ban nhân dân phường, xã và đặc khu.\n"
                + "Sở Tài chính\nCác sở, ngành, UBND xã, phường, đặc khu\nQuý IV/2025\n"
                + "Sở Tài chính\nCác sở, ngành, UBND xã, phường, đặc khu\nQuý IV/2026\n";
        assertEquals(List.of("Ủy ban nhân dân phường, xã, đặc khu", "Sở Tài chính"), names(text));
        // different units stay apart
        assertEquals(2, names("Ủy ban nhân dân các xã, thị trấn và Ủy ban nhân dân các phường phối hợp.").size());
    }

    @Test
    void theFrontKeepsTheWordingTheDocumentWrites() {
        // 004: "Mặt trận Tổ quốc" joins the "Ủy ban Mặt trận Tổ quốc tỉnh" the resolution also writes
        assertEquals(List.of("Ủy ban Mặt trận Tổ quốc tỉnh"), names("phát huy vai trò của Mặt trận Tổ quốc và tổ chức "
                + "chính trị - xã hội. Ủy ban Mặt trận Tổ quốc tỉnh tăng cường giám sát."));
        // a document that names only "Mặt trận Tổ quốc Việt Nam" is not given the "Ủy ban" words
        assertEquals(List.of("Mặt trận Tổ quốc Việt Nam"), names("các quy định về Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội"));
        assertEquals(List.of("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
                names("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức; các phong trào do Mặt trận Tổ quốc phát động"));
    }

    @Test
    void partyCommitteeGroupsAreNamedGroupsOneKindIsAClass() {
        assertEquals(List.of("Các huyện ủy, thành ủy, đảng ủy trực thuộc", "Mặt trận Tổ quốc"),
                names("2. Các huyện ủy, thành ủy, đảng ủy trực thuộc, các ban đảng, đảng đoàn, Mặt trận Tổ quốc, tổ chức "
                        + "chính trị - xã hội căn cứ chức năng, nhiệm vụ tổ chức quán triệt"));
        assertEquals(List.of("Ban thường vụ các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"),
                names("Giao ban thường vụ các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương lãnh đạo, chỉ đạo"));
        assertEquals(List.of(), names("Yêu cầu các cấp ủy, các tỉnh ủy quán triệt Nghị quyết."));
    }
    @Test
    void aHyphenatedPlaceNameIsReadWhole() {
        // web-official/437c3beb60ae2874.md L95-96
        assertEquals(List.of("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
                names("Quyết định số 1179/QĐ-UBND ngày 13 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về ban hành Kế hoạch"));
        // negative: a hyphen after the place that does not join a second name part stays out
        assertEquals(List.of("Ủy ban nhân dân tỉnh Lạng Sơn"), names("Ủy ban nhân dân tỉnh Lạng Sơn - nơi nhận báo cáo"));
    }

    @Test
    void thePartyCommitteeOfANamedBodyIsOneBody() {
        // assembly-2025/60-NQ_TW.md L186, L194
        assertEquals(List.of("Bộ Chính trị", "Đảng ủy Quốc hội", "Đảng ủy Chính phủ"),
                names("Giao Bộ Chính trị lãnh đạo, chỉ đạo Đảng uỷ Quốc hội; Đảng uỷ Chính phủ chỉ đạo hoàn thiện Đề án."));
        // negative: a commune Party committee group keeps its suffix, and "Đảng ủy" before a lower-case word stays alone
        assertEquals(List.of("Đảng ủy các xã, thị trấn"), names("Đảng ủy các xã, thị trấn căn cứ nội dung Kế hoạch triển khai."));
        assertEquals(List.of("Đảng ủy Công an Trung ương"), names("Đảng ủy Công an Trung ương chỉ đạo thực hiện."));
        // a title in capitals: the name ends with the body's own name
        assertEquals(List.of("Đảng ủy Bộ Y tế"), names("LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ VÀ CÁC BAN, BỘ, NGÀNH TRUNG ƯƠNG").subList(0, 1));
    }

    @Test
    void aUnitKindEndingTheNameBeforeOpensNoPlaceList() {
        // web-official/001c610b2efdcf0c.md IV.3
        assertEquals(List.of("Công an Thành phố", "Bộ Tư lệnh Thành phố"), names("3. Công An Thành phố, Bộ Tư lệnh Thành phố"));
        // negative: communes listed after their unit kind are places, not bodies ("Đoàn Kết" opens like "Đoàn")
        assertEquals(List.of("Ủy ban nhân dân các xã"), names("Ủy ban nhân dân các xã An Lạc, Thống Nhất và Đoàn Kết thực hiện."));
    }

    @Test
    void centralBodiesAndGroupQualifiersFromTheWordLists() {
        // web-official/86367f2ddb2225cd.md L139-140, L98
        assertEquals(List.of("Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"),
                names("Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam tuyên truyền, phổ biến pháp luật."));
        assertEquals(List.of("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
                names("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương rà soát, đánh giá thực trạng."));
        // the provincial tax office ("Thuế tỉnh"), but not the tax itself
        assertEquals(List.of("Thuế tỉnh"), names("10. Thuế tỉnh\nChủ trì kiểm tra, đối chiếu khối lượng khoáng sản kê khai."));
        assertEquals(List.of("Thuế tỉnh Vĩnh Long"), names("Đề nghị Thuế tỉnh Vĩnh Long căn cứ các quy định."));
        assertEquals(List.of(), names("Thuế tài nguyên được tính theo bảng giá hàng năm."));
    }
    @Test
    void aLevelGroupJoinsTheDocumentsGroupThatListsThatUnit() {
        // office-files/KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx P38, P120
        assertEquals(List.of("Ủy ban nhân dân các xã, phường"),
                names("UBND cấp xã, phường tăng cường quản lý. 12. Ủy ban nhân dân các xã, phường: quán triệt Chỉ thị. "
                        + "Ủy ban nhân dân cấp xã kiểm tra."));
        // negative: no group of that unit in the document, the level group stays as written
        assertEquals(List.of("Ủy ban nhân dân cấp xã", "Ủy ban nhân dân các huyện"),
                names("Ủy ban nhân dân cấp xã thực hiện. Ủy ban nhân dân các huyện chủ trì."));
    }

    @Test
    void aBodyRunningOnInLowerCaseIsADescriptionNotCutMidPhrase() {
        // web-official/4e39af96b6891368.md L318: "Ban Chỉ đạo tổng kiểm kê tài sản cấp xã" (a body each commune sets up)
        assertEquals(List.of(), names("Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã để chỉ đạo, đôn đốc."));
        // negative: short lower-case runs inside a name stay ("Trung tâm Phát triển quỹ đất")
        assertEquals(List.of("Trung tâm Phát triển quỹ đất tỉnh"), names("Trung tâm Phát triển quỹ đất tỉnh thực hiện."));
    }
    @Test
    void aUnitsPartyCommitteeTakesItsPlaceWithoutTheUnitKind() {
        // seed 003 L9 and L56: the issuer "Huyện ủy Bảo Yên", then "tham mưu giúp Huyện ủy"
        assertEquals(List.of("Huyện ủy Bảo Yên"),
                names("Thực hiện Chỉ thị số 28-CT/TU, Huyện ủy Bảo Yên xây dựng Kế hoạch thực hiện. Ban Dân vận tham mưu giúp Huyện ủy tổ chức."
                        ).subList(0, 1));
        // negative: a committee before a verb or another body takes no place
        assertEquals(List.of("Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"), names("Tỉnh ủy lãnh đạo. Ban Tuyên giáo Tỉnh ủy chủ trì."));
    }

    @Test
    void aLowerCaseHeadBeforeACapitalizedBody() {
        // office-files/KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx P30
        assertEquals(List.of("Phòng Quản lý công nghiệp"),
                names("1. Giao phòng Quản lý công nghiệp tổ chức huấn luyện, kiểm tra kỹ thuật an toàn."));
        // negatives: "phòng, chống" and "phòng cháy" are not bodies
        assertEquals(List.of(), names("Tăng cường công tác phòng, chống thiên tai và phòng cháy chữa cháy."));
    }
    @Test
    void aListSharingItsHeadAfterAColonNamesEachBody() {
        // web-official/826ed569ec2ddaa1.md L29-30
        assertEquals(List.of("Bộ Nông nghiệp và Môi trường", "Bộ Tài chính", "Bộ Giáo dục và Đào tạo", "Bộ Xây dựng",
                        "Bộ Dân tộc và Tôn giáo", "Văn phòng Chính phủ"),
                names("Cùng dự buổi làm việc có đại diện các Bộ, cơ quan: Nông nghiệp và Môi trường, Tài chính, "
                        + "Giáo dục và Đào tạo, Xây dựng, Dân tộc và Tôn giáo, Văn phòng Chính phủ."));
        // the list ends at a class of bodies; a colon after other words opens no list
        assertEquals(List.of("Sở Dân tộc và Tôn giáo", "Sở Nội vụ"), names("các Sở: Dân tộc và Tôn giáo, Nội vụ và các sở, ban, ngành liên quan"));
        assertEquals(List.of(), names("Kế hoạch gồm các nội dung sau: Tổ chức hội nghị, Tập huấn."));
        // web-official/b3f47f1508761da8.md: the Party committees of the listed ministries
        assertEquals(List.of("Đảng ủy Bộ Y tế", "Đảng ủy Bộ Nội vụ"), names("Đảng uỷ các Bộ: Y tế, Nội vụ; Văn phòng Trung ương Đảng.").subList(0, 2));
        // office-files/KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx P43: the colon is far from the head
        assertEquals(List.of(), names("các Sở, ban, ngành, các cơ quan chức năng chủ động phối hợp xử lý nghiêm các hành vi: "
                + "Khai thác, vận chuyển, kinh doanh khoáng sản trái phép."));
    }
    @Test
    void forcesAndRelativeLevelsAreClassesNotBodies() {
        // office-files/KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx P117; web-official/86367f2ddb2225cd.md L304
        assertEquals(List.of("Công an tỉnh"), names("Công an tỉnh chỉ đạo lực lượng Công an xã, phường phối hợp kiểm tra."));
        assertEquals(List.of("Ủy ban nhân dân các tỉnh"), names("Ủy ban nhân dân các tỉnh tổng hợp, trình Hội đồng nhân dân cùng cấp quyết định."));
    }
}
