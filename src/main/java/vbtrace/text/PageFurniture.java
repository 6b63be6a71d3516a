package vbtrace.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what the page, not the document, put in the text: the gazette's running header
 * ("CÔNG BÁO/Số 302/Ngày 02-06-2026") with its page number, page numbers ("- 3 -", "Trang 3"),
 * the gazette's digital-signature block ("Ký bởi: … / Cơ quan: … / Ngày ký: …", metadata of the
 * PDF, not of the document: its date must not be read as the document's) and horizontal rules
 * (the "-------" under the issuer, "___" rules, pandoc's escaped "\-\-\-"). The line after removed
 * page furniture is marked {@link LayoutLine#pageBreakBefore}, so the joiner rejoins a sentence
 * that ran across the page; the line after a rule starts a block.
 */
final class PageFurniture {
    private PageFurniture() {}

    private static final Pattern RUNNING_HEADER = Pattern.compile(
            "CÔNG BÁO\\s*/\\s*Số\\s*[\\d\\s+]+/\\s*Ngày\\s*[\\d\\s./-]+|\\d{1,4}\\s+CÔNG BÁO\\s*/.*|CÔNG BÁO\\s*/.*\\s\\d{1,4}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}|[-–]\\s*\\d{1,4}\\s*[-–]|(?:Trang|trang)\\s+\\d{1,4}(?:\\s*/\\s*\\d{1,4})?");
    private static final Pattern RULE = Pattern.compile("\\s*[-_=*~–—‐•·](?:\\s*[-_=*~–—‐•·]){2,}\\s*");
    private static final String RULE_CHARS = "-_=*~–—‐•·";
    private static final Pattern SIGNATURE_START = Pattern.compile("(?:Ký bởi|Người ký)\\s*:.*");
    private static final Pattern SIGNATURE_FIELD = Pattern.compile(
            "(?:Cơ quan|Ngày ký|Thời gian ký|Email|Tổ chức|Chức vụ)\\s*:.*");

    static List<LayoutLine> remove(List<LayoutLine> lines) {
        List<LayoutLine> out = new ArrayList<>(lines.size());
        boolean pageBreak = false;
        boolean blockStart = false;
        int blank = 0;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine line = lines.get(i);
            String s = line.string();
            if (isRunningHeader(s)) {
                pageBreak = true;
                blank += line.blankBefore;
                // the page number printed just under (or just over) the running header
                if (i + 1 < lines.size() && lines.get(i + 1).string().length() <= 12
                        && PAGE_NUMBER.matcher(lines.get(i + 1).string()).matches()) {
                    i++;
                }
                if (!out.isEmpty() && PAGE_NUMBER.matcher(out.get(out.size() - 1).string()).matches()
                        && !out.get(out.size() - 1).blockStart) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            if ((s.startsWith("Ký") || s.startsWith("Người")) && SIGNATURE_START.matcher(s).matches()) {
                pageBreak = true;
                blank += line.blankBefore;
                while (i + 1 < lines.size() && SIGNATURE_FIELD.matcher(lines.get(i + 1).string()).matches()) i++;
                continue;
            }
            if (isPageNumberLine(s, line, i + 1 < lines.size() ? lines.get(i + 1) : null)) {
                pageBreak = true;
                blank += line.blankBefore;
                continue;
            }
            if (RULE_CHARS.indexOf(s.charAt(0)) >= 0 && RULE.matcher(s).matches()) {
                blockStart = true;
                blank += line.blankBefore;
                continue;
            }
            if (pageBreak) line.pageBreakBefore = true;
            if (blockStart) line.blockStart = true;
            line.blankBefore += blank;
            pageBreak = false;
            blockStart = false;
            blank = 0;
            out.add(line);
        }
        return out;
    }

    static boolean isRunningHeader(String s) {
        return s.startsWith("CÔNG BÁO") || s.contains("CÔNG BÁO/") ? RUNNING_HEADER.matcher(s).matches() : false;
    }

    /**
     * A lone page number: "- 3 -" or "Trang 3" anywhere; a bare number only when it stands alone
     * between blank lines (a number in running text or a table cell has neighbours).
     */
    private static boolean isPageNumberLine(String s, LayoutLine line, LayoutLine next) {
        if (s.length() > 12 || "0123456789-–Tt".indexOf(s.charAt(0)) < 0 || !PAGE_NUMBER.matcher(s).matches()) return false;
        if (!Character.isDigit(s.charAt(0))) return true;
        return line.blankBefore > 0 && next != null && next.blankBefore > 0 && !line.blockStart;
    }
}
