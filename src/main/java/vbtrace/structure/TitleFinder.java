package vbtrace.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.Span;

/**
 * The trích yếu under the type heading, joined across wrapped lines and across a received-document
 * stamp that splits it; then the enacting authority line some layouts print below it
 * ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "BỘ TRƯỞNG BỘ …").
 */
final class TitleFinder {
    /** A title found: its text, span, and the line after it (and after an authority line). */
    record Title(String text, Span span, String authority, int nextLine, String ofIssuer) {}

    private static final int MAX_LINES = 10;
    private static final Pattern CONNECTOR_END = Pattern.compile("(?iu).*(\\s(của|và|về|tại|cho|đối với|với|trong|theo|số|ngày)|[,\\-–])$");
    private static final Pattern UNIT_END = Pattern.compile("(?iu).*\\s(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$");
    private static final Pattern AUTHORITY_START = Pattern.compile(
            "(?u)^(ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHÍNH PHỦ|THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ TỊCH|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|QUỐC HỘI|TỔNG KIỂM TOÁN|THỐNG ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG|BỘ CHÍNH TRỊ|BAN BÍ THƯ)\\b.*");
    private static final Pattern AUTHORITY_TAIL = Pattern.compile(
            "(?u)^(.*?\\S(?<!\\sCỦA|\\sVÀ|\\sVỀ|\\sCHO|\\sTẠI|\\sVỚI|\\sTHUỘC|\\sGIỮA|\\sCÁC|\\sDO|\\sBỞI|\\sTRONG|\\sPHÓ|,))\\s+"
                    + "((?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN"
                    + "|HỘI ĐỒNG NHÂN DÂN|ỦY BAN THƯỜNG VỤ QUỐC HỘI|CHÍNH PHỦ)(?:(?!\\s(?:TẠI|VỚI|VỀ|CỦA|CHO|NĂM|NGÀY)\\s)[^,;]){0,80})$");
    private static final Pattern OF_ISSUER = Pattern.compile("(?u)^(CỦA(?:\\s+[\\p{Lu}\\d-]+)+)\\s+(\\p{Lu}\\p{Ll}.*)$");
    /** The issuing body on its own line under the type word: "NGHỊ QUYẾT" / "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH". */
    private static final Pattern OF_ISSUER_LINE = Pattern.compile(
            "(?u)^CỦA\\s+(?:BAN|BỘ CHÍNH TRỊ|HỘI ĐỒNG|[ỦU]Y BAN|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) [ỦU][YỶ]|ĐẢNG ĐOÀN|QUỐC HỘI|CHÍNH PHỦ)"
                    + "(?:\\s+[\\p{Lu}\\d-]+)*$");
    private static final Pattern ENACTING = Pattern.compile(
            "(?iu)^(QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ QUYẾT|CHỈ THỊ|KẾT LUẬN|BAN HÀNH|QUY ĐỊNH)\\s*:?$");

    /** The title starting after line {@code from} (the heading), with {@code firstPart} the heading's own remainder. */
    static Title find(List<TextLine> lines, int from, String firstPart, StampLines stamps) {
        StringBuilder text = new StringBuilder(firstPart == null ? "" : firstPart);
        int first = -1, last = -1, count = 0;
        int i = from;
        int blanksBefore = 0;
        String ofIssuerLine = null;
        while (i < lines.size() && count < MAX_LINES) {
            TextLine l = lines.get(i);
            if (l.blank() || stamps.isStamp(i)) {
                if (text.isEmpty()) {
                    if (++blanksBefore > 4) break;
                    i++;
                    continue;
                }
                // a stamp may split the title: continue after it when the title is unfinished
                int j = i;
                boolean stampSeen = false;
                while (j < lines.size() && (lines.get(j).blank() || stamps.isStamp(j))) {
                    stampSeen |= stamps.isStamp(j);
                    j++;
                }
                if (j >= lines.size() || endsSentence(text) || stops(lines.get(j), text)) break;
                if (!continues(text, lines.get(j).clean())) break;
                i = j;
                continue;
            }
            if (!text.isEmpty() && (stops(l, text) || !continues(text, l.clean()))) break;
            if (text.isEmpty() && (ENACTING.matcher(l.clean()).matches() || HeaderParser.isOutlineStart(l.clean())
                    || HeaderParser.OPENING_WORDS.matcher(l.clean()).lookingAt() && !l.clean().startsWith("Thực hiện")
                    && !l.clean().startsWith("Triển khai"))) {
                break;
            }
            if (text.isEmpty() && ofIssuerLine == null && OF_ISSUER_LINE.matcher(l.clean()).matches()) {
                ofIssuerLine = l.clean();
                i++;
                continue;
            }
            if (first < 0) first = i;
            last = i;
            if (!text.isEmpty()) text.append(' ');
            text.append(l.clean());
            count++;
            i++;
        }
        if (text.isEmpty()) return null;
        int next = last < 0 ? from : last + 1;
        String authority = null;
        int k = next;
        while (k < lines.size() && lines.get(k).blank()) k++;
        if (k < lines.size() && isAuthorityLine(lines.get(k), text)) {
            authority = lines.get(k).clean();
            next = k + 1;
        }
        String title = text.toString().replaceAll("\\s+", " ").strip();
        Matcher tail = AUTHORITY_TAIL.matcher(title);
        if (authority == null && TextLine.upperShare(title) > 0.9 && tail.matches()) {
            title = tail.group(1); // the enacting authority run into a title in capitals
            authority = tail.group(2);
        }
        String ofIssuer = ofIssuerLine;
        Matcher of = OF_ISSUER.matcher(title);
        if (of.matches()) { // "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH Về công tác …": the issuer, then the title
            ofIssuer = of.group(1);
            title = of.group(2);
        }
        Span span = first < 0 ? null : new Span(lines.get(first).start(), lines.get(last).end());
        return new Title(title, span, authority, next, ofIssuer);
    }

    /**
     * Whether a line goes on with the title: a wrapped line (small letter first, or the title breaks
     * off after "của", "về", a comma), or a title in capitals printed in more than one line or paragraph.
     */
    private static boolean continues(CharSequence title, String line) {
        if (line.isEmpty()) return false;
        if (Character.isLowerCase(line.codePointAt(0)) || CONNECTOR_END.matcher(title).matches()) return true;
        // "… cấp xã của tỉnh" / "Đồng Tháp năm 2025": a place name wrapped after its unit word
        if (UNIT_END.matcher(title).matches() && line.matches("(?u)^\\p{Lu}\\p{Ll}+\\s.*")) return true;
        return TextLine.upperShare(title.toString()) > 0.9 && TextLine.upperShare(line) > 0.8
                && !OutlineParser.isHeading(line);
    }

    private static boolean endsSentence(CharSequence text) {
        String s = text.toString().strip();
        return s.endsWith(".") || s.endsWith(";") || s.endsWith(":");
    }

    /** Whether line {@code l} no longer belongs to the title collected so far. */
    private static boolean stops(TextLine l, CharSequence text) {
        String c = l.clean();
        if (HeaderParser.OPENING_WORDS.matcher(c).lookingAt() || ENACTING.matcher(c).matches()) return true;
        if (HeaderParser.isOutlineStart(c)) return true;
        return isAuthorityLine(l, text);
    }

    /** An enacting authority in capitals below the title, not a wrapped line of a capitalized title. */
    private static boolean isAuthorityLine(TextLine l, CharSequence titleSoFar) {
        String c = l.clean();
        if (!l.upperCase() || c.split(" ").length < 2 || CONNECTOR_END.matcher(titleSoFar).matches()) return false;
        if (HeaderParser.isOutlineStart(c) || ENACTING.matcher(c).matches() || OutlineParser.isHeading(c)) return false;
        String raw = l.raw().strip();
        boolean bold = raw.startsWith("**") && raw.endsWith("**");
        boolean titleMixed = TextLine.upperShare(titleSoFar.toString()) < 0.5;
        return bold || titleMixed || AUTHORITY_START.matcher(c).matches() || OrgNames.startsWithPosition(c);
    }
}
