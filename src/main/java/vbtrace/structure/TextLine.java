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
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                String raw = text.substring(start, end);
                lines.add(new TextLine(lines.size(), start, end, raw, clean(raw)));
                start = i + 1;
            }
        }
        return lines;
    }

    /** The line without markup, spaces folded; a horizontal rule or a lone cell border becomes "". */
    static String clean(String raw) {
        if (RULE.matcher(raw).matches()) return "";
        String s = HTML_TAG.matcher(raw).replaceAll("");
        s = ESCAPE.matcher(s).replaceAll("$1");
        s = s.replaceAll("\\\\(?=\\s|$)", ""); // pandoc's hard line break
        // "**NGHỊ QUYẾT****CỦA …": a closing and an opening bold marker stand for a break
        s = s.replaceAll("\\*{4,}", " ");
        s = s.replaceAll("(?<=\\p{Lu})\\*{2,3}(?=\\p{Lu}\\p{Ll})", " "); // "**NGHỊ ĐỊNH**Quy định …"
        s = s.replaceAll("\\*{1,3}", "");
        s = s.replaceAll("(^|\\s)_+(?=\\S)|(?<=\\S)_+(\\s|$)", "$1$2");
        s = s.replaceAll("^\\s*#{1,6}\\s+", "");
        s = s.replace('|', ' ').replace('\u00A0', ' ').replace('\t', ' ');
        s = s.replaceAll("(\\s*[-_—–]\\s*){3,}", " "); // a rule run into a line: "CHÍNH PHỦ - - - - -"
        return s.replaceAll("\\s+", " ").strip();
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
