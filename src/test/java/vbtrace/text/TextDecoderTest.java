package vbtrace.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vbtrace.SharedData;

class TextDecoderTest {
    /** A real sentence (seed 002, L30) with every kind of mark: hats, breve, horn, đ, five tones. */
    static final String SENTENCE = "Ủy ban nhân dân tỉnh Bắc Giang xây dựng Kế hoạch thực hiện Chỉ thị số 28/CT-TTg "
            + "ngày 10/9/2014 của Thủ tướng Chính phủ về nâng cao hiệu lực quản lý nhà nước về công tác dân tộc "
            + "như sau: Đẩy mạnh phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, giữ vững ổn định.";

    private final TextDecoder decoder = new TextDecoder();

    // --- independently known byte sequences (as seen in old documents), so the tests are not circular

    @Test
    void knownTcvn3Bytes() {
        // "§éc lËp - Tù do - H¹nh phóc": the motto in a .VnTime document read as Latin-1
        DecodedText d = decoder.decode(latin1("\u00A7\u00E9c l\u00CBp - T\u00F9 do - H\u00B9nh ph\u00F3c"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", d.text());
        assertEquals("TCVN3", d.encoding());
        assertTrue(d.warnings().get(0).contains("converted from TCVN3 to Unicode"));
    }

    @Test
    void knownVniBytes() {
        DecodedText d = decoder.decode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", d.text());
        assertEquals("VNI", d.encoding());
    }

    @Test
    void knownViqr() {
        DecodedText d = decoder.decode(("Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam. DDo^.c la^.p - Tu+. do - Ha.nh phu'c. "
                + "Chi? thi. so^' 28 ve^` co^ng ta'c da^n to^.c").getBytes(StandardCharsets.US_ASCII));
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Chỉ thị số 28 về công tác dân tộc",
                d.text());
        assertEquals("VIQR", d.encoding());
    }

    @Test
    void knownWindows1258Bytes() {
        // ê = EA, combining dot below = F2, ô = F4, combining acute = EC, â = E2
        byte[] b = {'V', 'i', (byte) 0xEA, (byte) 0xF2, 't', ' ', 'N', 'a', 'm', ' ', 'c', (byte) 0xF4, 'n', 'g', ' ',
                't', 'a', (byte) 0xEC, 'c', ' ', 'd', (byte) 0xE2, 'n', ' ', 't', (byte) 0xF4, (byte) 0xF2, 'c'};
        DecodedText d = decoder.decode(b);
        assertEquals("Việt Nam công tác dân tộc", d.text());
        assertEquals("windows-1258", d.encoding());
        assertTrue(Normalizer.isNormalized(d.text(), Normalizer.Form.NFC));
    }

    // --- a real sentence encoded in the test into each legacy encoding and decoded back

    @Test
    void tcvn3RoundTrip() {
        DecodedText d = decoder.decode(encodeTcvn3(SENTENCE.toLowerCase()));
        assertEquals(SENTENCE.toLowerCase(), d.text());
        assertEquals("TCVN3", d.encoding());
    }

    @Test
    void tcvn3CapitalsFromVnTimeHFont() {
        // .VnTimeH headings: capitals drawn by the font from lowercase codes; ASCII letters typed as capitals
        String heading = "KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 28/CT-TTG";
        byte[] bytes = encodeTcvn3(heading.toLowerCase().replaceAll("[a-z]", "") .isEmpty() ? heading : upperAscii(heading));
        DecodedText d = decoder.decode(concat(bytes, "\n".getBytes(), encodeTcvn3(SENTENCE.toLowerCase())));
        assertEquals(heading, d.text().lines().findFirst().orElseThrow());
    }

    @Test
    void vniRoundTrip() {
        DecodedText d = decoder.decode(encodeVni(SENTENCE));
        assertEquals(SENTENCE, d.text());
        assertEquals("VNI", d.encoding());
    }

    @Test
    void viqrRoundTrip() {
        DecodedText d = decoder.decode(encodeViqr(SENTENCE).getBytes(StandardCharsets.US_ASCII));
        assertEquals(SENTENCE, d.text());
        assertEquals("VIQR", d.encoding());
    }

    @Test
    void windows1258RoundTrip() {
        DecodedText d = decoder.decode(encode1258(SENTENCE));
        assertEquals(SENTENCE, d.text());
        assertEquals("windows-1258", d.encoding());
    }

    // --- what must never be converted

    @Test
    void utf8VietnameseIsUntouched() {
        DecodedText d = decoder.decode(SENTENCE.getBytes(StandardCharsets.UTF_8));
        assertEquals(SENTENCE, d.text());
        assertEquals("UTF-8", d.encoding());
        assertEquals(List.of(), d.warnings());
        // Latin-1 letters are frequent in Unicode Vietnamese (à á â ã è é ê ì í ò ó ô õ ù ú ý)
        String latinHeavy = "Bà Hà ở Cà Mau có tài, công tác tốt; ông Tú và cô Thúy đã đến. Tôi là người Hà Tĩnh.";
        assertNull(decoder.repairLegacy(latinHeavy).encoding());
        assertEquals(latinHeavy, decoder.repairLegacy(latinHeavy).text());
    }

    @Test
    void englishAndAsciiAreUntouched() {
        String english = "The Ministry's report (see p. 3) isn't final. Who's responsible? Q&A: don't panic; it's 10:30.";
        DecodedText d = decoder.decode(english.getBytes(StandardCharsets.US_ASCII));
        assertEquals(english, d.text());
        assertEquals(List.of(), d.warnings());
        String french = "Café crème, déjà vu, naïve façade, Noël à l'hôtel: très élégant.";
        assertEquals(french, decoder.decode(french.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(french, decoder.repairLegacy(french).text());
    }

    @Test
    void repairLegacyConvertsOnlyTheLegacyLinesOfAMixedDocument() {
        String mixed = "C\u00e9ng ho\u00b5 x\u00b7 h\u00e9i chñ ngh\u00dca Vi\u00d6t Nam\n" + SENTENCE;
        DecodedText d = decoder.repairLegacy(mixed);
        assertEquals("Cộng hoà xã hội chủ nghĩa Việt Nam\n" + SENTENCE, d.text());
        assertEquals("TCVN3", d.encoding());
    }

    @Test
    void invalidBytesInUtf8VietnameseStayUtf8() {
        byte[] good = (SENTENCE + " " + SENTENCE + " " + SENTENCE + " " + SENTENCE).repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(good, new byte[] {(byte) 0xC3});
        DecodedText d = decoder.decode(bad);
        assertEquals("UTF-8", d.encoding());
        assertTrue(d.text().startsWith(SENTENCE));
    }

    @Test
    void realUtf8FilesAreUntouched() throws Exception {
        for (String f : new String[] {"data/gazette/chi-thi-so-21-ct-ttg-469580.txt", "data/web-official/02b9be7711f88c70.md"}) {
            byte[] bytes = Files.readAllBytes(SharedData.require(f));
            DecodedText d = decoder.decode(bytes);
            assertEquals(new String(bytes, StandardCharsets.UTF_8), d.text(), f);
            assertEquals(List.of(), d.warnings(), f);
        }
        for (Path seed : Files.list(SharedData.SEEDS).toList()) {
            assertEquals(List.of(), decoder.decode(Files.readAllBytes(seed)).warnings(), seed.toString());
        }
    }

    @Test
    void openNlpSecondOpinion() {
        assertTrue(LanguageCheck.readsAsVietnamese(SENTENCE));
        assertTrue(!LanguageCheck.readsAsVietnamese("Café crème, déjà vu, naïve façade, Noël à l'hôtel: très élégant et très français."));
    }

    // --- test-side encoders

    /** TCVN3 by inverting the package's table (the known-bytes tests above check the table itself). */
    static byte[] encodeTcvn3(String s) {
        Map<Character, Integer> inverse = new HashMap<>();
        for (String line : WordLists.load("tcvn3.txt")) {
            String[] f = line.split("\t");
            inverse.putIfAbsent(f[1].charAt(0), Integer.parseInt(f[0], 16));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : s.toCharArray()) {
            Integer b = inverse.get(c);
            if (b == null && c >= 0x80) throw new IllegalArgumentException("not in TCVN3: " + c);
            out.write(b != null ? b : c);
        }
        return out.toByteArray();
    }

    /** VNI from the decomposition of each letter: base (ơ ư as single bytes), then hat, then tone byte. */
    static byte[] encodeVni(String s) {
        String[] toneBytes = {"ù", "ø", "û", "õ", "ï"}; // acute, grave, hook, tilde, dot
        String tones = "\u0301\u0300\u0309\u0303\u0323";
        String[] hatTone = {"â", "á", "à", "å", "ã", "ä"};
        String[] breveTone = {"ê", "é", "è", "ú", "ü", "ë"};
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            char base = d.charAt(0);
            boolean upper = Character.isUpperCase(base);
            char lb = Character.toLowerCase(base);
            int tone = -1;
            boolean hat = false, breve = false, horn = false;
            for (int k = 1; k < d.length(); k++) {
                char m = d.charAt(k);
                if (m == '\u0302') hat = true;
                else if (m == '\u0306') breve = true;
                else if (m == '\u031B') horn = true;
                else tone = tones.indexOf(m);
            }
            String piece;
            if (lb == 'đ') piece = "ñ";
            else if (lb == 'i' && tone >= 0) piece = String.valueOf("íìæóò".charAt(tone));
            else if (lb == 'y' && tone == 4) piece = "î";
            else if (hat) piece = lb + hatTone[tone + 1];
            else if (breve) piece = lb + breveTone[tone + 1];
            else if (horn) piece = (lb == 'o' ? "ô" : "ö") + (tone >= 0 ? toneBytes[tone] : "");
            else piece = d.length() == 1 ? String.valueOf(lb) : lb + (tone >= 0 ? toneBytes[tone] : "");
            out.append(upper ? piece.toUpperCase() : piece);
        }
        return out.toString().getBytes(Charset.forName("windows-1252"));
    }

    /** VIQR (RFC 1456) from the decomposition: base, ( ^ +, then ' ` ? ~ . */
    static String encodeViqr(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch == 'đ') { out.append("dd"); continue; }
            if (ch == 'Đ') { out.append("DD"); continue; }
            if (ch == '.' && out.length() > 0 && "aeiouyAEIOUY".indexOf(out.charAt(out.length() - 1)) >= 0) {
                out.append("\\."); // a literal period after a vowel is escaped in VIQR
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            out.append(d.charAt(0));
            String tone = "";
            for (int k = 1; k < d.length(); k++) {
                switch (d.charAt(k)) {
                    case '\u0306' -> out.append('(');
                    case '\u0302' -> out.append('^');
                    case '\u031B' -> out.append('+');
                    case '\u0301' -> tone = "'";
                    case '\u0300' -> tone = "`";
                    case '\u0309' -> tone = "?";
                    case '\u0303' -> tone = "~";
                    case '\u0323' -> tone = ".";
                    default -> out.append(d.charAt(k));
                }
            }
            out.append(tone);
        }
        return out.toString();
    }

    /** Windows-1258 through the JDK: hats and horns precomposed where 1258 has them, tones as combining marks. */
    static byte[] encode1258(String s) {
        StringBuilder split = new StringBuilder();
        for (char ch : s.toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            StringBuilder letter = new StringBuilder();
            String tone = "";
            for (char m : d.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(m) >= 0) tone = String.valueOf(m);
                else letter.append(m);
            }
            split.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tone);
        }
        return split.toString().getBytes(Charset.forName("windows-1258"));
    }

    private static String upperAscii(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) out.append(c < 0x80 ? Character.toUpperCase(c) : Character.toLowerCase(c));
        return out.toString();
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
