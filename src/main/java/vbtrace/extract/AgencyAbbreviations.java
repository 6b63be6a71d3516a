package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;

/** Replaces abbreviations ("UBND", "LĐ-TB&XH") by their expansions, keeping the source span. */
final class AgencyAbbreviations {
    private AgencyAbbreviations() {}

    /**
     * @param text the source text, to leave alone the codes of document symbols ("KH-UBND",
     *             "QĐ/UBND"), or null when expanding a word-list entry
     */
    static List<AgencyToken> expand(List<AgencyToken> tokens, TokenTrie<List<AgencyToken>> abbreviations, String text) {
        List<AgencyToken> out = new ArrayList<>(tokens.size() + 16);
        int copied = 0; // tokens before this one are in out: runs without an abbreviation are copied at once
        for (int i = 0, n = tokens.size(); i < n; ) {
            AgencyToken t = tokens.get(i);
            TokenTrie.Match<List<AgencyToken>> m = t.isWord() ? abbreviations.longest(tokens, i, AgencyAbbreviations::matchKey) : null;
            if (m != null && !(text != null && partOfSymbol(text, t.start()))) {
                out.addAll(tokens.subList(copied, i));
                int start = t.start(), end = tokens.get(m.end() - 1).end();
                for (AgencyToken e : m.value()) {
                    out.add(e.expandedAt(start, end));
                }
                i = copied = m.end();
            } else {
                i++;
            }
        }
        out.addAll(tokens.subList(copied, tokens.size()));
        return out;
    }

    /** Abbreviations match case-sensitively ("TP" but not "tp"); punctuation by its key. */
    static String matchKey(AgencyToken t) {
        return t.isWord() ? t.display() : t.key();
    }

    private static boolean partOfSymbol(String text, int start) {
        if (start == 0) return false;
        char p = text.charAt(start - 1);
        return p == '-' || p == '/';
    }
}
