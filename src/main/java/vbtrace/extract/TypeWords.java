package vbtrace.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.text.Canonical;

/** Words naming a document type ("Chỉ thị" → CT), from {@code type-words.txt}; matched on folded text. */
public final class TypeWords {
    private static final TypeWords STANDARD = new TypeWords();

    private final Map<String, String> codeByFoldedWord = new LinkedHashMap<>();
    private final Set<String> codes;
    /** A type word at the end of a folded prefix, optionally followed by "số" / "số:". */
    private final Pattern beforeNumber;
    /** A type word at the end of a folded prefix, followed only by whitespace. */
    private final Pattern endingWord;
    /** The last words of the folded type words ("thi" of "chi thi"), for a cheap test before {@link #endingWord} and {@link #beforeNumber}. */
    private final Set<String> lastWords;
    /** A type word anywhere (for anaphora), as a group. */
    private final String alternation;

    public static TypeWords standard() {
        return STANDARD;
    }

    private TypeWords() {
        List<String[]> rows = new ArrayList<>();
        for (String line : ReferenceData.lines("type-words.txt")) rows.add(line.split("\t"));
        rows.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        List<String> alts = new ArrayList<>();
        for (String[] r : rows) {
            String folded = Canonical.fold(r[0]);
            codeByFoldedWord.put(folded, r[1].trim());
            alts.add(Pattern.quote(folded).replace(" ", "\\E\\s+\\Q"));
        }
        codes = Set.copyOf(codeByFoldedWord.values());
        Set<String> last = new java.util.HashSet<>();
        for (String w : codeByFoldedWord.keySet()) {
            String word = w.substring(w.lastIndexOf(' ') + 1);
            if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) {
                last = null; // the test reads a word as a run of letters: no pre-check for other words
                break;
            }
            last.add(word);
        }
        lastWords = last == null ? null : Set.copyOf(last);
        alternation = "(" + String.join("|", alts) + ")";
        beforeNumber = Pattern.compile("(?<![\\p{L}\\d])" + alternation + "\\s*(?:so\\b\\s*:?\\s*)?$");
        endingWord = Pattern.compile("(?<![\\p{L}\\d])" + alternation + "\\s+$");
    }

    /** The type code of a type word ("chi thi" or "Chỉ thị"), or null. */
    public String code(String word) {
        return codeByFoldedWord.get(Canonical.fold(word).replaceAll("\\s+", " ").trim());
    }

    /** Whether {@code code} is a document type code (CT, NQ, QĐ, …). */
    public boolean isTypeCode(String code) {
        return codes.contains(code);
    }

    /** Regex alternation of all folded type words, one capturing group. */
    public String alternation() {
        return alternation;
    }

    /**
     * The type word right before {@code end} in folded text: start offset of the word and its code,
     * or null. Looks back at most 40 characters.
     */
    public Found before(String folded, int end) {
        int from = Math.max(0, end - 40);
        if (!mayEndInTypeWord(folded, from, end)) return null;
        Matcher m = beforeNumber.matcher(folded).region(from, end);
        m.useTransparentBounds(true);
        if (!m.find()) return null;
        return new Found(m.start(), code(m.group(1)));
    }

    /**
     * A cheap necessary condition for {@link #beforeNumber} in {@code [from, end)}: past trailing
     * white space, a ":" and "so", the letters end one of {@link #lastWords}. The regex's
     * look-behind makes it try every offset, and most numbers follow no type word.
     */
    private boolean mayEndInTypeWord(String folded, int from, int end) {
        if (lastWords == null) return true;
        int k = lastNonSpace(folded, end - 1, from);
        if (k >= from && folded.charAt(k) == ':') k = lastNonSpace(folded, k - 1, from);
        int w = k;
        while (w >= from && Character.isLetter(folded.charAt(w))) w--;
        String word = folded.substring(w + 1, k + 1);
        if (lastWords.contains(word)) return true;
        if (!word.endsWith("so")) return false;
        if (word.length() > 2) return lastWords.contains(word.substring(0, word.length() - 2)); // "quyet dinhso"
        k = lastNonSpace(folded, w, from);
        w = k;
        while (w >= from && Character.isLetter(folded.charAt(w))) w--;
        return lastWords.contains(folded.substring(w + 1, k + 1));
    }

    private static int lastNonSpace(String s, int k, int from) {
        while (k >= from && isRegexSpace(s.charAt(k))) k--;
        return k;
    }

    /** The type word that ends right before {@code end} (whitespace between), or null. */
    public Found endingAt(String folded, int end) {
        // the pattern ends in a type word's last word (a run of letters after white space or a non-letter), then white space up to end
        int k = end - 1;
        while (k >= 0 && isRegexSpace(folded.charAt(k))) k--;
        if (lastWords != null) {
            int w = k;
            while (w >= 0 && Character.isLetter(folded.charAt(w))) w--;
            if (k == end - 1 || k < 0 || !lastWords.contains(folded.substring(w + 1, k + 1))) return null;
        }
        Matcher m = endingWord.matcher(folded).region(Math.max(0, end - 40), end);
        m.useTransparentBounds(true);
        if (!m.find()) return null;
        return new Found(m.start(), code(m.group(1)));
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    public record Found(int start, String code) {}
}
