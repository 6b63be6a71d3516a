package vbtrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {
    private final QueryBuilder q = new QueryBuilder();

    @Test
    void bothTonePlacementsAndBothDsAreOneTerm() {
        assertEquals(q.terms("ptext", "Tỉnh ủy"), q.terms("ptext", "Tỉnh uỷ"));
        assertEquals(List.of("tỉnh", "ủy"), q.terms("ptext", "TỈNH UỶ"));
        assertEquals(q.terms("ptext", "Đồng Nai"), q.terms("ptext", "\u00D0ồng Nai"));
    }

    @Test
    void foldedFormDropsDiacriticsAndStroke() {
        assertEquals(List.of("cong", "tac", "dan", "toc"), q.terms("ptext_f", "Công tác Dân tộc"));
        assertEquals(q.terms("ptext_f", "cong tac dan toc"), q.terms("ptext_f", "công tác dân tộc"));
        assertEquals(List.of("duong", "uy"), q.terms("ptext_f", "Đường uỷ"));
    }

    @Test
    void bigramsPairNeighbouringSyllables() {
        assertEquals(List.of("lang son", "son tinh"), q.terms("ptext_bi", "Lạng Sơn tỉnh"));
    }

    @Test
    void indexTokensAreTheTermsTheQueryAnalyzerGives() throws Exception {
        String text = vbtrace.text.Canonical.forMatching("Ủy ban nhân dân tỉnh Lạng Sơn, Quyết định 402/QĐ-TTg: ĐẨY MẠNH công tác dân tộc năm 2.025,5");
        AnalyzedText tokens = AnalyzedText.of(text);
        for (VietnameseAnalyzer.Form form : VietnameseAnalyzer.Form.values()) {
            String field = "ptext" + (form == VietnameseAnalyzer.Form.EXACT ? "" : form == VietnameseAnalyzer.Form.FOLDED ? "_f" : "_bi");
            List<String> indexed = new java.util.ArrayList<>();
            try (var ts = tokens.stream(form)) {
                var term = ts.getAttribute(org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute.class);
                ts.reset();
                while (ts.incrementToken()) indexed.add(term.getBytesRef().utf8ToString());
            }
            assertEquals(q.terms(field, text), indexed, form.name());
        }
    }

    @Test
    void documentNumbersAreFoundAndKeyedWhole() {
        assertEquals("402/qd-ttg", DocumentNumbers.key("402/QĐ-TTg"));
        assertEquals(DocumentNumbers.key("402/QĐ-TTg"), DocumentNumbers.key("0402/qd-TTG"));
        assertEquals("1/2021/nd-cp", DocumentNumbers.key("01/2021/NĐ-CP"));
        String text = "Quyết định số 402/QĐ-TTg ngày 25/4/2014 và Kết luận 58-NQ/TU.";
        List<String> found = DocumentNumbers.find(text).stream().map(s -> text.substring(s[0], s[1])).toList();
        assertEquals(List.of("402/QĐ-TTg", "58-NQ/TU"), found);
    }

    @Test
    void preparedQueryQuotesNumbersAndDropsStraySyntax() {
        List<String> numbers = new java.util.ArrayList<>();
        String p = QueryBuilder.prepare("Số: 402/QĐ-TTg kinh tế - xã hội", numbers);
        assertEquals(List.of("402/QĐ-TTg"), numbers);
        assertTrue(p.contains("\"402/QĐ-TTg\""), p);
        assertTrue(!p.contains(":") && !p.contains(" - "), p);
    }

    @Test
    void passagesFollowParagraphsAndJoinHeadingsToTheirText() {
        String text = "I. MỤC ĐÍCH\n\n" + "a".repeat(200) + "\n\n" + "b ".repeat(120);
        List<Passages.Passage> ps = Passages.split(text, List.of());
        assertEquals(2, ps.size());
        assertTrue(text.substring(ps.get(0).start(), ps.get(0).end()).startsWith("I. MỤC ĐÍCH"));
        assertTrue(text.substring(ps.get(1).start(), ps.get(1).end()).startsWith("b b"));
    }

    @Test
    void indexFoldingByTableIsTheQueryAnalyzersFolding() {
        // the index folds by table, queries by ASCIIFoldingFilter: they must agree on every term
        String text = "Công tác Đảng ưu tiên Ủy ban nhân dân tỉnh Bắc Kạn năm 2025 Æsir œuvre ﬁ ß Ω naïve 402/QĐ-TTg ỳ ỹ ự";
        AnalyzedText tokens = AnalyzedText.of(vbtrace.text.Canonical.forMatching(text));
        List<String> viaTable = java.util.Arrays.asList(tokens.folded).subList(0, tokens.size);
        assertEquals(q.terms("ptext_f", text), viaTable);
        char[] one = new char[1], a = new char[8], b = new char[8];
        for (char c = 0; c < 0x3000; c++) {
            one[0] = c;
            int n = AnalyzedText.fold(one, 1, a);
            int m = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(one, 0, b, 0, 1);
            String expected = new String(b, 0, m);
            assertEquals(expected, n < 0 ? String.valueOf(c) : new String(a, 0, n), "char " + (int) c);
        }
    }
}
