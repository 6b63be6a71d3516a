package vbtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vbtrace.SharedData;

/** A PDF text layer is judged from its language: scans have no letters, broken layers lost their Vietnamese ones. */
class TextLayerTest {
    static final String GOOD = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Kiểm tra việc chấp hành pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn "
            + "tỉnh Lào Cai năm 2026. Căn cứ Nghị định số 189/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định "
            + "chi tiết Luật Xử lý vi phạm hành chính về thẩm quyền xử phạt vi phạm hành chính.";

    /** What a font without a Unicode map for Vietnamese letters leaves: every letter outside Latin-1 is gone. */
    static String breakLayer(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(c < 0x100 ? c : ' '));
        return out.toString();
    }

    @Test
    void vietnameseTextIsGood() {
        TextLayer layer = TextLayer.assess(GOOD, List.of(300));
        assertEquals(TextLayer.Quality.GOOD, layer.quality());
    }

    @Test
    void textMissingItsVietnameseLettersIsBroken() {
        String broken = breakLayer(GOOD);
        assertTrue(broken.contains("HÒA XÃ") && broken.contains("C NG"), broken);
        assertEquals(TextLayer.Quality.BROKEN, TextLayer.assess(broken, List.of(300)).quality());
    }

    @Test
    void aFewLettersPerPageIsAScan() {
        String stamp = "Bộ Công Thương đã ký lên văn bản này! 2026-04-02T14:24:26+0700";
        assertEquals(TextLayer.Quality.SCANNED, TextLayer.assess(stamp, List.of(30, 0, 0)).quality());
        assertEquals(TextLayer.Quality.SCANNED, TextLayer.assess("", List.of(0, 0)).quality());
    }

    @Test
    void textInAnotherLanguageIsNotBroken() {
        String english = "The Contracting Parties agree to carry out road transport of goods and passengers between "
                + "the two countries in accordance with the provisions of this Agreement and their national laws.";
        assertEquals(TextLayer.Quality.GOOD, TextLayer.assess(english, List.of(150)).quality());
    }

    @Test
    void noRealDocumentTextIsJudgedBroken() throws Exception {
        Path gazette = SharedData.require("data/gazette");
        List<Path> files;
        try (Stream<Path> s = Files.list(gazette)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(150).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            if (text.length() < 2000) continue; // the near-empty ones
            TextLayer layer = TextLayer.assess(text, List.of(text.length() / 3000 + 1));
            assertEquals(TextLayer.Quality.GOOD, layer.quality(), file + " share " + layer.vietnameseShare());
        }
    }
}
