package vbtrace.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vbtrace.model.DocumentInfo;
import vbtrace.model.Span;

/** One test per real header layout, on short texts shaped like the corpus's. */
class HeaderLayoutsTest {
    private final StructureAnalyzer analyzer = new StructureAnalyzer();

    private DocumentInfo card(String text) {
        return analyzer.analyze(text, List.of()).document();
    }

    @Test
    void webRenderingWithCellsAndBold() {
        DocumentInfo d = card("""
                |
                **ỦY BAN NHÂN
                DÂN **
                THÀNH PHỐ HỒ CHÍ MINH
                --------
                |
                **CỘNG HÒA XÃ
                HỘI CHỦ NGHĨA VIỆT NAM**
                Độc lập - Tự do - Hạnh phúc
                ---------------
                |
                |
                Số:
                2820/QĐ-UBND
                |
                *Thành phố Hồ
                Chí Minh, ngày 19
                tháng 11 năm 2025*
                |


                **QUYẾT ĐỊNH**

                BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ
                06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ

                **ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH**

                *Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*
                """);
        assertEquals("2820/QĐ-UBND", d.number());
        assertEquals("QĐ", d.type());
        assertEquals("Ủy ban nhân dân thành phố Hồ Chí Minh", d.issuer());
        assertEquals("Thành phố Hồ Chí Minh", d.place());
        assertEquals("2025-11-19", d.date());
        assertEquals("BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ", d.title());
    }

    @Test
    void gazetteNumberBeforeMottoAndRunningHeads() {
        DocumentInfo d = card("""
                CÔNG BÁO/Số 1053 + 1054/Ngày 23-12-2021
                2
                VĂN BẢN QUY PHẠM PHÁP LUẬT
                CHÍNH PHỦ
                CHÍNH PHỦ
                Số: 112/2021/NĐ-CP
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Hà Nội, ngày 10 tháng 12 năm 2021
                NGHỊ ĐỊNH
                Quy định chi tiết một số điều và biện pháp thi hành
                Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng
                Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
                Chính phủ ban hành Nghị định quy định chi tiết.
                Chương I
                NHỮNG QUY ĐỊNH CHUNG
                Điều 1. Phạm vi điều chỉnh
                """);
        assertEquals("112/2021/NĐ-CP", d.number());
        assertEquals("NĐ", d.type());
        assertEquals("Chính phủ", d.issuer());
        assertEquals("Trung ương", d.jurisdiction());
        assertEquals("2021-12-10", d.date());
        assertTrue(d.title().startsWith("Quy định chi tiết"), d.title());
    }

    @Test
    void gridTableWithBothColumnsOnOneLine() {
        DocumentInfo d = card("""
                  ----------------------- -----------------------------------------------
                    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\
                         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\
                   Số: 1665/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*
                  ----------------------- -----------------------------------------------
                **NGHỊ QUYẾT**
                VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH HÀ TĨNH NĂM 2025
                **ỦY BAN THƯỜNG VỤ QUỐC HỘI**
                *Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*
                """);
        assertEquals("1665/NQ-UBTVQH15", d.number());
        assertEquals("Ủy ban Thường vụ Quốc hội", d.issuer());
        assertEquals("Hà Nội", d.place());
        assertEquals("2025-06-16", d.date());
        assertEquals("VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH HÀ TĨNH NĂM 2025", d.title());
    }

    @Test
    void partyDocumentNumberWithoutColon() {
        DocumentInfo d = card("""
                ĐẢNG BỘ TỈNH LÀO CAI
                HUYỆN ỦY BẢO YÊN
                ĐẢNG CỘNG SẢN VIỆT NAM
                Số 58-NQ/HU
                Bảo Yên, ngày 29 tháng 11 năm 2021
                QUY ĐỊNH
                về chế độ làm việc
                I- QUY ĐỊNH CHUNG
                """);
        assertEquals("58-NQ/HU", d.number());
        assertEquals("QĐi", d.type()); // the heading says Quy định; Party documents write it QĐi
        assertEquals("Huyện ủy Bảo Yên", d.issuer());
        assertEquals("2021-11-29", d.date());
    }

    @Test
    void parentBodyAndIssuingBody() {
        assertEquals("Sở Tài chính tỉnh Lạng Sơn", IssuerResolver.fromHeader(List.of("UBND TỈNH LẠNG SƠN", "SỞ TÀI CHÍNH")));
        assertEquals("Ban Tuyên giáo Tỉnh ủy Lạng Sơn", IssuerResolver.fromHeader(List.of("TỈNH ỦY LẠNG SƠN", "BAN TUYÊN GIÁO")));
        assertEquals("Tỉnh ủy Lạng Sơn", IssuerResolver.fromHeader(List.of("ĐẢNG BỘ TỈNH LẠNG SƠN", "TỈNH ỦY")));
        assertEquals("Cục Thuế", IssuerResolver.fromHeader(List.of("BỘ TÀI CHÍNH", "CỤC THUẾ")));
        assertEquals("Văn phòng Trung ương Đảng", IssuerResolver.fromHeader(List.of("BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG")));
        assertEquals("Ủy ban nhân dân tỉnh Đắk Lắk", IssuerResolver.fromHeader(List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK")));
        assertEquals("Bộ Lao động - Thương binh và Xã hội", IssuerResolver.fromHeader(List.of("BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI")));
    }

    @Test
    void congVanHasSubjectAndNoTypeWord() {
        DocumentInfo d = card("""
                BỘ TÀI CHÍNH
                CỤC THUẾ
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 5680/CT-CS
                V/v thuế TNCN từ tiền lương, tiền công.
                Hà Nội, ngày 01 tháng 12 năm 2025
                Kính gửi: Ban Tuyên giáo và Dân vận Trung ương
                Cục Thuế nhận được công văn số 1879-CV/BTGVTW ngày 13/8/2025.
                """);
        assertEquals("CV", d.type()); // not CT: the symbol's "CT" is Cục Thuế here
        assertEquals("5680/CT-CS", d.number());
        assertEquals("V/v thuế TNCN từ tiền lương, tiền công.", d.title());
        assertEquals("Cục Thuế", d.issuer());
        assertEquals("Hà Nội", d.place());
    }

    @Test
    void blankDraftNumberAndDay() {
        DocumentInfo d = card("""
                ỦY BAN NHÂN DÂN
                TỈNH LẠNG SƠN
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số:      /KH-UBND
                Lạng Sơn, ngày     tháng 3 năm 2022
                KẾ HOẠCH
                Triển khai thực hiện Nghị quyết số 58-NQ/TU
                """);
        assertNull(d.number());
        assertEquals("KH", d.type());
        assertEquals("2022-03", d.date());
        assertEquals("tỉnh Lạng Sơn", d.jurisdiction());
    }

    @Test
    void receivedStampGivesNeitherNumberNorDateAndDoesNotSplitTheTitle() {
        String text = """
                ỦY BAN NHÂN DÂN TỈNH BẮC GIANG
                Số: 2774/KH-UBND
                Bắc Giang, ngày 29 tháng 9 năm 2015
                KẾ HOẠCH
                Thực hiện Chỉ thị số 28/CT-TTG ngày 10/9/2014 của

                BAN DÂN TỘC T. BẮC GIANG
                CÔNG VĂN ĐẾN	SỐ:..... 1860
                	NGÀY:..... 04/10/2015

                Thủ tướng Chính phủ về công tác dân tộc

                Ủy ban nhân dân tỉnh Bắc Giang xây dựng Kế hoạch như sau:
                I. MỤC ĐÍCH
                """;
        int stampStart = text.indexOf("BAN DÂN TỘC T."), stampEnd = text.indexOf("04/10/2015") + 10;
        DocumentStructure s = analyzer.analyze(text, List.of(new Span(stampStart, stampEnd)));
        assertEquals("2774/KH-UBND", s.document().number());
        assertEquals("2015-09-29", s.document().date());
        assertEquals("Thực hiện Chỉ thị số 28/CT-TTG ngày 10/9/2014 của Thủ tướng Chính phủ về công tác dân tộc", s.document().title());
        assertEquals(List.of(new Span(stampStart, stampEnd)), s.stamps());
        assertTrue(text.substring(s.opening().start(), s.opening().end()).startsWith("Ủy ban nhân dân tỉnh Bắc Giang xây dựng"));
    }

    @Test
    void noHeaderTakesTypeAndIssuerFromHeading() {
        for (String heading : List.of("NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH Về công tác dân tộc",
                "NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nVề công tác dân tộc")) {
            DocumentInfo d = card(heading + """
                     trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 - 2030
                    I- ĐÁNH GIÁ TÌNH HÌNH
                    Lạng Sơn là tỉnh miền núi biên giới.
                    Nơi nhận:
                    - Văn phòng Trung ương Đảng, (B/c)
                    - Lưu Văn phòng Tỉnh ủy.
                    T/M TỈNH ỦY
                    BÍ THƯ
                    Nguyễn Quốc Đoàn
                    """);
            assertEquals("NQ", d.type());
            assertEquals("Về công tác dân tộc trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 - 2030", d.title());
            // the heading names the issuing body; "T/M TỈNH ỦY" signs on its behalf
            assertEquals("Ban Chấp hành Đảng bộ tỉnh Lạng Sơn", d.issuer());
            assertEquals("tỉnh Lạng Sơn", d.jurisdiction());
            assertEquals("Nguyễn Quốc Đoàn", d.signer().name());
            assertEquals("Bí thư", d.signer().position());
            assertEquals("T/M Tỉnh ủy", d.signer().authority());
            assertEquals(List.of("Văn phòng Trung ương Đảng"), d.recipients());
        }
    }

    @Test
    void noHeaderNorIssuerInHeadingTakesIssuerFromSigningBlock() {
        DocumentInfo d = card("""
                NGHỊ QUYẾT
                Về công tác dân tộc trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 - 2030
                I- ĐÁNH GIÁ TÌNH HÌNH
                Lạng Sơn là tỉnh miền núi biên giới.
                T/M TỈNH ỦY
                BÍ THƯ
                Nguyễn Quốc Đoàn
                """);
        assertEquals("Tỉnh ủy Lạng Sơn", d.issuer());
    }

    @Test
    void partyConclusionOfAPersonKeepsThePersonInTheTitle() {
        DocumentInfo d = card("""
                KẾT LUẬN
                CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG
                TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN PHÒNG TỈNH UỶ, THÀNH UỶ NĂM 2025
                Hội nghị toàn quốc công tác văn phòng tỉnh uỷ, thành uỷ năm 2025 tổ chức ngày 26/11/2025.
                """);
        assertTrue(d.title().startsWith("CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG"), d.title());
    }

    @Test
    void wordsAfterTheTypeInTheHeadingBeginTheTitle() {
        // "THÔNG BÁO KẾT LUẬN": a Thông báo whose subject is a conclusion, so "Kết luận" belongs to the title
        DocumentInfo d = card("""
                Số 432-TB/VPTW
                **THÔNG BÁO KẾT LUẬN**
                CỦA ĐỒNG CHÍ TỔNG BÍ THƯ
                TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ
                Ngày 24/11/2025, tại Trụ sở Trung ương Đảng, đồng chí Tổng Bí thư đã có buổi làm việc.
                """);
        assertEquals("TB", d.type());
        assertEquals("KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ", d.title());
    }

    @Test
    void numbersAreCanonical() {
        assertEquals("2774/KH-UBND", DocumentNumbers.canonical(" 2774 /KH-UBND"));
        assertEquals("28-CT/TU", DocumentNumbers.canonical("28 -CT/TU"));
        assertEquals("28/CT-TTg", DocumentNumbers.canonical("28/CT-TTG"));
        assertEquals("1/2021/TT-UBND", DocumentNumbers.canonical("01/2021/TT-UBND"));
        assertEquals("66.19/2026/NQ-CP", DocumentNumbers.canonical("66.19/2026/NQ-CP"));
        assertEquals("1-CTr/TU", DocumentNumbers.canonical("01-ctr/tu"));
        assertNull(DocumentNumbers.canonical("/KH-UBND"));
        assertEquals("KH", DocumentNumbers.typeCode("/KH-UBND"));
        assertEquals("NQ", DocumentNumbers.typeCode("58-NQ/TU"));
        assertEquals("NĐ", DocumentNumbers.typeCode("134/2006/NĐ-CP"));
        assertNull(DocumentNumbers.typeCode("88/2019/QH14"));
        assertEquals("QyĐ", DocumentTypes.standard().bySymbol("QĐi").orElseThrow().code());
        assertEquals("QyĐ", DocumentTypes.standard().bySymbol("QyĐ").orElseThrow().code());
    }

    @Test
    void datesAndPlaces() {
        DateLine d = DateLine.find("Bắc Giang, ngày 29 tháng 9 năm 2015").orElseThrow();
        assertEquals("Bắc Giang", d.place());
        assertEquals("2015-09-29", d.date());
        assertEquals("2022-03", DateLine.find("Lạng Sơn, ngày    tháng 3 năm 2022").orElseThrow().date());
        assertEquals("2022", DateLine.find("Hà Nội, ngày ... tháng ... năm 2022").orElseThrow().date());
        assertEquals("2021-12-10", DateLine.find("Hà Nội, ngày 10/12/2021").orElseThrow().date());
        assertTrue(DateLine.find("ngày 31 tháng 2 năm 2021").isEmpty());
    }

    @Test
    void headerTableReadRowByRowKeepsTheIssuersTwoLines() {
        // a .docx header table comes out cell by cell, row by row: issuer lines and motto interleaved
        DocumentInfo d = card("""
                UBND TỈNH LÀO CAI
                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ CÔNG THƯƠNG
                Độc lập - Tự do - Hạnh phúc
                Số: /KH-SCT
                Lào Cai, ngày tháng 6 năm 2026
                KẾ HOẠCH
                Huấn luyện, kiểm tra kỹ thuật an toàn trên địa bàn tỉnh Lào Cai
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertEquals("Sở Công Thương tỉnh Lào Cai", d.issuer());
        assertEquals("tỉnh Lào Cai", d.jurisdiction());
        assertNull(d.number());
        assertEquals("2026-06", d.date());
    }

    @Test
    void issuerWithAbbreviationIsWrittenInOfficialCase() {
        DocumentInfo d = card("""
                UBND TỈNH LÀO CAI
                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 12/KH-UBND
                Lào Cai, ngày 02 tháng 6 năm 2026
                KẾ HOẠCH
                Triển khai thực hiện Chỉ thị số 11-CT/TU
                """);
        assertEquals("Ủy ban nhân dân tỉnh Lào Cai", d.issuer());
    }

    @Test
    void issuerWordBrokenOverLinesIsRejoined() {
        DocumentInfo d = card("""
                **V****Ă****N PHÒNG
                CHÍNH PHỦ**
                |
                **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
                Độc lập - Tự do - Hạnh phúc
                Số: 11520/VPCP-CN
                V/v đẩy mạnh sản xuất nhiên liệu sinh học
                Hà Nội, ngày 25 tháng 11 năm 2025
                """);
        assertEquals("Văn phòng Chính phủ", d.issuer());
        DocumentInfo b = card("BỘ C\nÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 54/2025/TT-BCT\nTHÔNG TƯ\nSửa đổi Thông tư\n");
        assertEquals("Bộ Công Thương", b.issuer());
    }

    @Test
    void aTextWithOnlyItsSigningBlockTakesTheIssuerFromIt() {
        DocumentInfo d = card("""
                CÔNG BÁO/Số 323/Ngày 11-06-2026
                TM. CHÍNH PHỦ
                KT. THỦ TƯỚNG
                PHÓ THỦ TƯỚNG
                Hồ Quốc Dũng
                """);
        assertEquals("Chính phủ", d.issuer());
        assertEquals("Hồ Quốc Dũng", d.signer().name());
        assertEquals("KT. Thủ tướng", d.signer().authority());
    }

    @Test
    void signerNamesInCapitalsWithRankOrBrokenWord() {
        String head = "BỘ QUỐC PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 127/2025/TT-BQP\nTHÔNG TƯ\nBãi bỏ Quyết định\nĐiều 1. Bãi bỏ.\n";
        assertEquals("Nguyễn Văn An", card(head + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nNGUYỄN VĂN AN\n").signer().name());
        assertEquals("Vũ Hải Sản", card(head + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Vũ Hải Sản\n").signer().name());
        assertEquals("Lê Hải Hòa", card(head + "CHỦ TỊCH\nLê Hải H òa\n").signer().name());
        assertEquals("Thứ trưởng", card(head + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNGUYỄN VĂN AN\n").signer().position());
        // a gazette text keeps a lone bracket where the signature image was
        assertEquals("Lê Minh Hưng", card(head + "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n[\nLê Minh Hưng\n").signer().name());
    }

    @Test
    void consolidatedTextTakesNumberDateAndIssuerFromItsAuthentication() {
        // the header reproduces the consolidated decree's; the authentication block names the consolidated text
        DocumentInfo d = card("""
                CHÍNH PHỦ
                Số: 49/2018/NĐ-CP
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                NGHỊ ĐỊNH
                Quy định về kiểm định chất lượng giáo dục nghề nghiệp
                Điều 1. Phạm vi điều chỉnh
                Nghị định này quy định về kiểm định.
                XÁC THỰC VĂN BẢN HỢP NHẤT
                Số: 1798/VBHN-BLĐTBXH
                Hà Nội, ngày 18 tháng 5 năm 2023
                KT. BỘ TRƯỞNG
                THỨ TRƯỞNG
                Lê Tấn Dũng
                """);
        assertEquals("1798/VBHN-BLĐTBXH", d.number());
        assertEquals("VBHN", d.type());
        assertEquals("2023-05-18", d.date());
        assertEquals("Bộ Lao động - Thương binh và Xã hội", d.issuer());
        assertEquals("Lê Tấn Dũng", d.signer().name());
    }

    @Test
    void aPlaceNameWrappedAfterItsUnitWordStaysInTheTitle() {
        DocumentInfo d = card("""
                Số: 1663/NQ-UBTVQH15
                NGHỊ QUYẾT
                Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh
                Đồng Tháp năm 2025
                ỦY BAN THƯỜNG VỤ QUỐC HỘI
                Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
                """);
        assertEquals("Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Đồng Tháp năm 2025", d.title());
        assertEquals("Ủy ban Thường vụ Quốc hội", d.issuer());
    }
}
