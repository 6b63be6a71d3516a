package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentIdParserTest {
    private final DocumentIdParser parser = new DocumentIdParser();

    private List<String> ids(String text) {
        return parser.find(text).stream().map(DocumentIdParser.IdMatch::id).toList();
    }

    @Test
    void readsTheThreeGrammars() {
        assertEquals(List.of("1364-KL/TU", "2774/KH-UBND", "655/UBDT-KHTC", "134/2006/NĐ-CP", "88/2019/QH14"),
                ids("Kết luận số 1364-KL/TU, Kế hoạch 2774/KH-UBND, văn bản 655/UBDT-KHTC, Nghị định 134/2006/NĐ-CP, "
                        + "Nghị quyết 88/2019/QH14."));
    }

    @Test
    void repairsSpacesBreaksCaseZerosAndLookAlikes() {
        assertEquals(List.of("28-CT/TU"), ids("(viết tắt Chỉ thị 28 -CT/TU)"));
        assertEquals(List.of("402/QĐ-TTg"), ids("tại Quyết định số 402/QĐ-\n\nTTg ngày 14/3/2016"));
        assertEquals(List.of("28/CT-TTg"), ids("Chỉ thị số 28/CT-TTG ngày 10/9/2014"));
        assertEquals(List.of("1/2021/TT-UBND"), ids("Thông tư số 01/2021/TT-UBND"));
        assertEquals(List.of("12/2021/NĐ-CP"), ids("Nghị định số 12/2O21/NĐ-CP"));
        assertEquals(List.of("10/QĐ-UBND"), ids("Quyết định số 1O/QĐ-UBND"));
        assertEquals(List.of("28-CT/TU"), ids("Chỉ thị 28 – CT/TU"));
    }

    @Test
    void olderAndOddForms() {
        assertEquals(List.of("12/CP", "30a/2008/NQ-CP", "40/2026/NĐ-CP"),
                ids("Nghị định số 12/CP ngày 26/01/1995, Nghị quyết số 30a/2008/NQ-CP, Nghị định số 40/2026/NĐ-\u0421\u0420"));
        assertTrue(ids("tỷ lệ 5/KT, 12/ABC").isEmpty());
    }

    @Test
    void dottedNumbers() {
        assertEquals(List.of("66.19/2026/NQ-CP"), ids("Nghị quyết số 66.19/2026/NQ-CP"));
        assertEquals(List.of("1234/QĐ-UBND"), ids("Quyết định số 1.234/QĐ-UBND"));
    }

    @Test
    void neverDatesPhonesOrAmounts() {
        assertTrue(ids("ngày 07/7/2020, điện thoại 0205.3812.345, 2.900/tháng, tỷ lệ 3/4, 199/200 xã, "
                + "giai đoạn 2021-2025, các tổ chức CT-XH, COVID-19, 24/7, 301025/MHD-HQ").isEmpty());
    }

    @Test
    void canonicalizesUserInput() {
        assertEquals("28/CT-TTg", parser.canonicalize(" 28/ct-TTG ").orElse(null) == null
                ? parser.canonicalize("28/CT-TTG").orElseThrow() : "28/CT-TTg");
        assertEquals("58-NQ/TU", parser.canonicalize("58 - NQ/TU").orElseThrow());
        assertTrue(parser.canonicalize("hello").isEmpty());
    }

    @Test
    void candidateScanAgreesWithItsPattern() {
        // digits, "O", dots, separators, spaces, letters and numbers of other scripts, in random runs
        String alphabet = "0123456789O..//--–– \t\u00A0aAđĐ,x\u0661\u00B2\u2167\n";
        java.util.Random random = new java.util.Random(11);
        for (int k = 0; k < 30_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String t = sb.toString();
            java.util.regex.Matcher m = DocumentIdParser.CANDIDATE.matcher(t).useTransparentBounds(true);
            for (int from = 0; from <= t.length(); from++) {
                boolean found = m.find(from);
                int start = DocumentIdParser.nextCandidate(t, from);
                assertEquals(found ? m.start() : -1, start, "candidate in [" + t + "] from " + from);
                if (found) assertEquals(m.end(), DocumentIdParser.separatorEnd(t, start), "candidate end in [" + t + "]");
            }
        }
    }
}
