package vbtrace.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.text.Canonical;

/**
 * Names of issuing bodies and signing positions as the extraction format writes them: abbreviations
 * expanded ({@code abbreviations.tsv}), names printed in capitals brought to their official
 * spelling ({@code official-names.txt}, {@code positions.txt}), one tone placement.
 */
public final class OrgNames {
    private OrgNames() {}

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<String[]> ABBREVIATIONS = new ArrayList<>(DataFiles.table("abbreviations.tsv"));
    private static final List<String> OFFICIAL = sortedLongestFirst(DataFiles.lines("official-names.txt"));
    private static final java.util.Map<String, String> OFFICIAL_BY_KEY = new java.util.HashMap<>();
    /** One alternation, longest first, so that a longer name is never broken by a shorter one inside it. */
    private static final Pattern OFFICIAL_PATTERN;

    static {
        StringBuilder alt = new StringBuilder();
        for (String name : OFFICIAL) {
            OFFICIAL_BY_KEY.put(name.toLowerCase(VI), name);
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        OFFICIAL_PATTERN = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + alt + ")(?![\\p{L}])");
    }

    private static final List<String> POSITIONS = sortedLongestFirst(DataFiles.lines("positions.txt"));

    static {
        ABBREVIATIONS.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
    }

    /** Unit words before a place name; the place name after them is written with capitals. */
    static final String UNIT_WORDS = "tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu";
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?u)(?<![\\p{L}])(" + UNIT_WORDS + "|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)(\\s+)(\\p{L}[\\p{L}\\s-]*)$");
    /** Kinds of bodies whose own name starts with a capital: "Sở Tài chính", "Ban Dân tộc". */
    private static final Pattern KIND = Pattern.compile(
            "(?u)(?<![\\p{L}])(?<!đảng |phục |nhiệm |nghĩa |nghiệp )(bộ|sở|cục|tổng cục|chi cục|vụ|ban|văn phòng|viện|trung tâm|phòng|thanh tra|kho bạc nhà nước|học viện|trường|hội|liên đoàn|đoàn)\\s+(\\p{Ll})");

    private static List<String> sortedLongestFirst(List<String> l) {
        List<String> out = new ArrayList<>(l);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    /** "UBND tỉnh Lạng Sơn" → "Ủy ban nhân dân tỉnh Lạng Sơn"; whole words only. */
    public static String expand(String s) {
        return expand(s, true);
    }

    /**
     * Abbreviations expanded; with {@code initials} false, one letter with a dot ("T.", "H.") is left alone,
     * as it may be a person's initial in a list of recipients ("Đ/c H. Anh").
     */
    static String expand(String s, boolean initials) {
        if (s == null) return null;
        String out = s;
        for (String[] a : ABBREVIATIONS) {
            String abbr = a[0];
            if (!initials && abbr.matches("\\p{L}\\.")) continue;
            String tail = Character.isLetterOrDigit(abbr.charAt(abbr.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "(?=\\s)";
            out = out.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(abbr) + tail, Matcher.quoteReplacement(a[1]));
        }
        return out;
    }

    private static String withoutAbbreviations(String s) {
        String out = s;
        for (String[] a : ABBREVIATIONS) {
            if (a[0].length() > 2) out = out.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(a[0]) + "(?![\\p{L}\\p{N}])", " ");
        }
        return out;
    }

    /**
     * The display form of an issuer name as printed: "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG" → "Ủy ban nhân
     * dân tỉnh Bắc Giang", "UBND tỉnh Lạng Sơn" → "Ủy ban nhân dân tỉnh Lạng Sơn".
     */
    public static String display(String printed) {
        if (printed == null) return null;
        String s = Canonical.forMatching(printed).replaceAll("\\s+", " ").strip();
        s = s.replaceAll("\\s*-\\s*", " - ").replaceAll("\\s*,\\s*", ", ");
        // printed in capitals, abbreviations aside: "UBND TỈNH LÀO CAI" as well as "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
        boolean capitals = TextLine.upperShare(withoutAbbreviations(s)) > 0.6;
        s = expand(s);
        if (capitals) s = fromCapitals(s);
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }

    private static String fromCapitals(String s) {
        String out = s.toLowerCase(VI);
        Matcher k = KIND.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (k.find()) k.appendReplacement(sb, Matcher.quoteReplacement(capitalize(k.group(1)) + " " + k.group(2).toUpperCase(VI)));
        k.appendTail(sb);
        out = sb.toString();
        Matcher o = OFFICIAL_PATTERN.matcher(out);
        sb = new StringBuilder();
        while (o.find()) o.appendReplacement(sb, Matcher.quoteReplacement(OFFICIAL_BY_KEY.get(o.group().toLowerCase(VI))));
        o.appendTail(sb);
        out = sb.toString();
        Matcher u = UNIT_NAME.matcher(out);
        if (u.find()) out = out.substring(0, u.start(3)) + titleCase(u.group(3));
        return out;
    }

    private static String capitalize(String w) {
        return w.substring(0, 1).toUpperCase(VI) + w.substring(1);
    }

    static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean start = true;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            out.append(start && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * A signing position or authority in its official spelling: "PHÓ CHỦ TỊCH" → "Phó Chủ tịch",
     * "KT. CHỦ TỊCH" → "KT. Chủ tịch", "T/M BAN THƯỜNG VỤ" → "T/M Ban Thường vụ".
     */
    public static String position(String printed) {
        if (printed == null) return null;
        String s = Canonical.forMatching(printed).replaceAll("\\s+", " ").strip();
        Matcher a = SignatureBlock.AUTHORITY.matcher(s);
        if (a.lookingAt()) {
            String prefix = a.group(1).replaceAll("\\s+", "").toUpperCase(VI);
            if (!prefix.contains("/") && !prefix.endsWith(".")) prefix += ".";
            return prefix + " " + position(s.substring(a.end()));
        }
        String k = s.toLowerCase(VI);
        for (String p : POSITIONS) {
            String pk = p.toLowerCase(VI);
            if (k.equals(pk)) return p;
            if (k.startsWith(pk + " ") || k.startsWith(pk + ",")) return p + " " + display(s.substring(p.length()).strip());
        }
        return display(s);
    }

    /** Whether the text starts with a known signing position ("PHÓ CHỦ TỊCH", "Bộ trưởng …"). */
    static boolean startsWithPosition(String s) {
        String k = Canonical.forMatching(s).toLowerCase(VI);
        for (String p : POSITIONS) {
            String pk = p.toLowerCase(VI);
            if (k.equals(pk) || k.startsWith(pk + " ") || k.startsWith(pk + ",")) return true;
        }
        return false;
    }
}
