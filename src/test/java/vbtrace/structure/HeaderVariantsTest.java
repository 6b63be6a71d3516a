package vbtrace.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import vbtrace.SharedData;
import vbtrace.ingest.DocumentReader;
import vbtrace.model.DocumentInfo;
import vbtrace.text.Canonical;

/**
 * Number, type, issuer, date and title of real documents (web renderings, gazette texts, National
 * Assembly resolutions) against a table checked by hand ({@code header-variants.tsv}); reports the
 * pass rate per field and asserts it.
 */
class HeaderVariantsTest {
    private static final String[] FIELDS = {"number", "type", "issuer", "date", "title"};
    /** The share of fields that must come out right (the figure is printed by every run). */
    private static final double MIN_FIELD_RATE = 0.95;

    record Row(String file, String[] expected) {}

    static List<Row> rows() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (var in = HeaderVariantsTest.class.getResourceAsStream("header-variants.tsv");
             var r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                rows.add(new Row(c[0], new String[] {c[1], c[2], c[3], c[4], c[5]}));
            }
        }
        return rows;
    }

    @Test
    void headerFieldsOfRealDocuments() throws Exception {
        SharedData.require("data");
        List<Row> rows = rows();
        assertTrue(rows.size() >= 40, "the table holds at least 40 documents");
        StructureAnalyzer analyzer = new StructureAnalyzer();
        int[] ok = new int[FIELDS.length];
        int docsOk = 0;
        StringBuilder misses = new StringBuilder();
        try (DocumentReader reader = new DocumentReader()) {
            for (Row row : rows) {
                Path file = SharedData.require("data/" + row.file());
                DocumentInfo d = analyzer.analyze(reader.read(file)).document();
                String[] got = {d.number(), d.type(), d.issuer(), d.date(), d.title()};
                boolean all = true;
                for (int f = 0; f < FIELDS.length; f++) {
                    if (same(f, row.expected()[f], got[f])) {
                        ok[f]++;
                    } else {
                        all = false;
                        misses.append(String.format("  %s %s: expected '%s' got '%s'%n", row.file(), FIELDS[f], row.expected()[f], got[f]));
                    }
                }
                if (all) docsOk++;
            }
        }
        int total = 0;
        StringBuilder rates = new StringBuilder();
        for (int f = 0; f < FIELDS.length; f++) {
            total += ok[f];
            rates.append(String.format("%s=%.3f ", FIELDS[f], (double) ok[f] / rows.size()));
        }
        double rate = (double) total / (rows.size() * FIELDS.length);
        System.out.printf("header variants: %d documents, fields %.3f (%s), documents fully right %d/%d%n%s",
                rows.size(), rate, rates.toString().strip(), docsOk, rows.size(), misses);
        assertTrue(rate >= MIN_FIELD_RATE, String.format("field pass rate %.3f < %.2f%n%s", rate, MIN_FIELD_RATE, misses));
    }

    private static boolean same(int field, String expected, String got) {
        String e = expected.isEmpty() ? null : expected;
        if (e == null || got == null) return e == got;
        return switch (FIELDS[field]) {
            case "number" -> Canonical.forMatching(e).equalsIgnoreCase(Canonical.forMatching(got));
            // issuers in their official spelling, capitals included; one tone placement
            case "issuer" -> Canonical.forMatching(e).equals(Canonical.forMatching(got));
            case "title" -> titleKey(e).equals(titleKey(got));
            default -> e.equals(got);
        };
    }

    /** As the scorer compares titles: case folded, only letters and digits. */
    static String titleKey(String s) {
        return Canonical.forMatching(s).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
