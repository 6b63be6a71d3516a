package vbtrace.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes → Unicode text: UTF-8 when valid, else the legacy Vietnamese encoding whose text reads
 * as Vietnamese (Windows-1258, TCVN3/ABC, VNI, VIQR), recorded in warnings.
 *
 * <p>Candidates are scored by {@link VietnameseSyllables#score}: the share of words that are
 * well-formed Vietnamese syllables. A conversion must beat the text as read by a clear margin
 * and read as Vietnamese on its own, so UTF-8 Vietnamese, English and plain ASCII are never
 * "converted"; OpenNLP's language detector must agree that the result is Vietnamese
 * ({@link LanguageCheck}). Judgement calls: a file that is valid UTF-8 is only re-read when its Unicode text
 * is made of Latin-1 look-alikes (TCVN3/VNI text saved as UTF-8) or is VIQR; a file with a few
 * invalid bytes in otherwise Vietnamese UTF-8 stays UTF-8 (the bad bytes become U+FFFD, warned).
 */
public final class TextDecoder {
    /** A conversion must read as Vietnamese: this share of its words are syllables. */
    private static final double MIN_SCORE = 0.75;
    /** …and beat the unconverted reading by this much. */
    private static final double MIN_GAIN = 0.15;
    /** VIQR needs this many unambiguous marks before it is tried on ASCII text. */
    private static final int MIN_VIQR_MARKS = 10;
    /** Chars foreign to Unicode Vietnamese needed before a text is re-read as a legacy font. */
    private static final int MIN_SIGNALS = 3;

    public DecodedText decode(byte[] bytes) {
        int bom = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) bom = 3;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", List.of());
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", List.of());
        }
        String utf8 = strictUtf8(bytes, bom);
        if (utf8 != null) {
            DecodedText repaired = repairLegacy(utf8);
            if (repaired.encoding() != null) return repaired;
            return new DecodedText(utf8, "UTF-8", List.of());
        }
        // Not UTF-8: read the bytes every legacy way and keep the one that reads as Vietnamese.
        String lenient = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
        String latin = LegacyVietnamese.cp1252(bytes);
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate("windows-1258", LegacyVietnamese.windows1258(bytes)));
        candidates.add(new Candidate("TCVN3", LegacyVietnamese.tcvn3(latin)));
        candidates.add(new Candidate("VNI", LegacyVietnamese.vni(latin)));
        Candidate best = null;
        for (Candidate c : candidates) if (best == null || c.score > best.score) best = c;
        double utf8Score = VietnameseSyllables.score(lenient);
        int bad = count(lenient, '\uFFFD');
        if (best.score >= MIN_SCORE && best.score >= utf8Score + MIN_GAIN && LanguageCheck.readsAsVietnamese(best.text)) {
            return new DecodedText(best.text, best.name,
                    List.of("converted from " + best.name + " to Unicode (not valid UTF-8)"));
        }
        if (bad * 1000L <= Math.max(1, lenient.length())) {
            return new DecodedText(lenient, "UTF-8", List.of(bad + " invalid UTF-8 byte sequence(s) replaced by U+FFFD"));
        }
        return new DecodedText(latin, "windows-1252",
                List.of("not valid UTF-8 and not a Vietnamese legacy encoding; read as Windows-1252"));
    }

    /**
     * Text already in Unicode that may still carry a legacy font encoding: .VnTime (TCVN3) or
     * VNI-Times text that a .doc stores as Latin-1 look-alikes, or VIQR typed in ASCII. Lines are
     * judged one by one, since one document often mixes Unicode paragraphs with legacy-font ones;
     * a line is converted only when the conversion reads as Vietnamese and it did not before.
     * Returns the text unchanged, with a null encoding, when nothing was converted.
     */
    public DecodedText repairLegacy(String text) {
        boolean viqr = mayBeViqr(text);
        if (!viqr && signals(text) < MIN_SIGNALS) return new DecodedText(text, null, List.of());
        String[] lines = text.split("\n", -1);
        // the lines that may be legacy text decide which table fits; Unicode lines have no say
        StringBuilder suspects = new StringBuilder();
        boolean[] suspect = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            suspect[i] = viqr ? LegacyVietnamese.viqrMarks(lines[i]) > 0
                    : signals(lines[i]) > 0 || (lookalikes(lines[i]) >= 2 && !hasVietnameseUnicode(lines[i]));
            if (suspect[i]) suspects.append(lines[i]).append('\n');
        }
        int table = viqr ? bestViqr(suspects) : bestTable(suspects);
        if (table < 0 || !LanguageCheck.readsAsVietnamese(convertAll(suspects, table))) return new DecodedText(text, null, List.of());
        StringBuilder out = new StringBuilder(text.length());
        int converted = 0;
        int total = 0;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            if (!lines[i].isBlank()) total++;
            String fixed = suspect[i] ? convertLine(lines[i], table) : null;
            if (fixed != null) converted++;
            out.append(fixed != null ? fixed : lines[i]);
        }
        if (converted == 0) return new DecodedText(text, null, List.of());
        String name = TABLES[table];
        String what = converted >= total ? "" : " (" + converted + " of " + total + " lines)";
        return new DecodedText(out.toString(), name, List.of("converted from " + name + " to Unicode" + what));
    }

    private static final String[] TABLES = {"TCVN3", "VNI", "VIQR"};

    /** 0 = TCVN3, 1 = VNI when one reads clearly better than the text as is; else -1. */
    private static int bestTable(CharSequence text) {
        double best = VietnameseSyllables.score(text) + MIN_GAIN;
        int table = -1;
        double tcvn = VietnameseSyllables.score(LegacyVietnamese.tcvn3(text));
        if (tcvn >= MIN_SCORE && tcvn > best) {
            best = tcvn;
            table = 0;
        }
        double vni = VietnameseSyllables.score(LegacyVietnamese.vni(text));
        if (vni >= MIN_SCORE && vni > best) table = 1;
        return table;
    }

    private static int bestViqr(CharSequence text) {
        double viqr = VietnameseSyllables.score(LegacyVietnamese.viqr(text));
        return viqr >= MIN_SCORE && viqr >= VietnameseSyllables.score(text) + MIN_GAIN ? 2 : -1;
    }

    private static String convertAll(CharSequence text, int table) {
        return switch (table) {
            case 0 -> LegacyVietnamese.tcvn3(text);
            case 1 -> LegacyVietnamese.vni(text);
            default -> LegacyVietnamese.viqr(text);
        };
    }

    /** The line converted by {@code table} if that makes it read better; null to keep it. */
    private static String convertLine(String line, int table) {
        String fixed = convertAll(line, table);
        if (fixed.equals(line)) return null;
        return VietnameseSyllables.score(fixed) > VietnameseSyllables.score(line) ? fixed : null;
    }

    /**
     * Chars that Unicode Vietnamese never uses but TCVN3 and VNI text read as Latin-1 is full of:
     * Latin-1 letters foreign to Vietnamese (ä å æ ç ë î ï ñ ö ø û ü …) and the symbols TCVN3
     * puts its toned vowels on (¸ µ ¶ ¹ » ¼ ½ ¾ § ¨ ª ¬ ®).
     */
    private static int signals(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xA0 && c <= 0xFF && SIGNAL[c - 0xA0]) n++;
        }
        return n;
    }

    private static final boolean[] SIGNAL = new boolean[0x60];

    static {
        for (char c : "ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ¸µ¶¹»¼½¾§¨ª¬®".toCharArray()) SIGNAL[c - 0xA0] = true;
    }

    /** Letters only Unicode Vietnamese has (ă đ ơ ư and the U+1EA0-U+1EF9 block). */
    private static boolean hasVietnameseUnicode(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == 'đ' || c == 'Đ' || c == 'ư' || c == 'Ư' || c == 'ơ' || c == 'Ơ' || c == 'ă' || c == 'Ă'
                    || (c >= 0x1EA0 && c <= 0x1EF9)) {
                return true;
            }
        }
        return false;
    }

    private static int lookalikes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0xA0 && c <= 0xFF) n++;
        }
        return n;
    }

    /** ASCII-only text with enough VIQR marks to be worth a try. */
    private static boolean mayBeViqr(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
        return LegacyVietnamese.viqrMarks(text) >= MIN_VIQR_MARKS;
    }

    private static String strictUtf8(byte[] bytes, int offset) {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static final class Candidate {
        final String name;
        final String text;
        final double score;

        Candidate(String name, String text) {
            this.name = name;
            this.text = text;
            this.score = VietnameseSyllables.score(text);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %.2f", name, score);
        }
    }
}
