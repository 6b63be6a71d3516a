package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CuePatternsTest {
    private static final String TEXT = TargetLexicon.matchingForm(
            "Tính đến năm 2020, tỷ lệ hộ nghèo còn 3,5%; đã có 86,1% dân số tham gia bảo hiểm y tế, hiện nay "
                    + "trong đó có 12 xã đạt chuẩn và 3 xã chưa đạt, 1,5 lần so với cùng kỳ. Nếu giảm 50% mức phí thì "
                    + "người được hưởng trợ cấp 7 điểm, ảnh hưởng, sosánh hiệnnay, khinào 𝐀hiện có");

    @Test
    void answersAsTheWholeAlternationInEveryWindow() {
        for (String file : List.of("targets/baseline-cues.txt", "targets/not-target-clause.txt", "deadlines/not-deadline-clause.txt")) {
            Pattern whole = TargetLexicon.patterns(file);
            CuePatterns cues = CuePatterns.of(file);
            for (int from = 0; from < TEXT.length(); from += 3) {
                for (int to = from; to <= TEXT.length(); to += 7) {
                    assertEquals(whole.matcher(TEXT).region(from, to).find(), cues.foundIn(TEXT, from, to), file + " " + from + ".." + to);
                }
            }
        }
    }

    @Test
    void tellsWhichExpressionsOpenOnAWordStart() {
        assertTrue(CuePatterns.opensOnWordStart("(?<!\\p{L})(?:nếu|thì|trường hợp|khi)(?!\\p{L})"));
        assertTrue(CuePatterns.opensOnWordStart("(?<!\\p{L})kết quả(?: đạt được)?:"));
        assertTrue(CuePatterns.opensOnWordStart("(?<!\\p{L})\\Qa|b\\E[|(]x"));
        assertFalse(CuePatterns.opensOnWordStart("\\d\\s*điểm(?!\\p{L})"));
        assertFalse(CuePatterns.opensOnWordStart("(?<!\\p{L})a|b"), "an alternative outside a group");
        assertFalse(CuePatterns.opensOnWordStart("(?<!\\p{L})?a"), "an optional look-behind");
        assertFalse(CuePatterns.opensOnWordStart("(?<!\\p{L})(a)\\1"), "a back reference");
        assertFalse(CuePatterns.opensOnWordStart("(?<!\\p{L})a)|(b"));
    }
}
