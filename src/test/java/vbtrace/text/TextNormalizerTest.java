package vbtrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vbtrace.SharedData;
import vbtrace.model.Span;

/** Each layout repair on real snippets of ../shared/data and the seeds (copied here as literals). */
class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    private List<String> lines(String raw) {
        return normalizer.normalize(raw).text().lines().toList();
    }

    @Test
    void cleanParagraphsAreUntouched() {
        String raw = "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích:\n\n- Nhằm nâng cao nhận thức của các cấp, các ngành về công tác dân tộc.\n";
        NormalizedText n = normalizer.normalize(raw);
        assertEquals("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích:\n- Nhằm nâng cao nhận thức của các cấp, các ngành về công tác dân tộc.", n.text());
        assertEquals(List.of(), n.stamps());
    }

    @Test
    void pageBreakInsideADocumentNumberIsRejoined() {
        // seed 000, L75-77
        String raw = "- Triển khai thực hiện chế độ chính sách trong tuyển dụng công chức, đảm bảo tỷ lệ quy định tại "
                + "Quyết định số 402/QĐ-\n\nTTg ngày 14/3/2016 của Thủ tướng Chính phủ phê duyệt Đề án.\n\n- Đề xuất giải pháp.";
        List<String> l = lines(raw);
        assertEquals(2, l.size());
        assertTrue(l.get(0).contains("Quyết định số 402/QĐ-TTg ngày 14/3/2016"), l.get(0));
    }

    @Test
    void sentenceCutByABlankLineIsRejoinedButParagraphsStaySeparate() {
        // seed 001, L77-79: the paragraph runs on after a page break, lowercase
        String raw = "5. Chủ động huy động các nguồn lực hợp pháp, tổ chức lồng ghép các nguồn vốn từ các\n\n"
                + "chương trình chính sách trên địa bàn để triển khai thực hiện đầu tư có hiệu quả.\n\n"
                + "IV. TỔ CHỨC THỰC HIỆN\n\n1. Ban Dân tộc tỉnh\n\nChủ trì, phối hợp với các sở.";
        assertEquals(List.of("5. Chủ động huy động các nguồn lực hợp pháp, tổ chức lồng ghép các nguồn vốn từ các "
                        + "chương trình chính sách trên địa bàn để triển khai thực hiện đầu tư có hiệu quả.",
                "IV. TỔ CHỨC THỰC HIỆN", "1. Ban Dân tộc tỉnh", "Chủ trì, phối hợp với các sở."), lines(raw));
    }

    @Test
    void gazetteRunningHeaderAndPageNumberRemovedAndSentenceRejoined() {
        // gazette/chi-thi-so-21-ct-ttg-469580.txt, a page break mid-sentence (CRLF lines, trailing spaces)
        String raw = "2. Đề nghị Ban Tuyên giáo và Dân vận Trung ương lãnh đạo, chỉ đạo, hướng dẫn các cơ quan, tổ chức \r\n"
                + "thức tuyên truyền phù hợp, trọng tâm về công tác sắp xếp thôn, tổ dân phố và \r\n"
                + "\r\nCÔNG BÁO/Số 302/Ngày 02-06-2026 \r\n72\r\n \r\n \r\n"
                + "bố trí, sử dụng người hoạt động không chuyên trách ở cấp xã. \r\n"
                + "3. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam lãnh đạo \r\n";
        List<String> l = lines(raw);
        assertEquals(2, l.size(), l.toString());
        assertTrue(l.get(0).endsWith("tổ dân phố và bố trí, sử dụng người hoạt động không chuyên trách ở cấp xã."), l.get(0));
        assertFalse(String.join("\n", l).contains("CÔNG BÁO"));
        assertFalse(String.join("\n", l).contains("72"));
    }

    @Test
    void gazetteDigitalSignatureMetadataIsRemoved() {
        String raw = "cao chất lượng phục vụ Nhân dân. \nKý bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-06-02 08:06:58 +07:00\n\nCÔNG BÁO/Số 302/Ngày 02-06-2026 \n71\n \n"
                + "II. TỔ CHỨC THỰC HIỆN \n";
        assertEquals(List.of("cao chất lượng phục vụ Nhân dân.", "II. TỔ CHỨC THỰC HIỆN"), lines(raw));
    }

    @Test
    void gazetteHeaderBlockLinesStaySeparate() {
        String raw = "THỦ TƯỚNG CHÍNH PHỦ \n__________ \n \nSố: 21/CT-TTg \n \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
                + "Độc lập - Tự do - Hạnh phúc \n_______________________________________ \nHà Nội, ngày 20 tháng 5 năm 2026 \n \n \n"
                + "CHỈ THỊ  \nVề việc sắp xếp thôn, tổ dân phố và bố trí, sử dụng, chế độ, chính sách \n"
                + "đối với người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố  \n______________ \n \n"
                + "Thực hiện chủ trương của Đảng và các quy định của pháp luật, trong những \n"
                + "năm qua việc sắp xếp thôn đã đạt được kết quả quan trọng. \n";
        assertEquals(List.of("THỦ TƯỚNG CHÍNH PHỦ", "Số: 21/CT-TTg", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 20 tháng 5 năm 2026", "CHỈ THỊ",
                "Về việc sắp xếp thôn, tổ dân phố và bố trí, sử dụng, chế độ, chính sách đối với người hoạt động "
                        + "không chuyên trách ở cấp xã, ở thôn, tổ dân phố",
                "Thực hiện chủ trương của Đảng và các quy định của pháp luật, trong những năm qua việc sắp xếp thôn "
                        + "đã đạt được kết quả quan trọng."), lines(raw));
    }

    @Test
    void webRenderingTablePipesBoldAndWrapsAreRepaired() {
        // web-official/001c610b2efdcf0c.md: header as a flattened table, bold split mid-word, italic date
        String raw = "|\n**ỦY BAN NHÂN\nDÂN **\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n"
                + "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:\n2820/QĐ-UBND\n|\n*Thành phố Hồ\n"
                + "Chí Minh, ngày 19 tháng 11 năm 2025*\n|\n\n\n**QUYẾT ĐỊNH**\n\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ\n"
                + "06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\n*Căn cứ Luật Tổ chức chính\n"
                + "quyền địa phương số 72/2025/QH15;*\n\n*Căn cứ Luật Dữ liệu số\n60/2024/QH15 ngày 30 tháng 11 năm 2024;*\n";
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 2820/QĐ-UBND", "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025",
                "QUYẾT ĐỊNH", "BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ",
                "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
                "Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024;"), lines(raw));
    }

    @Test
    void webRenderingWithoutBlankLinesKeepsStyledParagraphsApart() {
        // web-official/02b9be7711f88c70.md: no blank lines, paragraphs told apart by their emphasis
        String raw = "*Hội đồng nhân dân ban hành Nghị quyết quy định nội\ndung chi và mức chi đặc thù.*\n"
                + "**Điều 1. Phạm vi điều chỉnh**\nNghị quyết này quy định một số nội dung chi và mức\n"
                + "chi đặc thù thuộc thẩm quyền của Hội đồng nhân dân Thành phố, cụ thể:\n"
                + "1. Chế độ, chính sách đối với các đối tượng thuộc\ndiện Ban Thường vụ Thành ủy quản lý;\n";
        assertEquals(List.of("Hội đồng nhân dân ban hành Nghị quyết quy định nội dung chi và mức chi đặc thù.",
                "Điều 1. Phạm vi điều chỉnh",
                "Nghị quyết này quy định một số nội dung chi và mức chi đặc thù thuộc thẩm quyền của Hội đồng nhân dân Thành phố, cụ thể:",
                "1. Chế độ, chính sách đối với các đối tượng thuộc diện Ban Thường vụ Thành ủy quản lý;"), lines(raw));
    }

    @Test
    void escapesAndBoldTypeWordSplit() {
        // assembly-2025 escapes; seed 004's "**NGHỊ QUYẾT****CỦA …" and markdown hard breaks
        assertEquals(List.of("1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn An Phú, xã Vĩnh Hội Đông "
                        + "thành xã mới có tên gọi là xã An Phú."),
                lines("1\\. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn An\nPhú, xã Vĩnh Hội Đông "
                        + "thành xã mới có tên gọi là **xã An Phú**."));
        assertEquals(List.of("NGHỊ QUYẾT", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
                        "Về công tác dân tộc và thực hiện Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào"),
                lines("**NGHỊ QUYẾT****CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH  \nVề công tác dân tộc và thực hiện Đề án tổng thể phát triển  \n"
                        + "kinh tế - xã hội vùng đồng bào**\n\n----\n"));
        assertEquals(List.of("II- QUAN ĐIỂM, MỤC TIÊU", "1. Quan điểm"), lines("## **II- QUAN ĐIỂM, MỤC TIÊU**\n\n### **1. Quan điểm**\n"));
    }

    @Test
    void pandocMultilineHeaderTableIsReadColumnByColumn() {
        // assembly-2025/1654_NQ-UBTVQH15.md
        String raw = "  ----------------------- -----------------------------------------------\n"
                + "    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\\n"
                + "         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\\n"
                + "     \\-\\-\\-\\-\\-\\-\\--**            \\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\--**\n\n"
                + "   Số: 1654/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*\n"
                + "  ----------------------- -----------------------------------------------\n\n** **\n\n**NGHỊ QUYẾT**\n";
        assertEquals(List.of("ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 1654/NQ-UBTVQH15", "Hà Nội, ngày 16 tháng 6 năm 2025", "NGHỊ QUYẾT"), lines(raw));
    }

    @Test
    void pandocGridTableIsReadCellByCell() {
        // assembly-2025: "Nơi nhận" beside the signature
        String raw = "+------------------------------+:-------------------------------------:+\n"
                + "| *** ***                      | **TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\\      |\n"
                + "|                              | CHỦ TỊCH\\                             |\n"
                + "| ***Nơi nhận:\\***             | \\                                     |\n"
                + "| - Chính phủ;\\                | \\                                     |\n"
                + "| - Ủy ban TW Mặt trận Tổ quốc | \\                                     |\n"
                + "| Việt Nam;\\                   | Trần Thanh Mẫn**                      |\n"
                + "| - Lưu HC, PLTP.              |                                       |\n"
                + "+------------------------------+---------------------------------------+\n";
        assertEquals(List.of("Nơi nhận:", "- Chính phủ;", "- Ủy ban TW Mặt trận Tổ quốc Việt Nam;", "- Lưu HC, PLTP.",
                "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH", "Trần Thanh Mẫn"), lines(raw));
    }

    @Test
    void receivedStampOfSeed002IsRecognizedAndLiftedOutOfTheTitle() throws Exception {
        Path seed = SharedData.SEEDS.resolve("002_935ccacd99d3527c.txt");
        String raw = Files.readString(seed, StandardCharsets.UTF_8);
        NormalizedText n = normalizer.normalize(raw);
        assertEquals(1, n.stamps().size());
        Span stamp = n.stamps().get(0);
        String stampText = n.text().substring(stamp.start(), stamp.end());
        assertTrue(stampText.startsWith("BAN DÂN TỘC T. BẮC GIANG\nCÔNG VĂN ĐẾN"), stampText);
        assertTrue(stampText.contains("1860") && stampText.contains("04/10/2015"), stampText);
        assertFalse(stampText.contains("<i>"));
        // the title the stamp interrupted (L18 + L26) is one line again
        assertTrue(n.text().contains("Thực hiện Chỉ thị số 28/CT-TTG ngày 10/9/2014 của Thủ tướng Chính phủ về nâng cao "
                + "hiệu lực quản lý nhà nước về công tác dân tộc\n"), n.text().substring(0, 600));
        // nothing outside the stamp carries its number or date
        String outside = n.text().substring(0, stamp.start()) + n.text().substring(stamp.end());
        assertFalse(outside.contains("04/10/2015"));
        assertFalse(outside.contains("1860"));
        // and the stamp's span maps back to the stamp in the raw text
        assertEquals(raw.indexOf("BAN DÂN TỘC T. BẮC GIANG"), n.offsets().toRaw(stamp.start()));
        assertTrue(n.warnings().get(0).contains("stamp"));
    }

    @Test
    void footnoteMarkersKeptAndLinked() {
        // web-official/02b9be7711f88c70.md
        String raw = "hiện nay còn 03 bộ, cơ quan[2] và 09 địa phương[3] chưa gửi báo cáo.\n\n"
                + "[2] Bộ Tư pháp, Bộ Ngoại giao.\n[3]\nLãnh đạo các tổ chức đoàn thể\nchính trị - xã hội quyết định.\n";
        NormalizedText n = normalizer.normalize(raw);
        assertTrue(n.text().startsWith("hiện nay còn 03 bộ, cơ quan[2] và 09 địa phương[3] chưa gửi báo cáo."));
        List<Footnote> f = n.footnotes();
        assertEquals(2, f.size());
        assertEquals("2", f.get(0).label());
        assertEquals("[2]", n.text().substring(f.get(0).marker().start(), f.get(0).marker().end()));
        assertEquals("Bộ Tư pháp, Bộ Ngoại giao.", n.text().substring(f.get(0).text().start(), f.get(0).text().end()));
        assertNotNull(f.get(1).text());
        assertEquals("Lãnh đạo các tổ chức đoàn thể chính trị - xã hội quyết định.",
                n.text().substring(f.get(1).text().start(), f.get(1).text().end()));
    }

    @Test
    void encodingErrorsAreFixedAndSpellingIsKept() {
        // NFD tone marks (assembly-2025, gazette), Ð (U+00D0) from PDFs, NBSP, zero-width space; old tone placement stays
        String raw = "Tha\u0300nh pho\u0302\u0301 \u00D0à Nẵng,\u00A0Tỉnh uỷ\u200B hoà bình";
        NormalizedText n = normalizer.normalize(raw);
        assertEquals("Thành phố Đà Nẵng, Tỉnh uỷ hoà bình", n.text());
        assertTrue(Normalizer.isNormalized(n.text(), Normalizer.Form.NFC));
    }

    @Test
    void offsetsMapBackToTheRawText() {
        String raw = "**Căn cứ Luật Tổ chức\nchính quyền địa phương;**\n\nQuyết định số 402/QĐ-\n\nTTg ngày 14/3/2016.";
        NormalizedText n = normalizer.normalize(raw);
        String t = n.text();
        assertEquals("Căn cứ Luật Tổ chức chính quyền địa phương;\nQuyết định số 402/QĐ-TTg ngày 14/3/2016.", t);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != '\n') assertEquals(c, raw.charAt(n.offsets().toRaw(i)), "at " + i);
        }
        int ttg = t.indexOf("TTg");
        assertEquals(raw.indexOf("TTg"), n.offsets().toRaw(ttg));
        assertEquals(raw.length(), n.offsets().toRaw(t.length()));
    }

    @Test
    void seedsKeepTheirStructureSignals() throws Exception {
        String raw = Files.readString(SharedData.SEEDS.resolve("000_ed00addca4029689.txt"), StandardCharsets.UTF_8);
        List<String> l = lines(raw);
        assertTrue(l.contains("I. MỤC ĐÍCH, YÊU CẦU"));
        assertTrue(l.contains("1. Ban Dân tộc"));
        assertTrue(l.contains("KT. CHỦ TỊCH"));
        assertTrue(l.contains("PHÓ CHỦ TỊCH"));
        assertTrue(l.contains("Dương Xuân Huyền"));
        assertTrue(l.stream().noneMatch(s -> s.contains("**")));
    }

    @Test
    void realFilesKeepNoResidue() throws Exception {
        for (String f : new String[] {"data/gazette/chi-thi-so-21-ct-ttg-469580.txt", "data/web-official/02b9be7711f88c70.md",
                "data/assembly-2025/1654_NQ-UBTVQH15.md"}) {
            String raw = Files.readString(SharedData.require(f), StandardCharsets.UTF_8);
            String t = normalizer.normalize(raw).text();
            assertFalse(t.contains("CÔNG BÁO/"), f);
            assertFalse(t.contains("**"), f);
            assertFalse(t.contains("\\"), f);
            assertFalse(t.contains("|"), f);
            assertFalse(t.contains("Ký bởi"), f);
            assertTrue(t.lines().noneMatch(String::isBlank), f);
        }
    }

    @Test
    void genreRulesForCapsLinesAndDashes() {
        // gazette/thong-tu-so-03-2022-tt-bldtbxh: an issuer name cut before "VÀ"
        assertEquals(List.of("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Số: 03/2022/TT-BLĐTBXH"),
                lines("BỘ LAO ĐỘNG - THƯƠNG BINH \nVÀ XÃ HỘI \nSố: 03/2022/TT-BLĐTBXH \n"));
        // web-official/606d5f203dec293b.md: a title cut after its first word, then its styled authority line
        assertEquals(List.of("QUYẾT ĐỊNH", "BÃI BỎ QUYẾT ĐỊNH SỐ 42/2018/QĐ-UBND NGÀY 08 THÁNG 8 NĂM 2018", "THỦ TƯỚNG CHÍNH PHỦ"),
                lines("**QUYẾT ĐỊNH**\nBÃI\nBỎ QUYẾT ĐỊNH SỐ 42/2018/QĐ-UBND NGÀY 08 THÁNG 8 NĂM 2018\n**THỦ TƯỚNG CHÍNH PHỦ**\n"));
        // web-official/2c71d790ecdeb8d1.md: "Hà Nội - Hải Phòng" cut before its dash is not a list item
        assertEquals(List.of("Xét đề nghị về tình hình cung ứng vật liệu xây dựng phục vụ Dự án tuyến đường bộ cao tốc Hà Nội "
                        + "- Hải Phòng, đoạn qua Nam Định và Thái Bình."),
                lines("Xét đề nghị về tình hình cung ứng vật liệu xây dựng phục vụ Dự án tuyến đường bộ cao tốc Hà Nội\n"
                        + "- Hải Phòng, đoạn qua Nam Định và Thái Bình.\n"));
        // …while a heading's list items stay items
        assertEquals(List.of("1. Mục đích", "- Nhằm nâng cao nhận thức."), lines("1. Mục đích\n- Nhằm nâng cao nhận thức.\n"));
        // markdown underscores (assembly-2025/1027_CTK-CSCL.md), form blanks kept
        assertEquals(List.of("(Ban hành kèm theo Công văn số 1027/CTK-CSCL)", "Số: ____/QĐ-UBND"),
                lines("_(Ban hành kèm theo Công văn số 1027/CTK-CSCL)_\n\nSố: ____/QĐ-UBND\n"));
    }

    @Test
    void footnotesRestartingPerAppendixLinkToTheirOwnBlock() {
        String text = "A[1] b[2].\nPhụ lục\nC[1] d[2].\n[1] first A.\n[2] first B.\n[1] second A.\n[2] second B.";
        List<Footnote> f = Footnotes.link(text);
        assertEquals(4, f.size());
        assertEquals("first A.", text.substring(f.get(0).text().start(), f.get(0).text().end()));
        assertEquals("second B.", text.substring(f.get(3).text().start(), f.get(3).text().end()));
    }

    @Test
    void partyHeaderStarAndNumberWithoutColon() {
        // assembly-2025/60-NQ_TW.md: the "*" under the Party issuer is a mark, "Số 60-NQ/TW" has no colon
        String raw = "  -------------------------------- --------------------------------------\n"
                + "    **BAN CHẤP HÀNH TRUNG ƯƠNG\\          **ĐẢNG CỘNG SẢN VIỆT NAM\\\n"
                + "                \\***                  \\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\--**\n\n"
                + "            Số 60-NQ/TW              *Hà Nội, ngày 12 tháng 4 năm 2025*\n"
                + "  -------------------------------- --------------------------------------\n\n\u00A0\n\n**NGHỊ QUYẾT**\n";
        assertEquals(List.of("BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 60-NQ/TW",
                "Hà Nội, ngày 12 tháng 4 năm 2025", "NGHỊ QUYẾT"), lines(raw));
        // a typed Party header: issuer, "*", number, date stay apart
        assertEquals(List.of("TỈNH ỦY LẠNG SƠN", "Số 58-NQ/TU", "Lạng Sơn, ngày 29 tháng 11 năm 2021"),
                lines("TỈNH ỦY LẠNG SƠN\n*\nSố 58-NQ/TU\nLạng Sơn, ngày 29 tháng 11 năm 2021\n"));
    }
    @Test
    void officeTableCellsStayApartButAParagraphStillWraps() {
        // office-files/KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx as Tika writes it: a tab
        // opens each cell, a blank line ends each row; the chủ trì and phối hợp cells must not merge
        String raw = "\tTên nhiệm vụ\n\tSở, ngành chủ trì tham mưu\n\tĐơn vị phối hợp thực hiện\n\tGhi chú\n\n"
                + "\t4\n\tTham mưu trình kế hoạch đấu giá quyền khai thác khoáng sản\n\tSở Nông nghiệp và Môi trường\n"
                + "\tCác Sở, ban, ngành và các địa phương liên quan\n\tHàng năm\n\t\n\n\t5\n";
        assertEquals(List.of("Tên nhiệm vụ", "Sở, ngành chủ trì tham mưu", "Đơn vị phối hợp thực hiện", "Ghi chú", "4",
                "Tham mưu trình kế hoạch đấu giá quyền khai thác khoáng sản", "Sở Nông nghiệp và Môi trường",
                "Các Sở, ban, ngành và các địa phương liên quan", "Hàng năm", "5"), lines(raw));
        // without a leading tab the lines of one paragraph are still joined
        assertEquals(List.of("Sở, ngành chủ trì tham mưu Đơn vị phối hợp"), lines("Sở, ngành chủ trì tham mưu\nĐơn vị phối hợp\n"));
    }
    @Test
    void aNameCutAfterItsHeadIsRejoined() {
        // web-official/437c3beb60ae2874.md L328-329
        assertEquals(List.of("1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì."),
                lines("1. Giao Sở\nNông nghiệp và Môi trường là cơ quan đầu mối, chủ trì.\n"));
        // negatives: "cơ sở" in lower case, and a blank line between
        assertEquals(List.of("2. Cấp cơ sở", "Ủy ban nhân dân xã thực hiện."), lines("2. Cấp cơ sở\nỦy ban nhân dân xã thực hiện.\n"));
        assertEquals(List.of("Gửi Bộ", "Công an tỉnh."), lines("Gửi Bộ\n\nCông an tỉnh.\n"));
    }
}
