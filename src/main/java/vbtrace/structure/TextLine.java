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

    static List<TextLine> split(String text) {
        char[] t = text.toCharArray(); // every character is read: from an array, without charAt's checks
        int n = t.length;
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        while (start <= n) {
            int i = start;
            while (i < n && t[i] != '\n') i++;
            int end = i > start && t[i - 1] == '\r' ? i - 1 : i;
            String raw = text.substring(start, end);
            lines.add(new TextLine(lines.size(), start, end, raw, alreadyClean(t, start, end) ? raw : clean(raw)));
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

    /** The line without markup, spaces folded; a horizontal rule or a lone cell border becomes "". */
    static String clean(String raw) {
        // Most lines carry no markup at all: each rewrite runs only when its marker character is there.
        if (alreadyClean(raw)) return raw;
        if (plain(raw)) return foldSpaces(raw).strip();
        if (dashes(raw, true) >= 3 && isRule(raw)) return "";
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
        if (dashes(s, false) >= 3) s = withoutRuleRuns(s); // a rule run into a line: "CHÍNH PHỦ - - - - -"
        return foldSpaces(s).strip();
    }

    /** {@link #plain}, and no white space to fold or strip: the line is its own clean form (one pass, most lines). */
    private static boolean alreadyClean(String s) {
        return alreadyClean(s.toCharArray(), 0, s.length());
    }

    /** {@link #alreadyClean(String)} of {@code t[from, to)}. */
    private static boolean alreadyClean(char[] t, int from, int to) {
        if (from == to) return true;
        if (Character.isWhitespace(t[from]) || Character.isWhitespace(t[to - 1])) return false;
        int rule = 0;
        for (int i = from; i < to; i++) {
            char c = t[i];
            int kind = c < 128 ? ASCII_KIND[c] : c == '\u00A0' ? MARKUP : c == '—' || c == '–' ? RULE_CHAR : OTHER;
            if (kind == OTHER) continue;
            if (kind == MARKUP) return false;
            if (kind == RULE_CHAR) {
                if (++rule >= 3) return false;
            } else if (asciiSpace(t[i + 1])) {
                return false; // a space, never last: stripped lines end otherwise
            }
        }
        return true;
    }

    /** What {@link #alreadyClean} makes of each ASCII character: markup or white space to fold, a rule's, a space. */
    private static final byte OTHER = 0, MARKUP = 1, RULE_CHAR = 2, SPACE = 3;
    private static final byte[] ASCII_KIND = new byte[128];

    static {
        for (char c : "<\\*#|\t_\n\u000B\f\r".toCharArray()) ASCII_KIND[c] = MARKUP;
        ASCII_KIND['-'] = RULE_CHAR;
        ASCII_KIND['='] = RULE_CHAR;
        ASCII_KIND[' '] = SPACE;
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

    /*
     * The two rule checks below are hand-written forms of regular expressions that backtrack heavily: on a line with
     * three dashes and a hundred other characters ("8517.62.10 - - - Thiết bị …") each took about 0.1 ms, more than
     * cleaning all other lines. TextLineTest checks both against the expressions.
     */

    /**
     * A horizontal rule, also spaced out ("- - - - -") or inside a table border: {@code ^(?=(?:.*[-_=—–]){3})[-_=—–*\\\s|+.]*$}.
     * Only rule characters, of which three dashes before any line break ({@code .} stops there).
     */
    static boolean isRule(String s) {
        int dashes = 0;
        boolean broken = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_' || c == '=' || c == '—' || c == '–') {
                if (!broken) dashes++;
            } else if (c == '\n' || c == '\r') {
                broken = true;
            } else if (!asciiSpace(c) && c != '*' && c != '\\' && c != '|' && c != '+' && c != '.') {
                return false;
            }
        }
        return dashes >= 3;
    }

    /**
     * Every run of white space and dashes ("-_—–") holding at least three dashes as one space: {@code (\\s*[-_—–]\\s*){3,}}
     * replaced by " ". A match starts where such a run does and takes all of it.
     */
    static String withoutRuleRuns(String s) {
        StringBuilder out = null;
        int copied = 0, n = s.length();
        for (int i = 0; i < n; ) {
            if (!asciiSpace(s.charAt(i)) && !isRunDash(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i, dashes = 0;
            for (; end < n && (asciiSpace(s.charAt(end)) || isRunDash(s.charAt(end))); end++) {
                if (isRunDash(s.charAt(end))) dashes++;
            }
            if (dashes >= 3) {
                if (out == null) out = new StringBuilder(n);
                out.append(s, copied, i).append(' ');
                copied = end;
            }
            i = end;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    private static boolean isRunDash(char c) {
        return c == '-' || c == '_' || c == '—' || c == '–';
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
