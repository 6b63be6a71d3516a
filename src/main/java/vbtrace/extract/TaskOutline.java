package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a document at the granularity tasks need: every labelled line ("III.", "Điều 5.",
 * "2.", "2.1.", "a)", "-", "+"), every line in capitals and every other paragraph (a line of the
 * normalized text), each with its nesting depth
 * (kinds nest in the order they first appear under their parent, as a reader would follow them)
 * and the end of its subtree. One pass over the lines.
 */
final class TaskOutline {
    enum Kind { CAPS, ROMAN, ARTICLE, NUM1, NUM2, NUM3, LETTER, DASH, PLUS, BULLET, PARA }

    /**
     * @param start        offset of the line
     * @param contentStart offset after the label and decorations
     * @param lineEnd      end of the item's first line
     * @param depth        nesting depth (0 = top); PARA items sit under the current item
     * @param path         labels from the top ("III", "2") — the section of a task
     * @param end          end of the item's subtree (set after the scan)
     */
    record Item(Kind kind, String label, int start, int contentStart, int lineEnd, int depth, List<String> path, int end) {
        Item withEnd(int e) {
            return new Item(kind, label, start, contentStart, lineEnd, depth, path, e);
        }

        String section() {
            return String.join(".", path);
        }
    }

    private static final Pattern ROMAN = Pattern.compile("([IVXL]{1,5})\\s*[.)/:-]\\s*(?=\\S|$)");
    private static final Pattern ARTICLE = Pattern.compile("(Điều\\s+\\d+[a-zđ]?)\\s*[.:]\\s*");
    private static final Pattern NUM = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,3})(?:\\s*[.)]\\s*|(?<=\\.\\d{1,2})\\s+)(?=\\S|$)(?!\\d)");
    private static final Pattern PLUS = Pattern.compile("\\+\\s*(?=\\S)");
    private static final Pattern BULLET = Pattern.compile("[•·●▪]\\s*(?=\\S)");

    private TaskOutline() {}

    static List<Item> scan(String text) {
        List<Item> items = new ArrayList<>();
        List<Kind> stack = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> path = List.of(); // of the labels now open: unchanged over the many lines without a label
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = n;
            if (isBlank(text, pos, eol)) {
                pos = eol + 1;
                continue;
            }
            int off = decorEnd(text, pos, eol) - pos;
            Kind kind;
            String label = null;
            int content = off;
            int at = pos + off; // where the line's words start
            char c = at < eol ? text.charAt(at) : ' '; // a line of decoration only ("***") is a paragraph
            if (!mayBeLabel(c)) {
                // most lines: a paragraph opening on a word, read without copying it
                kind = isCapsHeading(text, at, eol) ? Kind.CAPS : Kind.PARA;
            } else if (c >= 'a' && c <= 'z' || c == 'đ') {
                // a letter item "a) …" or a paragraph opening in lower case
                int end = letterLabelEnd(text, at, eol);
                if (end >= 0) {
                    kind = Kind.LETTER; label = String.valueOf(c); content = end - pos;
                } else {
                    kind = Kind.PARA;
                }
            } else if ((c == '-' || c == '–' || c == '—') && spacesThenWord(text, at + 1, eol) >= 0) {
                kind = Kind.DASH; content = spacesThenWord(text, at + 1, eol) - pos;
            } else {
                String rest = text.substring(at, eol);
                Matcher m;
                if ((m = ROMAN.matcher(rest)).lookingAt() && !rest.startsWith("V.v")) {
                    kind = Kind.ROMAN; label = m.group(1); content = off + m.end();
                } else if ((m = ARTICLE.matcher(rest)).lookingAt()) {
                    kind = Kind.ARTICLE; label = m.group(1).replaceAll("\\s+", " "); content = off + m.end();
                } else if ((m = NUM.matcher(rest)).lookingAt()) {
                    label = m.group(1);
                    int parts = label.split("\\.").length;
                    kind = parts == 1 ? Kind.NUM1 : parts == 2 ? Kind.NUM2 : Kind.NUM3;
                    content = off + m.end();
                } else if ((m = PLUS.matcher(rest)).lookingAt()) {
                    kind = Kind.PLUS; content = off + m.end();
                } else if ((m = BULLET.matcher(rest)).lookingAt()) {
                    kind = Kind.BULLET; content = off + m.end();
                } else if (isCapsHeading(text, at, eol)) {
                    kind = Kind.CAPS;
                } else {
                    kind = Kind.PARA; // the normalized text holds one paragraph per line
                }
            }
            if (kind != Kind.PARA && kind != Kind.CAPS && isBlank(text, pos + content, eol)) {
                // "1.2." alone on its line (web renderings break after the label): the next line is its content
                int next = eol + 1;
                while (next < n && text.charAt(next) == '\n') next++;
                if (next < n) {
                    int nextEol = text.indexOf('\n', next);
                    if (nextEol < 0) nextEol = n;
                    content = next - pos;
                    eol = nextEol;
                }
            }
            int depth;
            if (kind == Kind.PARA) {
                depth = stack.size();
            } else {
                if (kind == Kind.CAPS || kind == Kind.ROMAN || kind == Kind.ARTICLE) {
                    int open = stack.indexOf(kind);
                    if (open < 0) open = kind == Kind.CAPS ? 0 : Math.min(stack.size(), topLevel(stack));
                    truncate(stack, labels, open);
                } else {
                    int open = stack.indexOf(kind);
                    if (open >= 0) truncate(stack, labels, open);
                }
                depth = stack.size();
                stack.add(kind);
                labels.add(label);
                path = pathOf(labels);
            }
            items.add(new Item(kind, label, pos, pos + content, eol, depth, path, -1));
            pos = eol + 1;
        }
        // subtree ends: the next item at the same or a smaller depth (PARA items end at the next item)
        List<Item> out = new ArrayList<>(items.size());
        int[] next = new int[items.size()];
        java.util.Arrays.fill(next, n);
        int[] pending = new int[items.size()];
        int pendingSize = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.kind() != Kind.PARA) {
                int kept = 0;
                for (int k = 0; k < pendingSize; k++) {
                    int p = pending[k];
                    if (items.get(p).depth() >= it.depth()) next[p] = it.start();
                    else pending[kept++] = p;
                }
                pendingSize = kept;
                pending[pendingSize++] = i;
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            int end = next[i];
            if (it.kind() == Kind.PARA) end = i + 1 < items.size() ? items.get(i + 1).start() : n;
            out.add(it.withEnd(end));
        }
        return out;
    }

    /** Whether {@code [from, to)} holds only whitespace ({@link String#isBlank()} without the copy). */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    /** The end of the decoration a line opens with: whitespace and markup, {@code [\s*_#>|]*}. */
    private static int decorEnd(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isRegexSpace(c) || c == '*' || c == '_' || c == '#' || c == '>' || c == '|') i++;
            else break;
        }
        return i;
    }

    /** {@code \s} of a regular expression without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** After spaces from {@code i}, where a word starts ({@code \s*(?=\S)}), or -1 when the line ends first. */
    private static int spacesThenWord(String text, int i, int to) {
        while (i < to && isRegexSpace(text.charAt(i))) i++;
        return i < to ? i : -1;
    }

    /** The content start of a letter item at {@code at} ({@code [a-zđ]\s*[).]\s+(?=\S)}), or -1. */
    private static int letterLabelEnd(String text, int at, int to) {
        int i = at + 1;
        while (i < to && isRegexSpace(text.charAt(i))) i++;
        if (i >= to || text.charAt(i) != ')' && text.charAt(i) != '.') return -1;
        int spaces = ++i;
        while (i < to && isRegexSpace(text.charAt(i))) i++;
        return i > spaces && i < to ? i : -1;
    }

    /** Roman numerals and articles sit at the top unless a capitals heading is above them. */
    private static int topLevel(List<Kind> stack) {
        return !stack.isEmpty() && stack.get(0) == Kind.CAPS ? 1 : 0;
    }

    private static void truncate(List<Kind> stack, List<String> labels, int size) {
        while (stack.size() > size) {
            stack.remove(stack.size() - 1);
            labels.remove(labels.size() - 1);
        }
    }

    private static List<String> pathOf(List<String> labels) {
        List<String> p = new ArrayList<>();
        for (String l : labels) {
            if (l == null) continue;
            // "IV" › "1" › "1.2" is section IV.1.2: a dotted label carries its parents' numbers
            while (!p.isEmpty() && l.startsWith(p.get(p.size() - 1) + ".")) p.remove(p.size() - 1);
            p.add(l);
        }
        return p;
    }

    /** Whether a line can open on a label: most lines open on a word, and only a few letters start one. */
    private static boolean mayBeLabel(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == 'đ' || c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'Đ'
                || c == '-' || c == '–' || c == '—' || c == '+' || c == '•' || c == '·' || c == '●' || c == '▪';
    }

    /** A short line in capitals: "TỔ CHỨC THỰC HIỆN" ({@code [from, to)} of the text). */
    static boolean isCapsHeading(String text, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLowerCase(text.charAt(i))) return false; // the common case, early
        String t = text.substring(from, to).replaceAll("[*_#|]", "").strip();
        if (t.length() < 6 || t.length() > 120) return false;
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 5;
    }
}
