package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vbtrace.SharedData;
import java.text.Normalizer;
import vbtrace.model.Reference;
import vbtrace.structure.DocumentStructure;

/**
 * Precision check over the real documents of {@code ../shared/data} (text renderings): every id the
 * extractor returns must follow an official grammar, contain a known code, and not look like a date,
 * phone number or amount. The offending ids are written to {@code target/reference-precision.txt}.
 */
class ReferencePrecisionTest {
    private static final String C = "[A-ZĐ][A-Za-zĐđ&]*\\d{0,4}";
    /** Each file's first 150,000 characters (a few gazette files run to megabytes; the test stays fast). */
    private static final int MAX_CHARS = 150_000;
    private static final Pattern OFFICIAL = Pattern.compile(
            "\\d{1,5}[a-z]?-" + C + "/" + C + "(?:-" + C + ")*"                          // Party
            + "|\\d{1,5}(?:\\.\\d{1,2})?[a-z]?/" + C + "(?:-" + C + ")+"               // administrative
            + "|\\d{1,5}/(?:CP|TTg|HĐBT|CT)"                                        // administrative, before 1996
            + "|\\d{1,5}(?:\\.\\d{1,2})?[a-z]?/(?:19|20)\\d\\d/" + C + "(?:-" + C + ")*"); // legal
    private static final Pattern DATE_LIKE = Pattern.compile(
            "^(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\\d\\d(?!\\d)");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\d{7,}|\\d{3,4}[.\\- ]\\d{3}[.\\- ]\\d{3,4}");
    private static final Pattern AMOUNT_LIKE = Pattern.compile("^\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?\\b|^\\d+,\\d+");

    /** Why an id is not a document number (grammar, date, phone, amount), or null when it is one. */
    static String problem(String id) {
        if (DATE_LIKE.matcher(id).find()) return "looks like a date";
        if (PHONE_LIKE.matcher(id).find()) return "looks like a phone number";
        if (AMOUNT_LIKE.matcher(id).find()) return "looks like an amount";
        return OFFICIAL.matcher(id).matches() ? null : "not an official grammar";
    }

    /** Whether a code of the id is in the code table (informational: units' own codes are real but unlisted). */
    static boolean hasKnownCode(String id) {
        return SymbolCodes.symbolCodes(id).stream().anyMatch(c ->
                SymbolCodes.standard().isKnown(c.replaceAll("\\d+$", "")) || c.matches("S[A-ZĐ]{1,7}|.*[TH]U"));
    }

    @Test
    void problemRecognizesNonIds() {
        assertEquals(null, problem("1364-KL/TU"));
        assertEquals(null, problem("66.19/2026/NQ-CP"));
        assertEquals(null, problem("12/CP"));
        assertEquals(null, problem("30a/2008/NQ-CP"));
        assertEquals("looks like a date", problem("12/10/2020/QĐ-UBND"));
        assertEquals("looks like a phone number", problem("0912 345 678"));
        assertEquals("looks like a date", problem("07/7/2020"));
        assertEquals("not an official grammar", problem("2021-2025"));
        assertEquals(false, hasKnownCode("5/KT-XH"));
    }

    @Test
    void everyExtractedIdOnRealDocumentsIsPlausible() throws IOException {
        Path data = SharedData.require("data");
        List<Path> files;
        try (Stream<Path> s = Files.walk(data)) {
            files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
        }
        // Text files read as they are (no ingest or structure stage, to keep the test fast): the
        // documents' own numbers then count among the ids, which only makes the check stricter.
        ReferenceExtractor extractor = new ReferenceExtractor();
        List<String> bad = new ArrayList<>();
        List<String> unknownCode = new ArrayList<>();
        int ids = 0;
        for (Path f : files) {
            String text = Normalizer.normalize(new String(Files.readAllBytes(f), StandardCharsets.UTF_8), Normalizer.Form.NFC);
            if (text.length() > MAX_CHARS) text = text.substring(0, text.lastIndexOf('\n', MAX_CHARS) + 1);
            for (Reference r : extractor.extract(text, DocumentStructure.empty(List.of())).references()) {
                ids++;
                String why = problem(r.id());
                String line = r.id() + "\t" + data.relativize(f) + "\t" + r.mentions().get(0).text().replace('\n', ' ');
                if (why != null) bad.add(why + "\t" + line);
                else if (!hasKnownCode(r.id())) unknownCode.add(line);
            }
        }
        Path report = Path.of("target", "reference-precision.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "files " + files.size() + ", ids " + ids + ", implausible " + bad.size()
                + ", with no code of the table (informational) " + unknownCode.size() + "\n"
                + String.join("\n", bad) + "\n# no known code\n" + String.join("\n", unknownCode) + "\n", StandardCharsets.UTF_8);
        assertEquals(List.of(), bad, "implausible ids (see " + report + ")");
    }
}
