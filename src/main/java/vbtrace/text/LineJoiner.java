package vbtrace.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a line continues the one before it (a line wrapped mid-sentence, a sentence
 * or a document number cut by a page break) or starts a new one (a paragraph, heading, list
 * item, header-block line). The genre's rules, in order:
 * <ul>
 * <li>a line that opens a structural unit ("I.", "1.", "a)", "- ", "Điều 5.", "Căn cứ", "[1]")
 *     or starts a table cell never continues the line before;</li>
 * <li>a document number cut after its dash or slash ("402/QĐ-" · page break · "TTg") is glued
 *     back without a space, across blank lines;</li>
 * <li>a line ending with the head of a body's name ("1. Giao Sở") continues with the name;</li>
 * <li>header-block lines (motto, "Số: …", "…, ngày … tháng … năm …", type word) stand alone;</li>
 * <li>inside an emphasis run that is still open the text continues; a styled paragraph that
 *     closes its emphasis at the end of the line ends there (web renderings style whole
 *     paragraphs);</li>
 * <li>after a blank line (not a page break) only a lowercase start continues a sentence left
 *     open; adjacent lines continue unless the line before ends a sentence (. ; : ! ?) or is a
 *     short line or an all-caps header line followed by a capitalised one.</li>
 * </ul>
 * Judgement calls: a line ending with "." followed by a capitalised line is a new paragraph even
 * in hard-wrapped gazette text (a sentence that happens to end at the margin costs one extra
 * paragraph break; joining would merge paragraphs and hide headings). All-caps lines are joined
 * only when the first ends with a word that cannot end a title ("SỐ", "CỦA", "VÀ" …) or runs
 * long (≥ 40 chars), since issuer lines ("ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN") must stay apart.
 */
final class LineJoiner {
    /** What goes between two lines. */
    enum Join { BREAK, SPACE, GLUE }

    private static final Pattern STRUCTURE = Pattern.compile(
            String.join("|", WordLists.load("structure-starts.txt").stream().map(r -> "(?:" + r + ")").toList()));
    private static final Set<String> JOIN_WORDS = new HashSet<>(WordLists.load("join-words.txt"));
    /** Words that cannot open a line of their own: a line starting with one continues the line above. */
    private static final Set<String> CONTINUING_WORDS = Set.of("và", "của", "với", "cho", "tại", "trong", "để", "đối");
    private static final Set<String> TYPE_WORDS = new HashSet<>(WordLists.load("type-words.txt"));
    /** Heads of a body's name, as written (case matters): a line ending with one continues with the name. */
    private static final Set<String> NAME_HEADS = new HashSet<>(WordLists.load("name-heads.txt"));
    private static final Pattern MOTTO = Pattern.compile(
            "(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\\s*[-–]\\s*Tự do\\s*[-–]\\s*Hạnh phúc.*");
    private static final Pattern NUMBER_LINE = Pattern.compile("(?:Số|SỐ)\\s*:\\s*\\S.*|(?:Số|SỐ)\\s+\\d+[-/]\\S*");
    private static final Pattern DATE_LINE = Pattern.compile(
            "[\\p{L} .,'-]{0,40},?\\s*ngày\\s*\\S{0,4}\\s*tháng\\s*\\S{0,4}\\s*năm\\s*\\d{0,4}\\s*\\.?");
    private static final Pattern NUMBER_TAIL = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d]*(?:[-/.][\\p{L}\\d]+)*(?:\\s.*|[,.;:)].*)?");
    private static final Pattern SIGNATURE_AUTHORITY = Pattern.compile("(?:TM|KT|TL|TUQ|Q|T/M|K/T)\\.?\\s+\\p{Lu}");
    private static final Pattern FOOTNOTE_LABEL = Pattern.compile("\\[\\d{1,3}\\]");
    private static final int SHORT_LINE = 25;
    private static final int LONG_CAPS_LINE = 40;
    private static final int HEADING_LINE = 60;

    private LineJoiner() {}

    static Join join(LayoutLine prev, LayoutLine next) {
        if (prev.stamp || next.stamp || prev.blockEnd || next.blockStart) return Join.BREAK;
        String p = prev.string();
        String n = next.string();
        boolean gap = next.blankBefore > 0 && !next.pageBreakBefore;
        if (cutNumber(p) && NUMBER_TAIL.matcher(n).matches() && !startsStructure(n)
                && !endsWithSpaceDash(p)) {
            return Join.GLUE;
        }
        if (startsStructure(n)) return dashWrap(prev, next, gap) ? Join.SPACE : Join.BREAK;
        // a footnote's label alone on its line ("[2]") belongs to the text below it
        if (FOOTNOTE_LABEL.matcher(p).matches()) return Join.SPACE;
        // "1. Giao Sở" / "Nông nghiệp và Môi trường là cơ quan đầu mối …": a name cut after its head
        if (!gap && endsWithNameHead(p) && !n.isEmpty() && Character.isUpperCase(n.charAt(0))) return Join.SPACE;
        if (isHeaderLine(p) || isTypeWord(p)) return Join.BREAK;
        char last = p.charAt(p.length() - 1);
        int firstIdx = firstLetterOrDigit(n);
        if (firstIdx < 0) return Join.BREAK;
        char first = n.charAt(firstIdx);
        boolean lower = Character.isLowerCase(first);
        boolean digit = Character.isDigit(first);
        // the authority line of a signature ("KT. CHỦ TỊCH") stands alone, bold or not
        if (SIGNATURE_AUTHORITY.matcher(p).lookingAt() && allCaps(n)) return Join.BREAK;
        if (last == '.' || last == ';' || last == '!' || last == '?' || last == '…') {
            return lower && !gap ? Join.SPACE : Join.BREAK;
        }
        if (prev.hardBreak && !lower) return Join.BREAK;
        if (prev.emphasisOpenAtEnd && !gap) return Join.SPACE;
        // a lowercase start continues even a bold run-in heading ("**Điều 1. Sửa đổi, bổ sung** khoản 2 …")
        if (prev.emphasisClosedAtEnd) return lower && !gap ? Join.SPACE : Join.BREAK;
        if (last == ',') return gap && !lower ? Join.BREAK : Join.SPACE;
        if (last == ':') return (lower || digit) && !gap ? Join.SPACE : Join.BREAK;
        if (gap) return lower || (digit && endsWithJoinWord(p)) ? Join.SPACE : Join.BREAK;
        if (lower) return Join.SPACE;
        boolean capsPrev = allCaps(p);
        if (capsPrev) {
            if (endsWithJoinWord(p) || startsWithJoinWord(n) || digit) return Join.SPACE;
            if (!allCaps(n) || next.emphasisStart) return Join.BREAK; // a styled caps line is its own line
            // a long title line wraps; so does a title cut after its first word ("BÃI" / "BỎ QUYẾT ĐỊNH …")
            return p.length() >= LONG_CAPS_LINE || (p.indexOf(' ') < 0 && !isTypeWord(p)) ? Join.SPACE : Join.BREAK;
        }
        if (allCaps(n) || isHeaderLine(n) || isTypeWord(n)) return Join.BREAK;
        if (p.length() < SHORT_LINE && !endsWithJoinWord(p)) return Join.BREAK;
        // a short heading ("Điều 1. Phạm vi điều chỉnh", "2. Sở Nội vụ") ends its line
        if (p.length() < HEADING_LINE && startsNumberedHeading(p) && !endsWithJoinWord(p)) return Join.BREAK;
        return Join.SPACE;
    }

    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "(?:[IVXLC]{1,6}[.\\-–)]|\\d{1,2}(?:\\.\\d{1,2}){0,3}[.)]?|[a-zđ]\\)|(?i:điều)\\s+\\d+[a-z]?\\s*[.:])\\s");

    static boolean startsNumberedHeading(String s) {
        return NUMBERED_HEADING.matcher(s).lookingAt();
    }

    /**
     * "… tuyến đường bộ cao tốc Hà Nội" / "- Hải Phòng, đoạn qua …": a dash that starts a line is
     * a list item unless a long running line (no heading, no sentence end) was cut just before it.
     */
    private static boolean dashWrap(LayoutLine prev, LayoutLine next, boolean gap) {
        String p = prev.string();
        String n = next.string();
        if (gap || prev.hardBreak || prev.emphasisClosedAtEnd || p.length() < HEADING_LINE || n.length() < 3) return false;
        if ((n.charAt(0) != '-' && n.charAt(0) != '–') || n.charAt(1) != ' ') return false;
        char last = p.charAt(p.length() - 1);
        return Character.isLetterOrDigit(last) && !startsNumberedHeading(p) && !allCaps(p);
    }

    static boolean startsStructure(String s) {
        return STRUCTURE.matcher(s).lookingAt();
    }

    /** A header-block line that always stands alone: motto, "Số: …", "Hà Nội, ngày … tháng … năm …". */
    static boolean isHeaderLine(String s) {
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        return (c == 'C' || c == 'Đ') && MOTTO.matcher(s).matches()
                || c == 'S' && s.length() < 60 && NUMBER_LINE.matcher(s).matches()
                || s.length() < 80 && s.contains("tháng") && DATE_LINE.matcher(s).matches();
    }

    static boolean isTypeWord(String s) {
        return s.length() <= 30 && TYPE_WORDS.contains(s.strip());
    }

    static boolean allCaps(String s) {
        int letters = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static boolean endsWithNameHead(String s) {
        int end = s.length();
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) start--;
        return start > 0 && s.charAt(start - 1) == ' ' && NAME_HEADS.contains(s.substring(start, end));
    }

    private static boolean endsWithJoinWord(String s) {
        int end = s.length();
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) start--;
        if (start == end || end - start > 8) return false;
        return JOIN_WORDS.contains(s.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** A document number cut after its separator: "402/QĐ-", "số 15/", "QĐ-". */
    private static boolean cutNumber(String p) {
        int n = p.length();
        if (n < 2) return false;
        char last = p.charAt(n - 1);
        return (last == '-' || last == '/') && Character.isLetterOrDigit(p.charAt(n - 2));
    }

    /** "VÀ XÃ HỘI" under "BỘ LAO ĐỘNG - THƯƠNG BINH": a line cannot start with "và", "của" … */
    private static boolean startsWithJoinWord(String s) {
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
        return end > 0 && CONTINUING_WORDS.contains(s.substring(0, end).toLowerCase(Locale.ROOT));
    }

    private static boolean endsWithSpaceDash(String s) {
        return s.length() >= 2 && s.charAt(s.length() - 2) == ' ';
    }

    private static int firstLetterOrDigit(String s) {
        for (int k = 0; k < s.length() && k < 4; k++) if (Character.isLetterOrDigit(s.charAt(k))) return k;
        return -1;
    }
}
