package vbtrace.text;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The legacy Vietnamese encodings, as converters from "Latin-1 look-alike" text (bytes read as
 * Windows-1252, or what a .doc with .VnTime fonts gives Tika) to Unicode NFC. Tables are data files
 * of this package: {@code tcvn3.txt}, {@code vni.txt}, {@code viqr.txt}. Windows-1258 is the JDK's
 * charset followed by NFC (it writes tones as combining marks).
 */
final class LegacyVietnamese {
    private LegacyVietnamese() {}

    /** Windows-1252's letters and punctuation at 0x80-0x9F (undefined positions stay C1 controls). */
    private static final String CP1252_HIGH =
            "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private static final char[] TCVN3 = new char[256];
    private static final Map<String, Character> VNI = new HashMap<>();
    private static final Map<Character, Character> VIQR_MODIFIER = new HashMap<>();
    private static final Map<Character, String> VIQR_MODIFIER_VOWELS = new HashMap<>();
    private static final Map<Character, Character> VIQR_TONE = new HashMap<>();

    static {
        for (String line : WordLists.load("tcvn3.txt")) {
            String[] f = line.split("\t");
            TCVN3[Integer.parseInt(f[0], 16)] = f[1].charAt(0);
        }
        for (String line : WordLists.load("vni.txt")) {
            String[] f = line.split("\t");
            VNI.put(f[0], f[1].charAt(0));
        }
        for (String line : WordLists.load("viqr.txt")) {
            String[] f = line.split("\t");
            char mark = (char) Integer.parseInt(f[2], 16);
            if (f[0].equals("modifier")) {
                VIQR_MODIFIER.put(f[1].charAt(0), mark);
                VIQR_MODIFIER_VOWELS.put(f[1].charAt(0), f[3]);
            } else {
                VIQR_TONE.put(f[1].charAt(0), mark);
            }
        }
    }

    /** Bytes as Windows-1252 (the way a legacy-font file reads on a Western system). */
    static String cp1252(byte[] bytes) {
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            out[i] = b >= 0x80 && b < 0xA0 ? CP1252_HIGH.charAt(b - 0x80) : (char) b;
        }
        return new String(out);
    }

    static String windows1258(byte[] bytes) {
        return Normalizer.normalize(new String(bytes, Charset.forName("windows-1258")), Normalizer.Form.NFC);
    }

    /** Does {@code c} stand for a letter in TCVN3 (a Latin-1 char the table maps)? */
    static boolean isTcvn3Letter(char c) {
        return c >= 0xA0 && c <= 0xFF && TCVN3[c] != 0;
    }

    /**
     * TCVN3 → Unicode. Capitals typed in the .VnTimeH fonts come out with lowercase codes
     * ("QUYÕT" → "QUYếT"), so a word whose ASCII letters are all capitals, on a line whose ASCII
     * letters are all capitals, is put in capitals.
     */
    static String tcvn3(CharSequence latin) {
        StringBuilder out = new StringBuilder(latin.length());
        int lineStart = 0;
        for (int i = 0; i <= latin.length(); i++) {
            if (i == latin.length() || latin.charAt(i) == '\n') {
                tcvn3Line(latin, lineStart, i, out);
                if (i < latin.length()) out.append('\n');
                lineStart = i + 1;
            }
        }
        return out.toString();
    }

    private static void tcvn3Line(CharSequence s, int start, int end, StringBuilder out) {
        int upper = 0;
        int lower = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && Character.isUpperCase(c)) upper++;
            else if (c < 0x80 && Character.isLowerCase(c)) lower++;
        }
        boolean capsLine = upper >= 3 && lower == 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (!isTcvnWordChar(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            int wordUpper = 0;
            int wordLower = 0;
            while (j < end && isTcvnWordChar(s.charAt(j))) {
                char w = s.charAt(j);
                if (w < 0x80 && Character.isUpperCase(w)) wordUpper++;
                if (w < 0x80 && Character.isLowerCase(w)) wordLower++;
                j++;
            }
            boolean caps = wordLower == 0 && (capsLine || wordUpper >= 2);
            for (int k = i; k < j; k++) {
                char w = s.charAt(k);
                char m = w >= 0xA0 && w <= 0xFF && TCVN3[w] != 0 ? TCVN3[w] : w;
                out.append(caps ? Character.toUpperCase(m) : m);
            }
            i = j;
        }
    }

    private static boolean isTcvnWordChar(char c) {
        return (c < 0x80 && Character.isLetter(c)) || isTcvn3Letter(c);
    }

    /** VNI-Windows → Unicode: a base letter and its mark byte become one letter. */
    static String vni(CharSequence latin) {
        StringBuilder out = new StringBuilder(latin.length());
        int n = latin.length();
        int i = 0;
        while (i < n) {
            char c = latin.charAt(i);
            if (i + 1 < n) {
                Character pair = VNI.get(lowerPair(c, latin.charAt(i + 1)));
                if (pair != null) {
                    out.append(Character.isUpperCase(c) ? Character.toUpperCase(pair) : pair.charValue());
                    i += 2;
                    continue;
                }
            }
            if (c >= 0xA0) {
                Character single = VNI.get(String.valueOf(Character.toLowerCase(c)));
                if (single != null) {
                    out.append(Character.isUpperCase(c) ? Character.toUpperCase(single) : single.charValue());
                    i++;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String lowerPair(char a, char b) {
        return new String(new char[] {Character.toLowerCase(a), Character.toLowerCase(b)});
    }

    /**
     * VIQR → Unicode. "." and "?" after a vowel are tones unless they end a sentence (followed by
     * the end of the line, or a space and a capital or digit); a backslash keeps the next char literal.
     */
    static String viqr(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && (VIQR_TONE.containsKey(s.charAt(i + 1)) || VIQR_MODIFIER.containsKey(s.charAt(i + 1)))) {
                out.append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if ((c == 'd' || c == 'D') && i + 1 < n && (s.charAt(i + 1) == 'd' || s.charAt(i + 1) == 'D')) {
                out.append(c == 'D' ? 'Đ' : 'đ');
                i += 2;
                continue;
            }
            char lower = Character.toLowerCase(c);
            if ("aeiouy".indexOf(lower) < 0) {
                out.append(c);
                i++;
                continue;
            }
            StringBuilder letter = new StringBuilder(3).append(c);
            int j = i + 1;
            if (j < n && VIQR_MODIFIER.containsKey(s.charAt(j)) && VIQR_MODIFIER_VOWELS.get(s.charAt(j)).indexOf(lower) >= 0) {
                letter.append(VIQR_MODIFIER.get(s.charAt(j)));
                j++;
            }
            if (j < n && VIQR_TONE.containsKey(s.charAt(j)) && !endsSentence(s, j)) {
                letter.append(VIQR_TONE.get(s.charAt(j)));
                j++;
            }
            out.append(Normalizer.normalize(letter, Normalizer.Form.NFC));
            i = j;
        }
        return out.toString();
    }

    private static boolean endsSentence(CharSequence s, int j) {
        char m = s.charAt(j);
        if (m != '.' && m != '?') return false;
        int k = j + 1;
        if (k >= s.length() || s.charAt(k) == '\n' || s.charAt(k) == '\r') return true;
        if (s.charAt(k) != ' ') return false;
        while (k < s.length() && s.charAt(k) == ' ') k++;
        return k >= s.length() || Character.isUpperCase(s.charAt(k)) || Character.isDigit(s.charAt(k)) || s.charAt(k) == '\n';
    }

    /**
     * Count of unambiguous VIQR marks in {@code s} (a vowel followed by ( ^ + ' ` ~ and then a
     * letter, a space or another mark): evidence that plain ASCII text is VIQR.
     */
    static int viqrMarks(CharSequence s) {
        int count = 0;
        for (int i = 0; i + 2 < s.length(); i++) {
            char v = Character.toLowerCase(s.charAt(i));
            char m = s.charAt(i + 1);
            char next = s.charAt(i + 2);
            boolean mark = VIQR_MODIFIER.containsKey(m) || m == '\'' || m == '`' || m == '~';
            if ("aeiouy".indexOf(v) >= 0 && mark
                    && (Character.isLetter(next) || next == ' ' || VIQR_TONE.containsKey(next))) {
                count++;
            }
        }
        return count;
    }
}
