package vbtrace.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads date, issuer and subject after a mention: "… số 1364-KL/TU ngày 07/7/2020 của Ban Thường
 * vụ Tỉnh ủy về tiếp tục thực hiện …". Patterns run on folded text (same length as the original),
 * values are cut from the original.
 */
final class ReferenceContextReader {
    /** The normalized text holds one paragraph per line (the text stage joins wrapped lines): a line end ends a phrase. */
    private static final String LINE_END = "\\n";
    /** Dates as written after a number; markdown emphasis and line wraps may sit between the parts. */
    private static final String S = "[\\s*_]";
    private static final String DAY_WORD = "^[\\s,*_(]*(?:ban hanh" + S + "+|ky" + S + "+)?(?:ngay" + S + "*:?" + S + "*)+";
    private static final Pattern SHORT_DATE = Pattern.compile(DAY_WORD
            + "(\\d{1,2})" + S + "*[/.\\-]" + S + "*(\\d{1,2})" + S + "*[/.\\-\\s]" + S + "*((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern LONG_DATE = Pattern.compile(DAY_WORD
            + "(\\d{1,2})" + S + "+thang" + S + "+(\\d{1,2})" + S + "+nam" + S + "+(\\d{4})(?!\\d)");
    /** "ngày    tháng 10 năm 2025": a draft's blank day gives the month. */
    private static final Pattern MONTH_ONLY = Pattern.compile(DAY_WORD
            + "thang" + S + "+(\\d{1,2})" + S + "+nam" + S + "+(\\d{4})(?!\\d)");
    private static final Pattern ISSUER_START = Pattern.compile("^[\\s,*]*cua\\s+");
    /** Where an issuer's name ends: a clause word or punctuation. */
    private static final Pattern ISSUER_END = Pattern.compile(RelationLinker.ws(
            "[,;:()\\[\\]\\.*…]|" + LINE_END
            + "|\\s(?:về|phê duyệt|ban hành|quy định|hướng dẫn|sửa đổi|thực hiện|triển khai|gắn với"
            + "|tiếp tục|đã|được|và|trong|tại|theo|đối với|nhằm|để|ngày|trên|cụ thể|lên|với|cho|là|số)(?![\\p{L}\\d])"));
    private static final Pattern SUBJECT_START = Pattern.compile(RelationLinker.ws(
            "^[\\s,*]*(?=(?:ve|phe duyet|quy dinh|huong dan|ban hanh|sua doi|thuc hien|trien khai|tiep tuc thuc hien)(?![\\p{L}\\d]))"));
    private static final Pattern SUBJECT_END = Pattern.compile(RelationLinker.ws(
            "[;()\\[\\]…]|" + LINE_END + "|\\.(?=\\s|$)|:\\s|,\\s+(?:gan voi|dong thoi|trong do|nham|de|theo do|tu do)(?![\\p{L}\\d])"));
    private static final int MAX_ISSUER = 90;
    private static final int MAX_SUBJECT = 400;

    /**
     * @param original the text; @param folded its {@code Canonical.fold}; @param lower its lower-cased
     * {@code Canonical.forMatching} (issuer words need their diacritics: "Tài chính" is not "tại")
     * @param from end of the number
     */
    ReferenceContext read(String original, String folded, LowerCaseText lower, int from) {
        int pos = from;
        String date = null;
        String issuer = null;
        int[] d = date(folded, pos);
        if (d != null) {
            date = iso(d);
            pos = d[3];
        }
        Matcher is = ISSUER_START.matcher(folded).region(pos, folded.length());
        if (is.lookingAt()) {
            int start = is.end();
            int end = issuerEnd(original, lower, start);
            if (end > start) {
                issuer = clean(original.substring(start, end));
                pos = end;
                if (date == null && (d = date(folded, pos)) != null) {
                    date = iso(d);
                    pos = d[3];
                }
            }
        }
        int headEnd = pos;
        String subject = null;
        Matcher ss = SUBJECT_START.matcher(folded).region(pos, folded.length());
        if (ss.lookingAt()) {
            int start = ss.end();
            int limit = Math.min(folded.length(), start + MAX_SUBJECT);
            Matcher e = SUBJECT_END.matcher(folded).region(start, limit);
            int stop = e.find() ? e.start() : limit;
            int comma = capitalAfterComma(original, start, stop);
            if (comma >= 0) stop = comma;
            subject = clean(original.substring(start, stop));
            if (subject.isEmpty()) subject = null;
        }
        return new ReferenceContext(date, issuer, subject, headEnd);
    }

    /**
     * Where the issuer's name ends. "và" followed by a capitalized word that is not a type word
     * continues a name ("Bộ Lao động - Thương binh và Xã hội"); elsewhere it ends it.
     */
    private static int issuerEnd(String original, LowerCaseText lower, int start) {
        String stretch = lower.stretch(start, Math.min(lower.length(), start + MAX_ISSUER));
        Matcher e = ISSUER_END.matcher(stretch);
        while (e.find()) {
            String word = stretch.substring(e.start(), e.end()).strip();
            if (word.equals("và") && continuesName(original, start + e.end())) continue;
            return start + e.start();
        }
        return -1;
    }

    private static boolean continuesName(String original, int i) {
        while (i < original.length() && Character.isWhitespace(original.charAt(i))) i++;
        if (i >= original.length() || !Character.isUpperCase(original.charAt(i))) return false;
        String next = original.substring(i, Math.min(original.length(), i + 25));
        return !TYPE_AHEAD.matcher(vbtrace.text.Canonical.fold(next)).lookingAt();
    }

    private static final Pattern TYPE_AHEAD = Pattern.compile(TypeWords.standard().alternation() + "(?![\\p{L}])");

    /** {day, month, year, endOffset} of a date starting at {@code pos} (day 0 when blank), or null. */
    static int[] date(String folded, int pos) {
        for (Pattern p : new Pattern[] {SHORT_DATE, LONG_DATE}) {
            Matcher m = p.matcher(folded).region(pos, Math.min(folded.length(), pos + 70));
            if (m.lookingAt()) {
                int[] r = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.end()};
                if (valid(r)) return r;
            }
        }
        Matcher m = MONTH_ONLY.matcher(folded).region(pos, Math.min(folded.length(), pos + 70));
        if (m.lookingAt()) {
            int[] r = {0, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.end()};
            if (valid(new int[] {1, r[1], r[2]})) return r;
        }
        return null;
    }

    private static boolean valid(int[] d) {
        try {
            LocalDate.of(d[2], d[1], d[0]);
            return d[2] >= 1945 && d[2] <= 2100;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String iso(int[] d) {
        return d[0] == 0 ? LocalDate.of(d[2], d[1], 1).toString().substring(0, 7) : LocalDate.of(d[2], d[1], d[0]).toString();
    }

    /** A ", " followed by a capital letter starts a new clause ("…, UBND tỉnh ban hành …"). */
    private static int capitalAfterComma(String original, int start, int stop) {
        for (int i = start; i < stop - 2; i++) {
            if (original.charAt(i) == ',' && original.charAt(i + 1) == ' ' && Character.isUpperCase(original.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The words without markup, white space folded and edges trimmed, by hand (three regular expressions cost
     * more than the rest of reading the context): {@code [*_]+} removed, then {@code \\s+} as one space, then
     * {@code ^[\\s,]+|[\\s,;:]+$} removed ("$" also before a final line terminator). ReferenceContextTest checks
     * it against the expressions.
     */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_') continue;
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) b.append(c);
            else if (!inSpace) b.append(' ');
            inSpace = space;
        }
        int n = b.length(), start = 0;
        while (start < n && (b.charAt(start) == ' ' || b.charAt(start) == ',')) start++;
        // after folding only U+0085, U+2028 and U+2029 can be the final line terminator "$" stands before
        int end = n > 0 && (b.charAt(n - 1) == '\u0085' || b.charAt(n - 1) == '\u2028' || b.charAt(n - 1) == '\u2029') ? n - 1 : n;
        int trail = end;
        while (trail > start && " ,;:".indexOf(b.charAt(trail - 1)) >= 0) trail--;
        return b.substring(start, trail) + b.substring(end, n);
    }
}
