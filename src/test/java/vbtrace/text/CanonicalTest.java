package vbtrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CanonicalTest {
    @Test
    void oldAndNewTonePlacementAreOneSpelling() {
        assertEquals(Canonical.forMatching("Tỉnh ủy"), Canonical.forMatching("Tỉnh uỷ"));
        assertEquals("hòa", Canonical.forMatching("hoà"));
        assertEquals("Khỏe", Canonical.forMatching("Khoẻ"));
        assertEquals("THỦY", Canonical.forMatching("THUỶ"));
    }

    @Test
    void quStaysAsWritten() {
        assertEquals("quý", Canonical.forMatching("quý"));
        assertEquals("Quỳnh", Canonical.forMatching("Quỳnh"));
    }

    @Test
    void toneInsideSyllableWithFinalConsonantIsUntouched() {
        assertEquals("hoàng", Canonical.forMatching("hoàng"));
        assertEquals("toán", Canonical.forMatching("toán"));
    }

    @Test
    void eth() {
        assertEquals("Đảng", Canonical.forMatching("\u00D0ảng"));
    }

    @Test
    void foldDropsDiacritics() {
        assertEquals("cong tac dan toc", Canonical.fold("Công tác dân tộc"));
        assertEquals(Canonical.fold("Tỉnh uỷ"), Canonical.fold("tinh uy"));
        assertNotEquals(Canonical.key("Sở Tài chính"), Canonical.key("Sở Tài nguyên"));
    }

    @Test
    void lengthIsKept() {
        String s = "Thuỷ lợi hoà bình, Ðảng uỷ";
        assertEquals(s.length(), Canonical.forMatching(s).length());
        assertEquals(s.length(), Canonical.fold(s).length());
    }

    @Test
    void toneMovesAtWordEndsOnly() {
        assertEquals("Hòa. Thủy, hòa-bình", Canonical.forMatching("Hoà. Thuỷ, hoà-bình"));
        assertEquals("ĐOÀN HÒA", Canonical.forMatching("ĐOÀN HOÀ"));
        assertEquals("hoàa", Canonical.forMatching("hoàa"));
        assertEquals("oà\uD835\uDC00", Canonical.forMatching("oà\uD835\uDC00")); // a letter outside the BMP follows
    }

    @Test
    void foldOfCharactersThatDoNotFoldToOne() {
        assertEquals("x", Canonical.fold("x\u0323\u0302")); // marks with no precomposed form are dropped
        assertEquals(3, Canonical.fold("한").length()); // a Hangul syllable decomposes into three letters
        assertEquals("\uD835\uDC00a", Canonical.fold("\uD835\uDC00á"));
    }

    @Test
    void formsAreTheMatchingFormAndItsFold() {
        for (String s : java.util.List.of("Công tác dân tộc", "Thuỷ lợi hoà bình, Ðảng uỷ", "Co\u0302ng ta\u0301c", "quý Quỳnh",
                "x\u0323\u0302", "한", "oà\uD835\uDC00", "", "hoạch toàn")) {
            Canonical.Forms f = Canonical.forms(s);
            assertEquals(Canonical.forMatching(s), f.matching(), s);
            assertEquals(Canonical.fold(s), f.folded(), s);
        }
    }
}
