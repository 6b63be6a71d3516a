package vbtrace.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.OutlineNode;

/**
 * The document's outline as a tree: "Phần thứ nhất", "Chương I", "Mục 1", "Điều 5", "I.", "1.",
 * "1.1.", "a)", "1)", "(1)", dashes. Nesting follows the order in which kinds of label first appear
 * (a kind seen inside another becomes its child, as Vietnamese drafting rules prescribe), so both
 * plans (I → 1 → a) and legal texts (Chương → Điều → khoản → điểm) come out right.
 */
public final class OutlineParser {
    /** Kinds of label, from the most to the least encompassing by convention (a Party "Quy định" puts Điều under I-). */
    enum Kind { APPENDIX, PART, CHAPTER, SECTION, ROMAN, ARTICLE, ARABIC, DECIMAL2, DECIMAL3, DECIMAL4, LETTER, NUMBER_PAREN, PAREN, DASH, PLUS }

    /** A heading line found in the text, before nesting. */
    record Heading(Kind kind, String label, String heading, int start) {}

    private static final Pattern APPENDIX = Pattern.compile("(?u)^(PHỤ LỤC(?:\\s+(?:[IVX]+|\\d{1,2}[a-z]?))?)(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*(.*)$");
    private static final Pattern PART = Pattern.compile("(?u)^((?:PHẦN|Phần)\\s+(?:THỨ|thứ)\\s+\\p{L}+|(?:PHẦN|Phần)\\s+(?:[IVX]+|\\d{1,2}))\\b\\s*[.:\\-–]?\\s*(.*)$");
    private static final Pattern CHAPTER = Pattern.compile("(?u)^((?:CHƯƠNG|Chương)\\s+(?:[IVXLC]+|\\d{1,3}))\\b\\s*[.:\\-–]?\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("(?u)^((?:MỤC|Mục)\\s+(?:[IVX]+|\\d{1,2}))(?![\\p{L}\\d])\\s*[.:\\-–]?\\s*(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("(?u)^((?:ĐIỀU|Điều)\\s+\\d{1,3}[a-z]?)\\s*[.:]\\s*(.*)$");
    private static final Pattern ROMAN = Pattern.compile("(?u)^((?:X{0,3})(?:IX|IV|V?I{0,3}))\\s*[.\\-–/]\\s*(\\S.*)$");
    private static final Pattern DECIMAL = Pattern.compile("(?u)^(\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?(?:\\s+|(?=\\p{Lu}))(\\S.*)$");
    private static final Pattern ARABIC = Pattern.compile("(?u)^(\\d{1,2})\\s*[.\\-–]\\s*(\\D.*)$");
    private static final Pattern LETTER = Pattern.compile("(?u)^([a-zđ])\\s*\\)\\s*(\\S.*)$|^([a-zđ])\\.\\s+(\\S.*)$");
    private static final Pattern NUMBER_PAREN = Pattern.compile("(?u)^(\\d{1,2})\\)\\s*(\\S.*)$");
    private static final Pattern PAREN = Pattern.compile("(?u)^\\((\\d{1,2}|[a-zđ])\\)\\s*(\\S.*)$");
    private static final Pattern DASH = Pattern.compile("(?u)^[-–—•]\\s*(\\S.*)$");
    private static final Pattern PLUS = Pattern.compile("(?u)^\\+\\s*(\\S.*)$");
    private static final int MAX_HEADING = 160;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LABEL_WORD = Pattern.compile("(?u)^(Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|PHỤ LỤC)$");

    /** A part of the text with an outline of its own: the document, then each attached text. */
    public record Part(int fromLine, int toLine, int end) {}

    /** The outline of each part, nested separately and listed one after the other. */
    public List<OutlineNode> parse(List<TextLine> lines, List<Part> parts) {
        List<OutlineNode> out = new ArrayList<>();
        for (Part p : parts) out.addAll(nest(headings(lines, p.fromLine(), p.toLine()), p.end()));
        return out;
    }

    /** The heading lines of {@code [from, to)} in text order. */
    List<Heading> headings(List<TextLine> lines, int from, int to) {
        return headings(lines, from, to, false);
    }

    /** The first heading of {@code [from, to)} that is not a bullet, or null. */
    Heading firstNumbered(List<TextLine> lines, int from, int to) {
        List<Heading> hs = headings(lines, from, to, true);
        return hs.isEmpty() || isBullet(hs.get(hs.size() - 1).kind()) ? null : hs.get(hs.size() - 1);
    }

    private List<Heading> headings(List<TextLine> lines, int from, int to, boolean untilNumbered) {
        List<Heading> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            TextLine l = lines.get(i);
            if (l.blank()) continue;
            String c = l.clean();
            // most lines are no heading: that is settled before looking at the line above
            boolean labelWord = c.length() <= 7 && LABEL_WORD.matcher(c).matches() && i + 1 < lines.size();
            Heading h = labelWord ? null : heading(c, l.start());
            if (!labelWord && h == null || i > from && !startsParagraph(lines, i)) continue;
            if (labelWord) {
                c = c + " " + lines.get(i + 1).clean(); // "**Điều" / "1. Phạm vi …**" wrapped after the word
                i++;
                if (c.matches("(?u)^\\S+ \\d+$") && i + 1 < lines.size() && lines.get(i + 1).clean().startsWith(".")) {
                    c = c + lines.get(i + 1).clean(); // "Điều" / "3" / ". Tổ chức thực hiện"
                    i++;
                }
                h = heading(c, l.start());
                if (h == null) continue;
            }
            if (h.heading().isEmpty() || (isMajor(h.kind()) && TextLine.upperShare(h.heading()) > 0.8)) {
                h = withContinuation(h, lines, i); // "Chương I" + "NHỮNG QUY ĐỊNH CHUNG", wrapped capitals
            }
            out.add(h);
            if (untilNumbered && !isBullet(h.kind())) break;
        }
        return out;
    }

    /** The heading a line starts with, or null. */
    static Heading heading(String c, int start) {
        return heading(c, start, true);
    }

    /** Whether a line starts with a heading ({@link #heading} not null), without building it. */
    static boolean isHeading(String c) {
        return heading(c, 0, false) != null;
    }

    private static final Heading ANY = new Heading(Kind.PLUS, "", "", 0);

    /**
     * Each label pattern needs its own first character, so only the patterns of the line's first
     * character are tried (most lines need none); {@code build} false answers {@link #ANY} for a heading.
     */
    private static Heading heading(String c, int start, boolean build) {
        if (c.isEmpty()) return null;
        char first = c.charAt(0), second = c.length() > 1 ? c.charAt(1) : 0;
        Matcher m;
        switch (first) {
            case 'P' -> {
                if (second != 'H' && second != 'h') return null; // PHỤ LỤC, PHẦN, Phần
                if ((m = APPENDIX.matcher(c)).matches()) return build ? make(Kind.APPENDIX, "Phụ lục" + m.group(1).substring(7), m.group(2), start) : ANY;
                if ((m = PART.matcher(c)).matches()) return build ? make(Kind.PART, m.group(1), m.group(2), start) : ANY;
            }
            case 'C' -> {
                if (second != 'H' && second != 'h') return null; // CHƯƠNG, Chương
                if ((m = CHAPTER.matcher(c)).matches()) return build ? make(Kind.CHAPTER, m.group(1), m.group(2), start) : ANY;
            }
            case 'M' -> {
                if (second != 'Ụ' && second != 'ụ') return null; // MỤC, Mục
                if ((m = SECTION.matcher(c)).matches()) return build ? make(Kind.SECTION, m.group(1), m.group(2), start) : ANY;
            }
            case 'Đ' -> {
                if (second != 'I' && second != 'i') return null; // ĐIỀU, Điều
                if ((m = ARTICLE.matcher(c)).matches()) return build ? make(Kind.ARTICLE, m.group(1), m.group(2), start) : ANY;
            }
            case 'X', 'I', 'V' -> {
                if ("XIV.-–/".indexOf(second) < 0 && !isRegexSpace(second)) return null; // a numeral goes on, or its separator
                if ((m = ROMAN.matcher(c)).matches() && !m.group(1).isEmpty() && !c.matches("(?s)^V/[vV]\\b.*")) {
                    return build ? make(Kind.ROMAN, m.group(1), m.group(2), start) : ANY;
                }
            }
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                if (!labelNumberEnds(c)) return null; // "2025", "85,5", "15%": the numbers of table cells
                if ((m = DECIMAL.matcher(c)).matches()) {
                    if (!build) return ANY;
                    int depth = m.group(1).split("\\.").length;
                    Kind k = depth == 2 ? Kind.DECIMAL2 : depth == 3 ? Kind.DECIMAL3 : Kind.DECIMAL4;
                    return make(k, m.group(1), m.group(2), start);
                }
                if ((m = ARABIC.matcher(c)).matches()) return build ? make(Kind.ARABIC, m.group(1), m.group(2), start) : ANY;
                if ((m = NUMBER_PAREN.matcher(c)).matches()) return build ? make(Kind.NUMBER_PAREN, m.group(1) + ")", m.group(2), start) : ANY;
            }
            case '(' -> {
                if ((m = PAREN.matcher(c)).matches()) return build ? make(Kind.PAREN, "(" + m.group(1) + ")", m.group(2), start) : ANY;
            }
            case '-', '–', '—', '•' -> {
                if ((m = DASH.matcher(c)).matches()) return build ? make(Kind.DASH, "-", m.group(1), start) : ANY;
            }
            case '+' -> {
                if ((m = PLUS.matcher(c)).matches()) return build ? make(Kind.PLUS, "+", m.group(1), start) : ANY;
            }
            default -> {
                if ((first >= 'a' && first <= 'z' || first == 'đ') && (second == ')' || second == '.' || isRegexSpace(second))
                        && (m = LETTER.matcher(c)).matches()) {
                    if (!build) return ANY;
                    return m.group(1) != null ? make(Kind.LETTER, m.group(1), m.group(2), start) : make(Kind.LETTER, m.group(3), m.group(4), start);
                }
            }
        }
        return null;
    }

    /**
     * Whether one or two digits at the start are followed by what {@link #DECIMAL}, {@link #ARABIC}
     * or {@link #NUMBER_PAREN} needs next: ".", ")", a dash or white space.
     */
    private static boolean labelNumberEnds(String c) {
        int j = c.length() > 1 && Character.isDigit(c.charAt(1)) ? 2 : 1;
        if (j >= c.length()) return false;
        char next = c.charAt(j);
        return next == '.' || next == ')' || next == '-' || next == '–' || next == '\u0085' || Character.isWhitespace(next) || Character.isSpaceChar(next);
    }

    private static Heading make(Kind kind, String label, String rest, int start) {
        return new Heading(kind, foldsSpaces(label) ? SPACES.matcher(label).replaceAll(" ") : label, shorten(rest), start);
    }

    /** Whether {@link #SPACES} would change the text: white space other than single spaces. */
    private static boolean foldsSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < s.length() && isRegexSpace(s.charAt(i + 1)))) return true;
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The heading text: up to the first sentence end or colon, at most {@value #MAX_HEADING} chars. */
    static String shorten(String rest) {
        String s = rest.strip();
        int cut = sentenceEnd(s);
        if (cut < s.length()) s = s.substring(0, cut).strip();
        if (s.length() > MAX_HEADING) {
            int space = s.lastIndexOf(' ', MAX_HEADING);
            s = s.substring(0, space > 40 ? space : MAX_HEADING) + " …";
        }
        return s;
    }

    /** Where the first ":", "." or ";" before white space or the end stands ({@code [:.;](\\s|$)}), else the length. */
    private static int sentenceEnd(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != ':' && c != '.' && c != ';') continue;
            if (i + 1 == n || isRegexSpace(s.charAt(i + 1))) return i;
            char next = s.charAt(i + 1);
            if (i + 2 == n && (next == '\u0085' || next == '\u2028' || next == '\u2029')) return i; // "$" before a final line terminator
        }
        return n;
    }

    static boolean isMajor(Kind k) {
        return k.ordinal() <= Kind.ARTICLE.ordinal();
    }

    private static boolean isBullet(Kind k) {
        return k == Kind.DASH || k == Kind.PLUS;
    }

    /**
     * Whether line {@code i} starts a paragraph: after a blank line, a heading, or a line that ends a
     * sentence. Renderings wrap paragraphs mid-sentence, and a wrapped "1. …" is not a heading.
     */
    private static boolean startsParagraph(List<TextLine> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            TextLine p = lines.get(j);
            if (p.blank()) return true;
            String raw = p.raw().stripTrailing();
            if (raw.endsWith("**") || raw.endsWith("|") || raw.endsWith("\\")) return true;
            String c = p.clean();
            char last = c.charAt(c.length() - 1);
            if (".:;!?)…\"”".indexOf(last) >= 0) return true;
            return isHeading(c) || TextLine.upperShare(c) > 0.8;
        }
        return true;
    }

    /** Adds the next line to an empty or capitalized major heading when it continues it. */
    private static Heading withContinuation(Heading h, List<TextLine> lines, int i) {
        String text = h.heading();
        for (int j = i + 1; j < lines.size() && j <= i + 2; j++) {
            TextLine n = lines.get(j);
            if (n.blank()) {
                if (text.isEmpty()) continue;
                break;
            }
            if (isHeading(n.clean()) || TextLine.upperShare(n.clean()) < 0.8 && !text.isEmpty()) break;
            if (h.kind() == Kind.ARTICLE && !text.isEmpty()) break;
            text = (text + " " + n.clean()).strip();
            if (n.clean().length() < 40) break;
        }
        return new Heading(h.kind(), h.label(), shorten(text), h.start());
    }

    /** Nests headings by first appearance of their kinds; bullets never hold a numbered heading. */
    static List<OutlineNode> nest(List<Heading> headings, int end) {
        List<Builder> roots = new ArrayList<>();
        List<Builder> stack = new ArrayList<>();
        for (Heading h : headings) {
            int same = -1;
            for (int s = 0; s < stack.size(); s++) if (stack.get(s).h.kind() == h.kind()) same = s;
            if (same >= 0) {
                while (stack.size() > same) close(stack, h.start());
            } else {
                while (!stack.isEmpty()) {
                    Kind top = stack.get(stack.size() - 1).h.kind();
                    boolean bulletOverHeading = isBullet(top) && !isBullet(h.kind());
                    boolean minorOverMajor = isMajor(h.kind()) && top.ordinal() > h.kind().ordinal();
                    if (!bulletOverHeading && !minorOverMajor) break;
                    close(stack, h.start());
                }
            }
            Builder b = new Builder(h);
            if (stack.isEmpty()) roots.add(b);
            else stack.get(stack.size() - 1).children.add(b);
            stack.add(b);
        }
        while (!stack.isEmpty()) close(stack, end);
        List<OutlineNode> out = new ArrayList<>();
        for (Builder b : roots) out.add(b.build(1));
        return out;
    }

    private static void close(List<Builder> stack, int at) {
        stack.remove(stack.size() - 1).end = at;
    }

    private static final class Builder {
        final Heading h;
        final List<Builder> children = new ArrayList<>();
        int end;

        Builder(Heading h) {
            this.h = h;
        }

        OutlineNode build(int level) {
            List<OutlineNode> kids = new ArrayList<>();
            for (Builder c : children) kids.add(c.build(level + 1));
            return new OutlineNode(h.label(), h.heading(), h.start(), Math.max(end, h.start()), level, kids);
        }
    }
}
