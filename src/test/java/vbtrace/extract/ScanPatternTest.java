package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScanPatternTest {
    private static final String TEXT = TargetLexicon.matchingForm(
            "Tính đến năm 2020, tỷ lệ hộ nghèo còn 3,5%; đã có 86,1% dân số tham gia bảo hiểm y tế, "
                    + "trong đó có 12 xã đạt chuẩn và 3 xã chưa đạt, 1,5 lần so với cùng kỳ. Nếu giảm 50% mức phí thì "
                    + "người được hưởng trợ cấp 7 điểm");

    @Test
    void findsWhatFindFindsInEveryWindow() {
        Pattern p = TargetLexicon.patterns("targets/baseline-cues.txt");
        ScanPattern scan = ScanPattern.of(p);
        for (int from = 0; from < TEXT.length(); from += 7) {
            for (int to = from; to <= TEXT.length(); to += 11) {
                assertEquals(p.matcher(TEXT).region(from, to).find(), scan.foundIn(TEXT, from, to), from + ".." + to);
            }
        }
    }

    @Test
    void walksTheSameMatchesAsFindWithTransparentBounds() {
        // lookbehind and lookahead both look past the region: "(?<!\d),\s", "và\s(?=[^,;]{0,12}\d)"
        Pattern p = Pattern.compile("(?:,\\s*|\\s)(?:và|trong đó(?: có)?)\\s(?=[^,;]{0,12}\\d)|(?<!\\d),\\s|,\\s(?!\\d)", TargetLexicon.FLAGS);
        ScanPattern scan = ScanPattern.of(p);
        for (int from = 0; from < TEXT.length(); from += 5) {
            int to = Math.min(TEXT.length(), from + 80);
            List<Integer> expected = new ArrayList<>(), actual = new ArrayList<>();
            Matcher m = p.matcher(TEXT).useTransparentBounds(true).region(from, to);
            while (m.find()) expected.add(m.start());
            Matcher s = scan.matcher(TEXT);
            for (int at = from; scan.next(s, TEXT, at, to); at = s.end()) actual.add(s.start());
            assertEquals(expected, actual, "from " + from);
        }
    }

    @Test
    void refusesAnchoredPatterns() {
        // a region starting at each candidate would move "^" there
        assertThrows(IllegalArgumentException.class, () -> ScanPattern.of(Pattern.compile("^\\s*trở lên")));
        ScanPattern.of(Pattern.compile("[^,;]\\d"));   // a negated class is no anchor
    }
}
