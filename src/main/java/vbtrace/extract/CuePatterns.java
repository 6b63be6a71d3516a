package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A file of cue patterns ({@code targets/baseline-cues.txt}, …) asked only whether one of them occurs in a
 * window of text, as {@code Pattern.compile(String.join("|", lines)).matcher(window).find()} would answer.
 *
 * <p>Most cues are whole words: they open on {@code (?<!\p{L})} and have no alternative outside a group, so no
 * match of theirs starts right after a letter, and most positions of a text (inside words) need not be tried.
 * Those lines are joined and scanned apart from the others ({@link ScanPattern#ofWordStarts}); a match of the
 * alternation is a match of one of its lines, so the answer is the same.
 */
final class CuePatterns {
    private static final String WORD_START = "(?<!\\p{L})";

    private final ScanPattern wordStarts;
    private final ScanPattern others;

    private CuePatterns(ScanPattern wordStarts, ScanPattern others) {
        this.wordStarts = wordStarts;
        this.others = others;
    }

    /** The patterns of {@code vbtrace/extract/<name>}, one per line, with {@link TargetLexicon#FLAGS}. */
    static CuePatterns of(String name) {
        return of(TargetLexicon.raw(name), TargetLexicon.FLAGS);
    }

    static CuePatterns of(List<String> lines, int flags) {
        List<String> wordStarts = new ArrayList<>(), others = new ArrayList<>();
        for (String line : lines) (opensOnWordStart(line) ? wordStarts : others).add(line);
        return new CuePatterns(
                wordStarts.isEmpty() ? null : ScanPattern.ofWordStarts(Pattern.compile(String.join("|", wordStarts), flags)),
                others.isEmpty() ? null : ScanPattern.of(Pattern.compile(String.join("|", others), flags)));
    }

    /** Whether {@code text[from, to)} alone holds a match of one of the patterns. */
    boolean foundIn(String text, int from, int to) {
        return wordStarts != null && wordStarts.foundIn(text, from, to) || others != null && others.foundIn(text, from, to);
    }

    /**
     * Whether every match of the expression opens on {@code (?<!\p{L})}: it starts so, and no "|" stands outside
     * a group (read past escapes, quoted text and character classes). Any doubt answers false.
     */
    static boolean opensOnWordStart(String regex) {
        if (!regex.startsWith(WORD_START) || regex.length() > WORD_START.length() && "?*+{".indexOf(regex.charAt(WORD_START.length())) >= 0) {
            return false; // not there, or made optional
        }
        int depth = 0, classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) return false;
                char next = regex.charAt(i + 1);
                if (next == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    if (end < 0) return false;
                    i = end + 1;
                } else if (next >= '1' && next <= '9' || next == 'k') {
                    return false; // a back reference would count groups of the other lines
                } else {
                    i++;
                }
            } else if (classDepth > 0) {
                if (c == '[') classDepth++;
                else if (c == ']') classDepth--;
            } else if (c == '[') {
                if (regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1)) return false;
                classDepth = 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) return false;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return depth == 0 && classDepth == 0;
    }
}
