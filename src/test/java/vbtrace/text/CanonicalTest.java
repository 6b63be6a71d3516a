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
}
