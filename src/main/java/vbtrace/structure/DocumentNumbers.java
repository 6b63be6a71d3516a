package vbtrace.structure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.text.Canonical;

/**
 * Number and symbol of a document in the three official grammars — {@code N-TYPE/ORG} (Party),
 * {@code N/TYPE-ORG} (administrative), {@code N/YYYY/TYPE-ORG} and {@code N/YYYY/ORG} (legal
 * normative) — written canonically: no spaces, leading zeros of N dropped, codes in their official
 * case ({@code symbol-case.txt}: "TTg", "QĐi", "CTr"; every other code in capitals).
 */
public final class DocumentNumbers {
    private DocumentNumbers() {}

    private static final Map<String, String> OFFICIAL_CASE = new HashMap<>();

    static {
        for (String code : DataFiles.lines("symbol-case.txt")) OFFICIAL_CASE.put(upper(code), code);
    }

    private static final Pattern NUMBER = Pattern.compile("^0*(\\d[\\d.]*)([/-].*[\\p{L}\\d])$");
    private static final Pattern TOKEN = Pattern.compile("[^/-]+|[/-]");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private static String upper(String s) {
        return Canonical.forMatching(s).toUpperCase(Locale.ROOT);
    }

    /**
     * The canonical id of a number as printed ("*2774* /KH-UBND", "28 -CT/TU", "01/2021/TT-UBND"),
     * or null when it has no number (a blank draft "/KH-UBND") or is not a number and symbol.
     */
    public static String canonical(String printed) {
        if (printed == null) return null;
        String s = printed.replaceAll("[\\s*_]+", "").replace('–', '-').replaceAll("[.,;:)]+$", "");
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) return null;
        StringBuilder out = new StringBuilder(m.group(1));
        Matcher t = TOKEN.matcher(m.group(2));
        while (t.find()) {
            String tok = t.group();
            out.append(tok.length() == 1 && "/-".contains(tok) ? tok : OFFICIAL_CASE.getOrDefault(upper(tok), upper(tok)));
        }
        return out.toString();
    }

    /**
     * The code of the document's type inside a symbol (printed or canonical, with or without the
     * number): "KH" for "2774/KH-UBND", "NQ" for "58-NQ/TU", "NĐ" for "134/2006/NĐ-CP", null for
     * "88/2019/QH14" (whose symbol names only the issuer).
     */
    public static String typeCode(String symbol) {
        if (symbol == null) return null;
        String s = symbol.replaceAll("\\s+", "");
        String[] parts = s.split("(?<=[/-])|(?=[/-])");
        // parts alternate: [N] sep code sep code …
        int i = 0;
        if (i < parts.length && parts[i].matches("[\\d.]*") && !parts[i].matches("[/-]")) i++;
        if (i < parts.length && parts[i].isEmpty()) i++;
        if (i >= parts.length || !parts[i].matches("[/-]")) return null;
        String sep = parts[i];
        i++;
        if (i >= parts.length) return null;
        String first = parts[i];
        if (sep.equals("/") && YEAR.matcher(first).matches()) {
            // N/YYYY/TYPE-ORG or N/YYYY/ORG: the type is the code before a "-"
            if (i + 3 < parts.length && parts[i + 1].equals("/") && parts[i + 3].equals("-")) return parts[i + 2];
            return null;
        }
        if (sep.equals("-")) return first; // Party: N-TYPE/ORG
        return i + 1 < parts.length && parts[i + 1].equals("-") ? first : null; // N/TYPE-ORG
    }
}
