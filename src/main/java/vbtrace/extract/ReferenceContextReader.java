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
    private static final Pattern SHORT_DATE = Pattern.compile(
            "^[\\s,*(]*(?:ban hanh\\s+|ky\\s+)?ngay\\s*:?\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})(?!\\d)");
    private static final Pattern LONG_DATE = Pattern.compile(
            "^[\\s,*(]*(?:ban hanh\\s+|ky\\s+)?ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})(?!\\d)");
    private static final Pattern ISSUER_START = Pattern.compile("^[\\s,*]*cua\\s+");
    /** Where an issuer's name ends: a clause word or punctuation. */
    private static final Pattern ISSUER_END = Pattern.compile(
            "[,;:()\\[\\]\\n.*…]|\\s(?:ve|phe duyet|ban hanh|quy dinh|huong dan|sua doi|thuc hien|trien khai|gan voi"
            + "|tiep tuc|da|duoc|va|trong|tai|theo|doi voi|nham|de|ngay|tren|cu the|len|voi|cho|la)(?![\\p{L}\\d])");
    private static final Pattern SUBJECT_START = Pattern.compile(
            "^[\\s,*]*(?=(?:ve|phe duyet|quy dinh|huong dan|ban hanh|sua doi|thuc hien|trien khai|tiep tuc thuc hien)(?![\\p{L}\\d]))");
    private static final Pattern SUBJECT_END = Pattern.compile(
            "[;()\\[\\]\\n…]|\\.(?=\\s|$)|:\\s|,\\s+(?:gan voi|dong thoi|trong do|nham|de|theo do|tu do)(?![\\p{L}\\d])");
    private static final int MAX_ISSUER = 90;
    private static final int MAX_SUBJECT = 400;

    /** @param original the text; @param folded its {@code Canonical.fold}; @param from end of the number */
    ReferenceContext read(String original, String folded, int from) {
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
            Matcher e = ISSUER_END.matcher(folded).region(start, Math.min(folded.length(), start + MAX_ISSUER));
            int end = e.find() ? e.start() : -1;
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
        int end = headEnd;
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
            end = stop;
        }
        return new ReferenceContext(date, issuer, subject, headEnd, end);
    }

    /** {day, month, year, endOffset} of a date starting at {@code pos}, or null. */
    static int[] date(String folded, int pos) {
        for (Pattern p : new Pattern[] {SHORT_DATE, LONG_DATE}) {
            Matcher m = p.matcher(folded).region(pos, Math.min(folded.length(), pos + 60));
            if (m.lookingAt()) {
                int[] r = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.end()};
                if (valid(r)) return r;
            }
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
        return LocalDate.of(d[2], d[1], d[0]).toString();
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

    static String clean(String s) {
        return s.replaceAll("[*_]+", "").replaceAll("\\s+", " ").replaceAll("^[\\s,]+|[\\s,;:]+$", "");
    }
}
