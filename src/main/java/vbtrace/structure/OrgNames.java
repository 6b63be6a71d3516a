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
    private static final List<Abbreviation> ABBREVIATIONS = abbreviations(DataFiles.table("abbreviations.tsv"));
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
    /** {@link #POSITIONS} lower-cased, in the same order. */
    private static final List<String> POSITION_KEYS = POSITIONS.stream().map(p -> p.toLowerCase(VI)).toList();

    /**
     * An abbreviation and what it stands for, with its whole-word patterns compiled once: {@code pattern}
     * for expanding, {@code word} for removing it; {@code initial} for one letter with a dot ("T.").
     */
    private record Abbreviation(String abbr, String replacement, Pattern pattern, Pattern word, boolean initial) {}

    /** Longest first, so that a longer abbreviation is expanded before a shorter one inside it. */
    private static List<Abbreviation> abbreviations(List<String[]> rows) {
        List<String[]> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        List<Abbreviation> out = new ArrayList<>();
        for (String[] r : sorted) {
            String abbr = r[0];
            String tail = Character.isLetterOrDigit(abbr.charAt(abbr.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "(?=\\s)";
            out.add(new Abbreviation(abbr, Matcher.quoteReplacement(r[1]),
                    Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(abbr) + tail),
                    Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(abbr) + "(?![\\p{L}\\p{N}])"),
                    abbr.matches("\\p{L}\\.")));
        }
        return out;
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
        for (Abbreviation a : ABBREVIATIONS) {
            if (!initials && a.initial()) continue;
            if (out.contains(a.abbr())) out = a.pattern().matcher(out).replaceAll(a.replacement());
        }
        return out;
    }

    private static String withoutAbbreviations(String s) {
        String out = s;
        for (Abbreviation a : ABBREVIATIONS) {
            if (a.abbr().length() > 2 && out.contains(a.abbr())) out = a.word().matcher(out).replaceAll(" ");
        }
        return out;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    /**
     * The display form of an issuer name as printed: "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG" → "Ủy ban nhân
     * dân tỉnh Bắc Giang", "UBND tỉnh Lạng Sơn" → "Ủy ban nhân dân tỉnh Lạng Sơn".
     */
    public static String display(String printed) {
        if (printed == null) return null;
        String s = SPACES.matcher(Canonical.forMatching(printed)).replaceAll(" ").strip();
        s = COMMA.matcher(HYPHEN.matcher(s).replaceAll(" - ")).replaceAll(", ");
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
        String s = SPACES.matcher(Canonical.forMatching(printed)).replaceAll(" ").strip();
        Matcher a = SignatureBlock.AUTHORITY.matcher(s);
        if (a.lookingAt()) {
            String prefix = a.group(1).replaceAll("\\s+", "").toUpperCase(VI);
            if (!prefix.contains("/") && !prefix.endsWith(".")) prefix += ".";
            return prefix + " " + position(s.substring(a.end()));
        }
        String k = s.toLowerCase(VI);
        for (int i = 0; i < POSITIONS.size(); i++) {
            String p = POSITIONS.get(i), pk = POSITION_KEYS.get(i);
            if (k.equals(pk)) return p;
            if (startsWithWord(k, pk)) return p + " " + display(s.substring(p.length()).strip());
        }
        return display(s);
    }

    /** Whether the text starts with a known signing position ("PHÓ CHỦ TỊCH", "Bộ trưởng …"). */
    static boolean startsWithPosition(String s) {
        String k = Canonical.forMatching(s).toLowerCase(VI);
        for (String pk : POSITION_KEYS) {
            if (k.equals(pk) || startsWithWord(k, pk)) return true;
        }
        return false;
    }

    /** Whether {@code k} starts with {@code word} followed by a space or a comma. */
    private static boolean startsWithWord(String k, String word) {
        return k.length() > word.length() && k.startsWith(word) && (k.charAt(word.length()) == ' ' || k.charAt(word.length()) == ',');
    }
}
