package vbtrace.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of the normalized text with its offsets, and the same line with the markup of web and
 * pandoc renderings removed ({@code **bold**}, {@code *italic*}, {@code #} headings, {@code |} cells,
 * backslash escapes, HTML tags). Structure rules read {@link #clean}; spans use the offsets.
 */
record TextLine(int index, int start, int end, String raw, String clean) {
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]{0,40}>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([-.*_\\[\\]()#+!|\\\\`<>])");
    /** A horizontal rule, also spaced out ("- - - - -") or inside a table border. */
    private static final Pattern RULE = Pattern.compile("^(?=(?:.*[-_=—–]){3})[-_=—–*\\\\\\s|+.]*$");

    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int i = text.indexOf('\n', start);
            if (i < 0) i = text.length();
            int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
            String raw = text.substring(start, end);
            lines.add(new TextLine(lines.size(), start, end, raw, clean(raw)));
            start = i + 1;
        }
        return lines;
    }

    private static final Pattern HARD_BREAK = Pattern.compile("\\\\(?=\\s|$)");
    private static final Pattern BOLD_JOIN = Pattern.compile("\\*{4,}");
    private static final Pattern BOLD_BEFORE_TEXT = Pattern.compile("(?<=\\p{Lu})\\*{2,3}(?=\\p{Lu}\\p{Ll})");
    private static final Pattern STARS = Pattern.compile("\\*{1,3}");
    private static final Pattern UNDERSCORES = Pattern.compile("(^|\\s)_+(?=\\S)|(?<=\\S)_+(\\s|$)");
    private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern RULE_RUN = Pattern.compile("(\\s*[-_—–]\\s*){3,}");

    /** The line without markup, spaces folded; a horizontal rule or a lone cell border becomes "". */
    static String clean(String raw) {
        // Most lines carry no markup at all: each rewrite runs only when its marker character is there.
        if (alreadyClean(raw)) return raw;
        if (plain(raw)) return foldSpaces(raw).strip();
        if (dashes(raw, true) >= 3 && RULE.matcher(raw).matches()) return "";
        String s = raw;
        if (s.indexOf('<') >= 0) s = HTML_TAG.matcher(s).replaceAll("");
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
            s = HARD_BREAK.matcher(s).replaceAll(""); // pandoc's hard line break
        }
        if (s.indexOf('*') >= 0) {
            // "**NGHỊ QUYẾT****CỦA …": a closing and an opening bold marker stand for a break
            s = BOLD_JOIN.matcher(s).replaceAll(" ");
            s = BOLD_BEFORE_TEXT.matcher(s).replaceAll(" "); // "**NGHỊ ĐỊNH**Quy định …"
            s = STARS.matcher(s).replaceAll("");
        }
        if (s.indexOf('_') >= 0) s = UNDERSCORES.matcher(s).replaceAll("$1$2");
        if (s.indexOf('#') >= 0) s = HEADING_MARK.matcher(s).replaceAll("");
        s = s.replace('|', ' ').replace('\u00A0', ' ').replace('\t', ' ');
        if (dashes(s, false) >= 3) s = RULE_RUN.matcher(s).replaceAll(" "); // a rule run into a line: "CHÍNH PHỦ - - - - -"
        return foldSpaces(s).strip();
    }

    /** {@link #plain}, and no white space to fold or strip: the line is its own clean form (one pass, most lines). */
    private static boolean alreadyClean(String s) {
        int n = s.length();
        if (n == 0) return true;
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) return false;
        int rule = 0;
        for (int i = 0; i < n; i++) {
            switch (s.charAt(i)) {
                case '<', '\\', '*', '#', '|', '\u00A0', '\t', '_', '\n', '\u000B', '\f', '\r' -> { return false; }
                case '-', '—', '–', '=' -> { if (++rule >= 3) return false; }
                case ' ' -> { if (asciiSpace(s.charAt(i + 1))) return false; } // never last: stripped lines end otherwise
                default -> { }
            }
        }
        return true;
    }

    /** No markup character, no character replaced by a space and fewer than three rule characters. */
    private static boolean plain(String s) {
        int rule = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '<', '\\', '*', '#', '|', '\u00A0', '\t', '_' -> { return false; }
                case '-', '—', '–', '=' -> { if (++rule >= 3) return false; }
                default -> { }
            }
        }
        return true;
    }

    /** How many of the characters a rule is drawn with ("-_—–", and "=" when {@code equals}) the line holds. */
    private static int dashes(String s, boolean equals) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_' || c == '—' || c == '–' || (equals && c == '=')) n++;
        }
        return n;
    }

    /** Every run of regex white space ({@code \\s}) as one space. */
    private static String foldSpaces(String s) {
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (asciiSpace(c) && (c != ' ' || (i + 1 < n && asciiSpace(s.charAt(i + 1))))) break;
            i++;
        }
        if (i == n) return s;
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        boolean inSpace = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (asciiSpace(c)) {
                if (!inSpace) out.append(' ');
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    boolean blank() {
        return clean.isEmpty();
    }

    /** Share of upper-case letters among the letters; 0 when there are none. */
    static double upperShare(String s) {
        int letters = 0, upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }

    boolean upperCase() {
        return upperShare(clean) > 0.8;
    }
}
