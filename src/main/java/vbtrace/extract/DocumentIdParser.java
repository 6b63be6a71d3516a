package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document numbers in text and writes them in canonical form. Three official grammars:
 * Party {@code N-TYPE/ORG} (1364-KL/TU), administrative {@code N/TYPE-ORG} (2774/KH-UBND,
 * 655/UBDT-KHTC) and legal {@code N/YYYY/TYPE-ORG} or {@code N/YYYY/ORG} (134/2006/NĐ-CP,
 * 88/2019/QH14). Real damage is tolerated: spaces around separators ("28 -CT/TU"), a line or page
 * break after a separator ("402/QĐ-" ⏎ "TTg"), codes in the wrong case ("TTG"), leading zeros, and
 * the letter O among the digits of the number or year ("2O21"). Every code must start with a
 * capital letter and the symbol must contain letters, so dates, phone numbers and amounts never
 * match. A dotted number keeps its dot when 1-2 digits follow it (the Government's 66.7/2025/NQ-CP
 * series); with exactly three digits the dot is a thousands separator and is dropped.
 *
 * <p>Expects text in {@link vbtrace.text.Canonical#forMatching} form (Ð already Đ); offsets are
 * those of the text given.
 */
public final class DocumentIdParser {
    public enum Grammar { PARTY, ADMINISTRATIVE, LEGAL }

    /** A number found at {@code [start, end)}: the canonical id and the grammar it follows. */
    public record IdMatch(int start, int end, String id, Grammar grammar) {}

    private static final String NUM = "(?<![\\p{L}\\p{N}.,/\\-–])(?<num>\\d[\\dO]{0,4}(?:\\.\\d{1,3})?[a-z]?)";
    private static final String SP = "[ \\t\\u00A0]{0,2}";
    /** After a separator: a few spaces, or a line/page break (blank lines between). */
    private static final String BRK = "(?:[ \\t\\u00A0]*\\n(?:[ \\t\\u00A0]*\\n){0,3}[ \\t\\u00A0]*|[ \\t\\u00A0]{0,2})";
    private static final String HY = "[-–]";
    private static final String CODE = "[A-ZĐ][A-Za-zĐđ&]*\\d{0,4}";
    private static final String CODES = CODE + "(?:" + SP + HY + BRK + CODE + ")*";
    private static final String YEAR = "(?<year>[12][\\dO]{3})";

    private static final Pattern ID = Pattern.compile(NUM + "(?:"
            + SP + "/" + SP + YEAR + SP + "/" + BRK + "(?<legal>" + CODES + ")"
            + "|" + SP + "/" + BRK + "(?<admin>" + CODE + "(?:" + SP + HY + BRK + CODE + ")+)"
            + "|" + SP + HY + SP + "(?<ptype>" + CODE + ")" + SP + "/" + BRK + "(?<porg>" + CODES + ")"
            + "|" + SP + "/" + SP + "(?<bare>" + CODE + ")"
            + ")(?![\\p{L}\\p{N}])");
    /** Where an id may start: a number run reaching a slash or hyphen. Found by hand ({@link #nextCandidate}); DocumentIdParserTest checks the two agree. */
    static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}.,/\\-–])\\d[\\dO.]{0,8}[a-z]?[ \\t\\u00A0]{0,2}[/\\-–]");
    private static final int MAX_LENGTH = 160;
    /** Cyrillic letters that OCR and copy-paste put in place of Latin ones ("NĐ-СР"). */
    private static final String CYRILLIC = "АВСЕНКМОРТХаеорсух";
    private static final String LATIN = "ABCEHKMOPTXaeopcyx";

    private static final Pattern CODE_SPLIT = Pattern.compile("\\s*[-–]\\s*");

    private static final java.util.Set<String> BARE = java.util.Set.copyOf(ReferenceData.lines("bare-symbols.txt"));

    private final SymbolCodes codes;

    public DocumentIdParser() {
        this(SymbolCodes.standard());
    }

    public DocumentIdParser(SymbolCodes codes) {
        this.codes = codes;
    }

    public List<IdMatch> find(String text) {
        List<IdMatch> out = new ArrayList<>();
        String t = latin(text);
        // The full pattern is costly to try at every offset; a cheap scan finds the few places where
        // a number meets a separator ({@link #CANDIDATE}), and the full pattern runs only there.
        Matcher m = ID.matcher(t);
        m.useTransparentBounds(true);
        int from = 0;
        for (int start; (start = nextCandidate(t, from)) >= 0; ) {
            m.region(start, Math.min(t.length(), start + MAX_LENGTH));
            if (m.lookingAt()) {
                IdMatch match = toMatch(m);
                if (match != null) out.add(match);
                from = m.end();
            } else {
                from = separatorEnd(t, start);
            }
        }
        return out;
    }

    /** Where the next {@link #CANDIDATE} from {@code from} starts, -1 when none: its look-behind and then {@link #separatorEnd}, by hand. */
    static int nextCandidate(String t, int from) {
        for (int p = from, n = t.length(); p < n; p++) {
            char c = t.charAt(p);
            if (c < '0' || c > '9' || p > 0 && continuesToken(t.charAt(p - 1)) || separatorEnd(t, p) < 0) continue;
            return p;
        }
        return -1;
    }

    /** {@code [\\p{L}\\p{N}.,/\\-–]}, the class of {@link #CANDIDATE}'s look-behind: a number does not start after these. */
    private static boolean continuesToken(char c) {
        if (c < 128) return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == ',' || c == '/' || c == '-';
        if (c == '–' || Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * The part of {@link #CANDIDATE} after its look-behind, by hand: from the digit at {@code p}, at most
     * 8 more of digits, "O" and dots, an optional small letter, at most 2 spaces, then "/", "-" or "–". The
     * character classes do not overlap, so the greedy reading is the only one. The candidate's end, or -1.
     */
    static int separatorEnd(String t, int p) {
        int n = t.length(), q = p + 1, run = 0;
        while (q < n && (t.charAt(q) >= '0' && t.charAt(q) <= '9' || t.charAt(q) == 'O' || t.charAt(q) == '.')) {
            if (++run > 8) return -1;
            q++;
        }
        if (q < n && t.charAt(q) >= 'a' && t.charAt(q) <= 'z') q++;
        int spaces = 0;
        while (q < n && (t.charAt(q) == ' ' || t.charAt(q) == '\t' || t.charAt(q) == '\u00A0')) {
            if (++spaces > 2) return -1;
            q++;
        }
        return q < n && (t.charAt(q) == '/' || t.charAt(q) == '-' || t.charAt(q) == '–') ? q + 1 : -1;
    }

    /** The canonical form of a whole string that is one id ("28/CT-TTG" → "28/CT-TTg"), if it is one. */
    public Optional<String> canonicalize(String raw) {
        Matcher m = ID.matcher(latin(raw.strip()));
        if (!m.matches()) return Optional.empty();
        IdMatch match = toMatch(m);
        return match == null ? Optional.empty() : Optional.of(match.id());
    }

    private IdMatch toMatch(Matcher m) {
        String number = number(m.group("num"));
        if (number == null) return null;
        String id;
        Grammar grammar;
        List<String> parts;
        if (m.group("legal") != null) {
            String year = m.group("year").replace('O', '0');
            if (!year.startsWith("19") && !year.startsWith("20")) return null;
            parts = codes(m.group("legal"));
            id = number + "/" + year + "/" + String.join("-", parts);
            grammar = Grammar.LEGAL;
        } else if (m.group("admin") != null) {
            parts = codes(m.group("admin"));
            id = number + "/" + String.join("-", parts);
            grammar = Grammar.ADMINISTRATIVE;
        } else if (m.group("bare") != null) {
            String code = codes.officialCase(m.group("bare"));
            if (!BARE.contains(code)) return null;
            parts = List.of(code);
            id = number + "/" + code;
            grammar = Grammar.ADMINISTRATIVE;
        } else {
            parts = new ArrayList<>(List.of(codes.officialCase(m.group("ptype").strip())));
            List<String> org = codes(m.group("porg"));
            parts.addAll(org);
            id = number + "-" + parts.get(0) + "/" + String.join("-", org);
            grammar = Grammar.PARTY;
        }
        if (parts.stream().noneMatch(p -> p.length() >= 2)) return null;
        return new IdMatch(m.start(), m.end(), id, grammar);
    }

    private List<String> codes(String group) {
        List<String> out = new ArrayList<>();
        for (String c : CODE_SPLIT.split(group.strip())) out.add(codes.officialCase(c.strip()));
        return out;
    }

    /** Same-length copy with Cyrillic look-alikes read as Latin letters (only where a Cyrillic letter sits among Latin ones matters). */
    static String latin(String s) {
        int first = 0;
        while (first < s.length() && (s.charAt(first) < '\u0400' || s.charAt(first) > '\u04FF')) first++; // most texts have none
        if (first == s.length()) return s;
        char[] c = null;
        for (int i = first; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '\u0400' || ch > '\u04FF') continue;
            int k = CYRILLIC.indexOf(ch);
            if (k < 0) continue;
            if (c == null) c = s.toCharArray();
            c[i] = LATIN.charAt(k);
        }
        return c == null ? s : new String(c);
    }

    /** Canonical number: O read as 0, thousands dot dropped, leading zeros dropped; null for 0. */
    static String number(String raw) {
        String n = raw.replace('O', '0');
        int dot = n.indexOf('.');
        if (dot >= 0 && n.length() - dot - 1 == 3) n = n.replace(".", "");
        String whole = dot >= 0 && n.indexOf('.') >= 0 ? n.substring(0, n.indexOf('.')) : n;
        String rest = n.substring(whole.length());
        whole = whole.replaceFirst("^0+(?=\\d)", "");
        if (whole.equals("0") && rest.isEmpty()) return null;
        return whole + rest;
    }
}
