package vbtrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * The characters Canonical takes as NFC-stable can make a text not NFC in none of the three ways:
     * changed by NFC alone, ending a canonical composition (what follows a starter in any character's
     * decomposition), or carrying a combining class (it would let "e" + U+0301 compose across it, or be
     * reordered after U+0334).
     */
    @Test
    void nfcStableCharactersNeedNoNormalizer() {
        java.util.Set<Character> composing = new java.util.HashSet<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE) continue;
            String d = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD);
            for (int i = Character.charCount(d.codePointAt(0)); i < d.length(); i++) composing.add(d.charAt(i));
        }
        for (char c = 0; c < 0xFFFF; c++) {
            if (!Canonical.nfcStable(c)) continue;
            String one = String.valueOf(c);
            assertEquals(one, java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFC), "NFC changes U+" + Integer.toHexString(c));
            assertFalse(composing.contains(c), "U+" + Integer.toHexString(c) + " ends a composition");
            if (!java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFD).equals(one)) continue; // a composite: a starter
            String acute = c + "\u0301";
            if (!java.text.Normalizer.normalize(acute, java.text.Normalizer.Form.NFC).equals(acute)) continue; // composes: a starter
            // class 0 or at least 230 blocks "e" + U+0301; class 0 or 1 is not reordered before U+0334 (class 1)
            String across = "e" + c + "\u0301";
            assertEquals(across, java.text.Normalizer.normalize(across, java.text.Normalizer.Form.NFC), "U+" + Integer.toHexString(c) + " has a class");
            String overlay = c + "\u0334";
            assertEquals(overlay, java.text.Normalizer.normalize(overlay, java.text.Normalizer.Form.NFD), "U+" + Integer.toHexString(c) + " has a class");
        }
    }
}
