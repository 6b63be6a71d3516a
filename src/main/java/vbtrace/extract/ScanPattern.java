package vbtrace.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where its first character can start a match. The word-list patterns of
 * the targets stage are alternations that open with a lookbehind ({@code (?<!\p{L})tính đến|…}),
 * which Java's {@code find} evaluates branch by branch at every position; most positions hold a
 * character no branch starts with. Results are the same as {@code find}'s.
 *
 * <p>The starting characters are learnt from the pattern itself: a character can start a match
 * when the pattern, run on it alone after a few typical preceding contexts, matches or asks for
 * more input ({@link Matcher#hitEnd}). Positive lookbehinds could depend on context not probed,
 * so a pattern with one is tried everywhere. Anchors ({@code ^}, {@code $}) would mean the region's
 * ends here, not the text's, so patterns with them are refused.
 */
final class ScanPattern {
    /** Characters above this (none in Vietnamese text) are always tried. */
    private static final int PROBED = 0x1F00;
    private static final String[] CONTEXTS = {"", " ", "a", "1", ",", "\n"};

    private final Pattern pattern;
    /** Whether a match can start with each character; null to try every position. */
    private final boolean[] starts;
    /** Whether every match opens on {@code (?<!\\p{L})}: none starts right after a letter. */
    private final boolean wordStart;

    private ScanPattern(Pattern pattern, boolean[] starts, boolean wordStart) {
        this.pattern = pattern;
        this.starts = starts;
        this.wordStart = wordStart;
    }

    /** A pattern every match of which opens on {@code (?<!\\p{L})} (the caller knows): positions after a letter are skipped. */
    static ScanPattern ofWordStarts(Pattern pattern) {
        ScanPattern p = of(pattern);
        return new ScanPattern(p.pattern, p.starts, true);
    }

    static ScanPattern of(Pattern pattern) {
        if (pattern.pattern().matches("(?s).*(?:(?<!\\[)\\^|(?<!\\\\)\\$).*")) {
            throw new IllegalArgumentException("anchored pattern: " + pattern);
        }
        if (pattern.pattern().contains("(?<=")) return new ScanPattern(pattern, null, false);
        boolean[] starts = new boolean[PROBED];
        for (String context : CONTEXTS) {
            for (char c = 0; c < PROBED; c++) {
                if (starts[c] || Character.isSurrogate(c)) continue;
                Matcher m = pattern.matcher(context + c).useTransparentBounds(true);
                m.region(context.length(), context.length() + 1);
                starts[c] = m.lookingAt() || m.hitEnd();
            }
        }
        return new ScanPattern(pattern, starts, false);
    }

    /** A matcher of the whole text, for {@link #next}; bounds transparent, as lookarounds see past a region. */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true);
    }

    /**
     * Moves {@code m} (from {@link #matcher}) to the first match starting in {@code [from, to)} and ending by
     * {@code to}, as {@code m.region(from, to).find()} with transparent bounds would; false when none.
     */
    boolean next(Matcher m, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (starts != null && c < PROBED && !starts[c]) continue;
            // the look-behind reads the character before as a char: to it a surrogate is no letter either
            if (wordStart && i > 0 && TargetLexicon.isLetter(text.charAt(i - 1))) continue;
            if (m.region(i, to).lookingAt()) return true;
        }
        return false;
    }

    /** Whether {@code text} holds a match, as {@code find()}. */
    boolean foundIn(String text) {
        return next(matcher(text), text, 0, text.length());
    }

    /** Whether {@code text[from, to)} alone holds a match, as {@code matcher(text).region(from, to).find()}. */
    boolean foundIn(String text, int from, int to) {
        String window = text.substring(from, to);
        return next(matcher(window), window, 0, window.length());
    }
}
