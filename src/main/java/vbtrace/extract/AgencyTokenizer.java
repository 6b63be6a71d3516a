package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vbtrace.text.Canonical;

/**
 * Splits normalized text into {@link AgencyToken}s in one pass: words, numbers, single punctuation
 * marks and breaks (a line end — the normalized text holds one paragraph, heading or table cell per
 * line — or a table cell bar). Markdown emphasis marks are skipped so a bold heading reads as its
 * words. Letters and digits are separate tokens ("chính127" is a name and a footnote number).
 */
public final class AgencyTokenizer {
    private AgencyTokenizer() {}

    public static List<AgencyToken> tokenize(String text) {
        List<AgencyToken> out = new ArrayList<>(text.length() / 4);
        int n = text.length();
        int i = 0, lineFirst = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                int j = i, newlines = 0;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    if (text.charAt(j) == '\n') newlines++;
                    j++;
                }
                if (newlines > 1 || newlines == 1 && !bulletAndOneWord(out, lineFirst)) {
                    out.add(new AgencyToken(AgencyToken.Kind.BREAK, "\n", "\n", i, j, false));
                }
                if (newlines >= 1) lineFirst = out.size();
                i = j;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                boolean digits = Character.isDigit(c);
                while (j < n) {
                    char d = text.charAt(j);
                    boolean letter = Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK;
                    if (digits ? Character.isDigit(d) : letter) j++;
                    else break;
                }
                String s = text.substring(i, j);
                out.add(new AgencyToken(digits ? AgencyToken.Kind.NUMBER : AgencyToken.Kind.WORD, s, key(s), i, j, false));
                i = j;
            } else {
                if (c != '*' && c != '_' && c != '#' && c != '`' && c != '\\') {
                    if (c == '|') {
                        out.add(new AgencyToken(AgencyToken.Kind.BREAK, "|", "|", i, i + 1, false));
                    } else {
                        String s = String.valueOf(c);
                        out.add(new AgencyToken(AgencyToken.Kind.PUNCT, s, key(s), i, i + 1, false));
                    }
                }
                i++;
            }
        }
        return out;
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

    /** Keys of the syllables seen so far: the vocabulary is small, and canonical forms cost a regex. */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_KEYS = 200_000;

    /** The matching key of one token. */
    public static String key(String s) {
        if (isPlainLowerAscii(s)) return s; // most syllables: nothing to fold, no lookup
        switch (s) {
            case "&": return "và";
            case "–": case "—": case "‑": return "-";
            default:
                String k = KEYS.get(s);
                if (k == null) {
                    k = Canonical.forMatching(s).toLowerCase(Locale.ROOT);
                    if (KEYS.size() < MAX_CACHED_KEYS) KEYS.put(s, k);
                }
                return k;
        }
    }
}
