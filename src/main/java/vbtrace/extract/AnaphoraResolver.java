package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.Mention;
import vbtrace.text.Canonical;

/**
 * Attaches mentions without a number to the reference they stand for: "Chỉ thị nêu trên" → the
 * last Chỉ thị named before it; "Chỉ thị của Thủ tướng Chính phủ" → the one Chỉ thị the text
 * names with that issuer. "… này" is left alone: it usually means the text itself.
 */
final class AnaphoraResolver {
    private final Pattern alias;
    private final Pattern aforesaid;
    private final Pattern ofIssuer;
    private final TypeWords typeWords;

    AnaphoraResolver(TypeWords typeWords) {
        this.typeWords = typeWords;
        // Anchored on the rarer words after the type word; the type word is then found looking back.
        alias = Pattern.compile("(?:goi tat|viet tat)(?:\\s+la)?\\s*:?\\s*" + typeWords.alternation()
                + "\\s+(?:so\\s+)?(\\d+)(?![\\d/\\-.]|\\s*[-–/]\\s*[A-Z])");
        aforesaid = Pattern.compile("(?<=\\s)(?:neu tren|noi tren|da neu|vua neu|tren)(?![\\p{L}\\d])");
        ofIssuer = Pattern.compile("(?<=\\s)cua\\s+(?=\\S)");
    }

    /** A reference being built: id, type, issuer, and the mentions found so far (sorted). */
    interface Target {
        String id();
        String type();
        String issuer();
        List<Mention> mentions();
        void add(Mention m);
    }

    void resolve(String original, String folded, List<? extends Target> refs) {
        // every mention found is added to a reference already found: with none, the scans are not run
        if (refs.isEmpty()) return;
        resolveShortNames(original, folded, refs);
        Matcher m = aforesaid.matcher(folded);
        LiteralStarts aforesaidAt = new LiteralStarts(m, folded, "neu tren", "noi tren", "da neu", "vua neu", "tren");
        while (aforesaidAt.find()) {
            TypeWords.Found word = typeWords.endingAt(folded, m.start());
            if (word == null || inside(refs, word.start())) continue;
            String type = word.code();
            Target best = null;
            int bestEnd = -1;
            for (Target t : refs) {
                if (!type.equals(t.type())) continue;
                for (Mention x : t.mentions()) {
                    if (x.end() <= word.start() && x.end() > bestEnd) {
                        best = t;
                        bestEnd = x.end();
                    }
                }
            }
            if (best != null) best.add(new Mention(word.start(), m.end(), original.substring(word.start(), m.end())));
        }
        // "… của <issuer>" names only a reference with an issuer: with none, "của" (a most common word) is not scanned for
        java.util.Map<String, String> foldedIssuers = new java.util.HashMap<>();
        for (Target t : refs) if (t.issuer() != null) foldedIssuers.computeIfAbsent(t.issuer(), Canonical::fold);
        if (foldedIssuers.isEmpty()) return;
        Matcher o = ofIssuer.matcher(folded);
        LiteralStarts ofIssuerAt = new LiteralStarts(o, folded, "cua");
        while (ofIssuerAt.find()) {
            if (!issuerAt(folded, o.end(), foldedIssuers.values())) continue; // cheaper than the type word before
            TypeWords.Found word = typeWords.endingAt(folded, o.start());
            if (word == null || inside(refs, word.start())) continue;
            String type = word.code();
            List<Target> same = new ArrayList<>();
            for (Target t : refs) {
                if (type.equals(t.type()) && t.issuer() != null && t.mentions().get(0).end() <= word.start()) {
                    String key = foldedIssuers.get(t.issuer());
                    if (folded.startsWith(key, o.end()) && !continuesWord(folded, o.end() + key.length())) same.add(t);
                }
            }
            if (same.size() == 1) {
                int end = o.end() + foldedIssuers.get(same.get(0).issuer()).length();
                same.get(0).add(new Mention(word.start(), end, original.substring(word.start(), end)));
            }
        }
    }

    /**
     * "(sau đây gọi tắt là Quy định 377)" names the reference just before it by type and number;
     * every later "Quy định 377" (no symbol) is then a mention of it.
     */
    private void resolveShortNames(String original, String folded, List<? extends Target> refs) {
        Matcher a = alias.matcher(folded);
        LiteralStarts aliasAt = new LiteralStarts(a, folded, "goi tat", "viet tat");
        while (aliasAt.find()) {
            String number = a.group(2);
            Target owner = null;
            int ownerEnd = -1;
            for (Target t : refs) {
                if (!t.id().startsWith(number) || Character.isDigit(t.id().charAt(number.length()))) continue;
                for (Mention x : t.mentions()) {
                    if (x.end() <= a.start() && x.end() > ownerEnd) {
                        owner = t;
                        ownerEnd = x.end();
                    }
                }
            }
            if (owner == null) continue;
            Pattern shortName = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(a.group(1)).replace(" ", "\\E\\s+\\Q")
                    + "\\s+(?:so\\s+)?" + number + "(?![\\d/\\-.]|\\s*[-–/]\\s*[A-Z])");
            Matcher m = shortName.matcher(folded);
            while (m.find()) {
                if (m.start() < ownerEnd || inside(refs, m.start())) continue;
                owner.add(new Mention(m.start(), m.end(), original.substring(m.start(), m.end())));
            }
        }
    }

    /** Whether one of the folded issuers starts at {@code i}, a whole word: the test each reference below makes. */
    private static boolean issuerAt(String folded, int i, java.util.Collection<String> keys) {
        for (String key : keys) if (folded.startsWith(key, i) && !continuesWord(folded, i + key.length())) return true;
        return false;
    }

    private static boolean continuesWord(String s, int i) {
        return i < s.length() && Character.isLetterOrDigit(s.charAt(i));
    }

    private static boolean inside(List<? extends Target> refs, int offset) {
        for (Target t : refs) {
            for (Mention x : t.mentions()) if (offset >= x.start() && offset < x.end()) return true;
        }
        return false;
    }

    /**
     * {@link Matcher#find()} for a pattern whose every match begins with one of a few literals: the
     * pattern is tried only where one begins (a regex scan tries every position), with the text
     * before visible to its look-behind.
     */
    private static final class LiteralStarts {
        private final Matcher m;
        private final String text;
        private final String[] literals;
        private final int[] next;
        private int from;

        LiteralStarts(Matcher m, String text, String... literals) {
            this.m = m.useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            this.literals = literals;
            this.next = new int[literals.length];
            java.util.Arrays.fill(next, -2);
        }

        boolean find() {
            while (true) {
                int p = Integer.MAX_VALUE;
                for (int k = 0; k < literals.length; k++) {
                    if (next[k] != -1 && next[k] < from) next[k] = text.indexOf(literals[k], from);
                    if (next[k] >= 0) p = Math.min(p, next[k]);
                }
                if (p == Integer.MAX_VALUE) return false;
                m.region(p, text.length());
                if (m.lookingAt()) {
                    from = m.end() > p ? m.end() : p + 1;
                    return true;
                }
                from = p + 1;
            }
        }
    }
}
