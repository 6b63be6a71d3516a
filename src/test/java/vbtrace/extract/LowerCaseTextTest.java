package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LowerCaseTextTest {
    /** What the reference extractor read before: the whole text lower-cased, or as it is when that changes its length. */
    private static String wholeLowerCase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.length() == text.length() ? lower : text;
    }

    @Test
    void everyStretchIsTheStretchOfTheWholeTextLowerCased() {
        for (String text : List.of("Của Bộ Tài chính VÀ Sở KẾ HOẠCH", "ΟΔΟΣ ΑΘΗΝΑΣ của Bộ", "Σ", "Bộ \uD801\uDC00\uD801\uDC01 Sở",
                "İstanbul của Bộ", "")) {
            LowerCaseText lower = new LowerCaseText(text, text.length());
            String expected = wholeLowerCase(text);
            assertEquals(expected.length(), lower.length(), text);
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    assertEquals(expected.substring(from, to), lower.stretch(from, to), text + " [" + from + ", " + to + ")");
                }
            }
        }
    }

    @Test
    void aTextWhoseCanonicalFormChangedLengthIsReadAsItIs() {
        LowerCaseText lower = new LowerCaseText("Của BỘ", 7);
        assertEquals("Của BỘ", lower.whole());
        assertEquals("BỘ", lower.stretch(4, 6));
    }
}
