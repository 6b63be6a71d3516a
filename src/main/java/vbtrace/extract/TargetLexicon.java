package vbtrace.extract;

import vbtrace.DataFiles;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import vbtrace.text.Canonical;

/**
 * Word lists and patterns of the targets and deadlines stages, read from
 * {@code src/main/resources/vbtrace/extract/}: one entry per line, {@code #} starts a comment.
 * Entries are put in the matching spelling ({@link #matchingForm}) so the patterns built from
 * them run on matching-form text.
 */
final class TargetLexicon {
    private TargetLexicon() {}

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The entries of {@code vbtrace/extract/<name>} in their matching spelling, in file order. */
    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : raw(name)) out.add(matchingForm(line));
        return out;
    }

    /** The entries as written (NFC): regular expressions keep their case ("\\p{L}"). */
    static List<String> raw(String name) {
        List<String> out = new ArrayList<>();
        for (String line : DataFiles.lines("/vbtrace/extract/" + name)) {
            int hash = line.indexOf(" #");
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (!line.isEmpty()) out.add(Normalizer.normalize(line, Normalizer.Form.NFC));
        }
        return out;
    }

    /** The words of a list as one alternation, longest first, each word's spaces matching any run of spaces. */
    static String alternation(String name) {
        List<String> words = new ArrayList<>(lines(name));
        words.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) sb.append('|');
            sb.append(Pattern.quote(words.get(i)).replace(" ", "\\E\\s+\\Q"));
        }
        return sb.append(')').toString();
    }

    /** The entries of a file of regular expressions, joined as one alternation. */
    static Pattern patterns(String name) {
        return Pattern.compile(String.join("|", raw(name)), FLAGS);
    }

    /**
     * Same length as the text: lower case, "Ð" as "đ", and the new tone placement ("hoà" →
     * "hòa", "uỷ" → "ủy", as {@link Canonical#forMatching} does); offsets stay valid. One pass
     * over the characters: this runs on every document.
     */
    static String matchingForm(String text) {
        return new String(matchingChars(text));
    }

    /** {@link #matchingForm} as an array, for the scans that walk every character. */
    static char[] matchingChars(String text) {
        char[] c = text.toCharArray();
        int n = c.length;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch < 128) {
                if (ch >= 'A' && ch <= 'Z') c[i] = (char) (ch + 32);
                continue;
            }
            if (ch == '\u00D0' || ch == '\u00F0') {
                c[i] = 'đ';
                continue;
            }
            c[i] = LOWER[ch];
            int tone = c[i] < TONE.length ? TONE[c[i]] : -1;
            // old placement: tone on the final a/e/y of "oa", "oe", "uy" (not after "q"), moved to the o/u
            if (tone >= 0 && i > 0 && (c[i - 1] == 'o' || c[i - 1] == 'u')
                    && (i < 2 || c[i - 2] != 'q') && (i + 1 >= n || !isLetter(text.charAt(i + 1)))) {
                int mark = tone % 5;
                c[i] = "aey".charAt(tone / 5);
                c[i - 1] = (c[i - 1] == 'o' ? "òóỏõọ" : "ùúủũụ").charAt(mark);
            }
        }
        return c;
    }

    /** {@link Character#isLetter}, looked up for the Latin letters Vietnamese uses: the scans ask it for most characters. */
    static boolean isLetter(char c) {
        return c < LETTERS.length ? LETTERS[c] : Character.isLetter(c);
    }

    private static final boolean[] LETTERS = new boolean[0x1F00];

    static {
        for (char ch = 0; ch < LETTERS.length; ch++) LETTERS[ch] = Character.isLetter(ch);
    }

    /** {@link Character#isDigit}, with ASCII answered without the Unicode tables. */
    static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /**
     * Lower case of every UTF-16 unit, looked up instead of computed (this runs on every character): Latin
     * letters up to U+1EFF as {@code toLowerCase} has them, above only the upper-case ones lowered.
     */
    private static final char[] LOWER = new char[0x10000];

    static {
        for (int ch = 0; ch < LOWER.length; ch++) {
            LOWER[ch] = ch < 0x1F00 || Character.isUpperCase((char) ch) ? Character.toLowerCase((char) ch) : (char) ch;
        }
    }

    /** a, e, y with each of the five tones, in the order grave, acute, hook, tilde, dot. */
    private static final String OLD_TONE_VOWELS = "àáảãạèéẻẽẹỳýỷỹỵ";
    /** Index of each character in {@link #OLD_TONE_VOWELS}, -1 for the others: looked up for every letter. */
    private static final byte[] TONE = new byte[0x1F00];

    static {
        java.util.Arrays.fill(TONE, (byte) -1);
        for (int k = 0; k < OLD_TONE_VOWELS.length(); k++) TONE[OLD_TONE_VOWELS.charAt(k)] = (byte) k;
    }

    /**
     * Phrases that must end right before a position ("trên" before "80%", "trước" before "ngày
     * 15/12"), checked by comparing the words backwards instead of running a pattern over the window.
     */
    static final class Phrases {
        private final String skip;
        /** Phrases by first and by last character (indexed by the character), longest first. */
        private final String[][] byFirst, byLast;

        Phrases(List<String> phrases, String skip) {
            this.skip = skip;
            List<String> sorted = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            byFirst = index(sorted, true);
            byLast = index(sorted, false);
        }

        private static String[][] index(List<String> sorted, boolean first) {
            java.util.Map<Character, List<String>> lists = new java.util.HashMap<>();
            for (String p : sorted) lists.computeIfAbsent(p.charAt(first ? 0 : p.length() - 1), k -> new ArrayList<>()).add(p);
            String[][] out = new String[lists.keySet().stream().mapToInt(c -> c + 1).max().orElse(0)][];
            lists.forEach((k, v) -> out[k] = v.toArray(String[]::new));
            return out;
        }

        private static String[] candidates(String[][] index, char c) {
            return c < index.length ? index[c] : null;
        }

        static Phrases of(String name, String skip) {
            return new Phrases(lines(name), skip);
        }

        /** Start of the phrase ending at {@code end} (after skipping trailing {@code skip} characters), or -1. */
        int endingAt(String low, int end, int floor) {
            int e = end;
            while (e > floor && skip.indexOf(low.charAt(e - 1)) >= 0) e--;
            if (e <= floor) return -1;
            String[] candidates = candidates(byLast, low.charAt(e - 1));
            if (candidates == null) return -1;
            for (String p : candidates) {
                int s = e - p.length();
                if (s < floor || !low.regionMatches(s, p, 0, p.length())) continue;
                if (s == 0 || !Character.isLetterOrDigit(low.charAt(s - 1))) return s;
            }
            return -1;
        }

        /** Length of the phrase starting at {@code at} and ending at a word boundary, or -1. */
        int startingAt(String low, int at) {
            if (at >= low.length()) return -1;
            String[] candidates = candidates(byFirst, low.charAt(at));
            if (candidates == null) return -1;
            for (String p : candidates) {
                int e = at + p.length();
                // the last character first: it rules out most candidates before the full comparison
                if (e > low.length() || low.charAt(e - 1) != p.charAt(p.length() - 1) || !low.regionMatches(at, p, 0, p.length())) continue;
                if (e == low.length() || !Character.isLetterOrDigit(low.charAt(e))) return p.length();
            }
            return -1;
        }
    }
}
