package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReferenceContextReaderTest {
    private static final Pattern MARKUP = Pattern.compile("[*_]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\s,]+|[\\s,;:]+$");

    @Test
    void cleanGivesWhatItsExpressionsGive() {
        String alphabet = "ab Đ,;:*_ \t\n\r\u000B\f\u0085\u2028\u2029\u00A0.";
        Random random = new Random(3);
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            String expected = EDGES.matcher(SPACES.matcher(MARKUP.matcher(s).replaceAll("")).replaceAll(" ")).replaceAll("");
            assertEquals(expected, ReferenceContextReader.clean(s), () -> "clean of [" + s + "]");
        }
    }

    @Test
    void cleansAnIssuerAndASubject() {
        assertEquals("Bộ Tài chính", ReferenceContextReader.clean(" **Bộ  Tài\nchính**, "));
        assertEquals("về việc ban hành Kế hoạch", ReferenceContextReader.clean(", về việc ban hành _Kế hoạch_;"));
    }
}
