package vbtrace.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Line cleaning: the hand-written rule checks give what the regular expressions they replace give. */
class TextLineTest {
    private static final Pattern RULE = Pattern.compile("^(?=(?:.*[-_=—–]){3})[-_=—–*\\\\\\s|+.]*$");
    private static final Pattern RULE_RUN = Pattern.compile("(\\s*[-_—–]\\s*){3,}");
    /** Rule characters, white space and line breaks of every kind, markup, letters. */
    private static final String ALPHABET = "-_=—–*\\|+. \t\r\n\u000B\f\u0085\u2028\u00A0aĐ1";
    private static final String RULE_ALPHABET = "-_=—–- \r\n.|a";

    @Test
    void ruleCheckAgreesWithItsExpression() {
        Random random = new Random(5);
        for (int k = 0; k < 50_000; k++) {
            String s = randomLine(random);
            assertEquals(RULE.matcher(s).matches(), TextLine.isRule(s), () -> "isRule of [" + s + "]");
        }
    }

    @Test
    void ruleRunRemovalAgreesWithItsExpression() {
        Random random = new Random(7);
        for (int k = 0; k < 50_000; k++) {
            String s = randomLine(random);
            assertEquals(RULE_RUN.matcher(s).replaceAll(" "), TextLine.withoutRuleRuns(s), () -> "rule runs of [" + s + "]");
        }
    }

    @Test
    void rulesOfRealLines() {
        assertEquals("", TextLine.clean("- - - - -"));
        assertEquals("", TextLine.clean("|---|---|"));
        assertEquals("CHÍNH PHỦ", TextLine.clean("CHÍNH PHỦ - - - - -"));
        assertEquals("8517.62.10 Thiết bị phát", TextLine.clean("8517.62.10 - - - Thiết bị phát")); // a rule run, as the expression has it
        assertEquals("Cách tính ưu đãi: [Trường hợp]", TextLine.clean("Cách tính ưu đãi:________ [Trường hợp]"));
    }

    @Test
    void splitKeepsCleanLinesAsTheyAre() {
        List<TextLine> lines = TextLine.split("Điều 1. Phạm vi\r\n**Điều 2.**  Đối tượng\n\n  a) Cơ quan");
        assertEquals(List.of("Điều 1. Phạm vi", "Điều 2. Đối tượng", "", "a) Cơ quan"),
                lines.stream().map(TextLine::clean).toList());
        assertEquals("Điều 1. Phạm vi", lines.get(0).raw());
        assertEquals(15, lines.get(0).end());
    }

    /** Half of the lines from rule characters and white space alone, where the expressions have the most to decide. */
    private static String randomLine(Random random) {
        String alphabet = random.nextBoolean() ? ALPHABET : RULE_ALPHABET;
        int length = random.nextInt(16);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return sb.toString();
    }
}
