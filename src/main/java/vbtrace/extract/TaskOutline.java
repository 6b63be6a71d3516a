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

    private static final Pattern DECOR = Pattern.compile("[\\s*_#>|]*");
    private static final Pattern ROMAN = Pattern.compile("([IVXL]{1,5})\\s*[.)/:-]\\s*(?=\\S|$)");
    private static final Pattern ARTICLE = Pattern.compile("(Điều\\s+\\d+[a-zđ]?)\\s*[.:]\\s*");
    private static final Pattern NUM = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,3})(?:\\s*[.)]\\s*|(?<=\\.\\d{1,2})\\s+)(?=\\S|$)(?!\\d)");
    private static final Pattern LETTER = Pattern.compile("([a-zđ])\\s*[).]\\s+(?=\\S)");
    private static final Pattern DASH = Pattern.compile("[-–—]\\s*(?=\\S)");
    private static final Pattern PLUS = Pattern.compile("\\+\\s*(?=\\S)");
    private static final Pattern BULLET = Pattern.compile("[•·●▪]\\s*(?=\\S)");

    private TaskOutline() {}

    static List<Item> scan(String text) {
        List<Item> items = new ArrayList<>();
        List<Kind> stack = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = n;
            String line = text.substring(pos, eol);
            if (line.isBlank()) {
                pos = eol + 1;
                continue;
            }
            Matcher d = DECOR.matcher(line);
            d.lookingAt();
            int off = d.end();
            Kind kind = null;
            String label = null;
            int content = off;
            Matcher m;
            String rest = line.substring(off);
            if (!mayBeLabel(rest)) {
                kind = isCapsHeading(rest) ? Kind.CAPS : Kind.PARA;
            } else if ((m = ROMAN.matcher(rest)).lookingAt() && !rest.startsWith("V.v")) {
                kind = Kind.ROMAN; label = m.group(1); content = off + m.end();
            } else if ((m = ARTICLE.matcher(rest)).lookingAt()) {
                kind = Kind.ARTICLE; label = m.group(1).replaceAll("\\s+", " "); content = off + m.end();
            } else if ((m = NUM.matcher(rest)).lookingAt()) {
                label = m.group(1);
                int parts = label.split("\\.").length;
                kind = parts == 1 ? Kind.NUM1 : parts == 2 ? Kind.NUM2 : Kind.NUM3;
                content = off + m.end();
            } else if ((m = LETTER.matcher(rest)).lookingAt()) {
                kind = Kind.LETTER; label = m.group(1); content = off + m.end();
            } else if ((m = DASH.matcher(rest)).lookingAt()) {
                kind = Kind.DASH; content = off + m.end();
            } else if ((m = PLUS.matcher(rest)).lookingAt()) {
                kind = Kind.PLUS; content = off + m.end();
            } else if ((m = BULLET.matcher(rest)).lookingAt()) {
                kind = Kind.BULLET; content = off + m.end();
            } else if (isCapsHeading(rest)) {
                kind = Kind.CAPS;
            } else {
                kind = Kind.PARA; // the normalized text holds one paragraph per line
            }
            if (kind != Kind.PARA && kind != Kind.CAPS && line.substring(content).isBlank()) {
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
            if (kind != null) {
                int depth;
                List<String> path;
                if (kind == Kind.PARA) {
                    depth = stack.size();
                    path = pathOf(labels);
                } else {
                    if (kind == Kind.CAPS || kind == Kind.ROMAN || kind == Kind.ARTICLE) {
                        int at = stack.indexOf(kind);
                        if (at < 0) at = kind == Kind.CAPS ? 0 : Math.min(stack.size(), topLevel(stack));
                        truncate(stack, labels, at);
                    } else {
                        int at = stack.indexOf(kind);
                        if (at >= 0) truncate(stack, labels, at);
                    }
                    depth = stack.size();
                    stack.add(kind);
                    labels.add(label);
                    path = pathOf(labels);
                }
                items.add(new Item(kind, label, pos, pos + content, eol, depth, path, -1));
            }
            pos = eol + 1;
        }
        // subtree ends: the next item at the same or a smaller depth (PARA items end at the next item)
        List<Item> out = new ArrayList<>(items.size());
        int[] next = new int[items.size()];
        java.util.Arrays.fill(next, n);
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.kind() != Kind.PARA) {
                for (int k = pending.size() - 1; k >= 0; k--) {
                    Item p = items.get(pending.get(k));
                    if (p.depth() >= it.depth()) {
                        next[pending.get(k)] = it.start();
                        pending.remove(k);
                    }
                }
                pending.add(i);
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
    private static boolean mayBeLabel(String rest) {
        if (rest.isEmpty()) return false;
        char c = rest.charAt(0);
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == 'đ' || c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'Đ'
                || c == '-' || c == '–' || c == '—' || c == '+' || c == '•' || c == '·' || c == '●' || c == '▪';
    }

    /** A short line in capitals: "TỔ CHỨC THỰC HIỆN". */
    static boolean isCapsHeading(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLowerCase(s.charAt(i))) return false; // the common case, early
        String t = s.replaceAll("[*_#|]", "").strip();
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
