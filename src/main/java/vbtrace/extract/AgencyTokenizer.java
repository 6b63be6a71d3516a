package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vbtrace.text.Canonical;

/**
 * Splits normalized text into {@link AgencyToken}s in one pass: words, numbers, single punctuation
 * marks and breaks (a line end — the normalized text holds one paragraph, heading or table cell per
 * line — or a table cell bar). Markdown emphasis marks are skipped so a bold heading reads as its
 * words. Letters and digits are separate tokens ("chính127" is a name and a footnote number).
 */
public final class AgencyTokenizer {
    private AgencyTokenizer() {}

    private static final AgencyToken.Spelling LINE_BREAK = new AgencyToken.Spelling(AgencyToken.Kind.BREAK, "\n", "\n");
    private static final AgencyToken.Spelling CELL_BAR = new AgencyToken.Spelling(AgencyToken.Kind.BREAK, "|", "|");

    public static List<AgencyToken> tokenize(String text) {
        List<AgencyToken> out = new ArrayList<>(text.length() / 3); // a token per 3.4 characters in the corpus
        char[] t = text.toCharArray();
        int n = t.length;
        int i = 0, lineFirst = 0;
        while (i < n) {
            char c = t[i];
            byte cls = CLASS[c];
            if (cls == SPACE) {
                int j = i, newlines = 0;
                while (j < n && CLASS[t[j]] == SPACE) {
                    if (t[j] == '\n') newlines++;
                    j++;
                }
                if (newlines > 1 || newlines == 1 && !bulletAndOneWord(out, lineFirst)) {
                    out.add(new AgencyToken(LINE_BREAK, i, j, false));
                }
                if (newlines >= 1) lineFirst = out.size();
                i = j;
            } else if (cls == LETTER || cls == DIGIT) {
                // letters run on over letters and combining marks, digits over digits
                int j = i + 1, hash = c;
                while (j < n) {
                    char d = t[j];
                    byte dc = CLASS[d];
                    if (cls == DIGIT ? dc == DIGIT : dc == LETTER || dc == MARK) {
                        hash = 31 * hash + d;
                        j++;
                    } else break;
                }
                Spelling s = spelling(t, i, j, hash, cls == DIGIT ? AgencyToken.Kind.NUMBER : AgencyToken.Kind.WORD);
                out.add(new AgencyToken(s.spelling, i, j, false));
                i = j;
            } else {
                if (c != '*' && c != '_' && c != '#' && c != '`' && c != '\\') {
                    if (c == '|') {
                        out.add(new AgencyToken(CELL_BAR, i, i + 1, false));
                    } else {
                        Spelling s = spelling(t, i, i + 1, c, AgencyToken.Kind.PUNCT);
                        out.add(new AgencyToken(s.spelling, i, i + 1, false));
                    }
                }
                i++;
            }
        }
        return out;
    }

    /** Character classes of the tokenizer, looked up instead of computed for every character. */
    private static final byte OTHER = 0, SPACE = 1, LETTER = 2, DIGIT = 3, MARK = 4;
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            CLASS[c] = Character.isWhitespace(ch) ? SPACE : Character.isDigit(ch) ? DIGIT : Character.isLetter(ch) ? LETTER
                    : Character.getType(ch) == Character.NON_SPACING_MARK ? MARK : OTHER;
        }
    }

    /**
     * A spelling's characters and its token's shared part, one instance per spelling (their hash codes
     * are computed once). The characters decide the kind, so it is the same for every token.
     */
    private record Spelling(char[] chars, AgencyToken.Spelling spelling) {}

    /**
     * Spellings seen so far, in a table indexed by hash where a new spelling replaces the old one
     * of its slot: the vocabulary is small, so most tokens find theirs without building a string.
     * Entries are immutable, so threads may race on a slot harmlessly.
     */
    private static final Spelling[] SPELLINGS = new Spelling[1 << 16];

    private static Spelling spelling(char[] text, int from, int to, int hash, AgencyToken.Kind kind) {
        int slot = (hash ^ hash >>> 16) & (SPELLINGS.length - 1);
        Spelling s = SPELLINGS[slot];
        if (s != null && sameChars(s.chars, text, from, to)) return s;
        String display = new String(text, from, to - from);
        s = new Spelling(display.toCharArray(), new AgencyToken.Spelling(kind, display, key(display)));
        SPELLINGS[slot] = s;
        return s;
    }

    /** A plain loop: tokens are a few characters long, too short for the vectorized {@code Arrays.equals}. */
    private static boolean sameChars(char[] a, char[] text, int from, int to) {
        if (a.length != to - from) return false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != text[from + i]) return false;
        }
        return true;
    }

    /**
     * A line of a bullet and one capitalised word ("+ Sở" above "Xây dựng: hướng dẫn …"): web
     * renderings break a name there, so the line end is a space.
     */
    private static boolean bulletAndOneWord(List<AgencyToken> out, int lineFirst) {
        if (out.size() - lineFirst != 2) return false;
        AgencyToken mark = out.get(lineFirst), word = out.get(lineFirst + 1);
        return mark.kind() == AgencyToken.Kind.PUNCT && (mark.is("+") || mark.is("-") || mark.is("•"))
                && word.kind() == AgencyToken.Kind.WORD && Character.isUpperCase(word.display().charAt(0));
    }

    private static boolean isPlainLowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return !s.isEmpty();
    }

    /** The matching key of one token. */
    public static String key(String s) {
        if (isPlainLowerAscii(s)) return s; // most syllables: nothing to fold
        switch (s) {
            case "&": return "và";
            case "–": case "—": case "‑": return "-";
            default: return Canonical.forMatching(s).toLowerCase(Locale.ROOT);
        }
    }
}
