package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The committed model loads and finds a department the sentence names. */
class AgencyModelTest {
    @Test
    void committedModelFindsAnAgency() throws Exception {
        Path file = Path.of("models", "agency-ner.bin");
        Assumptions.assumeTrue(Files.exists(file), "models/agency-ner.bin is absent; skipped");
        assertTrue(Files.size(file) < 20_000_000L);
        AgencyModel model = AgencyModel.load(file);
        String text = "Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tham mưu phân bổ dự toán kinh phí.";
        List<int[]> spans = model.find(AgencyTokenizer.tokenize(text));
        assertFalse(spans.isEmpty());
        assertTrue(spans.stream().anyMatch(s -> text.substring(s[0], s[1]).equals("Sở Tài chính")), () -> spans.stream()
                .map(s -> text.substring(s[0], s[1])).toList().toString());
    }
}
