package vbtrace.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Horizon expressions: "đến năm 2030" → 2030, "giai đoạn 2021 - 2025" → 2025 (a period's
 * horizon is its last year), "năm 2025" → 2025. A bare "năm 2025" only counts at the start of a
 * heading; inside a sentence only "đến/tới/vào/trong năm …" name a horizon ("so với năm 2020"
 * is a comparison, "theo chuẩn nghèo giai đoạn 2021 - 2025" a qualifier).
 */
final class Horizons {
    private Horizons() {}

    private static final String YEAR = "(?:19|20)\\d{2}";

    static final String HORIZON = "(?:(?:đến|tới|vào|trong|hết)\\s+(?:hết\\s+|cuối\\s+)?năm\\s+(?<hy>" + YEAR + ")"
            + "|giai\\s+đoạn\\s+(?:từ\\s+)?(?:năm\\s+)?" + YEAR + "\\s*(?:-|–|—|đến)\\s*(?:năm\\s+)?(?<hp>" + YEAR + ")"
            + "|năm\\s+(?<hn>" + YEAR + "))(?!\\d)";

    /**
     * Inside a sentence: "phấn đấu đến năm 2030 đạt …", "vào năm 2028", "Đến hết năm 2025, …", "trong quý III
     * năm 2026" (its year, group {@code hm}: only within the target's own clause, as a quarter or month is more
     * often another task's due date), "… 10%/năm trở lên trong giai đoạn 2026 - 2030" (the period's end).
     */
    static final Pattern IN_SENTENCE = Pattern.compile(
            "(?<!\\p{L})(?:(?:đến|tới|vào|trong)\\s+(?:hết\\s+|cuối\\s+)?(?:năm\\s+(?<hy>" + YEAR + ")"
                    + "|(?:quý\\s+(?:iv|iii|ii|i|[1-4])|tháng\\s+\\d{1,2})\\s*(?:năm\\s+|/\\s*)(?<hm>" + YEAR + "))"
                    + "|trong\\s+giai\\s+đoạn\\s+(?:từ\\s+)?(?:năm\\s+)?" + YEAR + "\\s*(?:-|–|—|đến)\\s*(?:năm\\s+)?(?<hp>" + YEAR + "))(?!\\d)",
            TargetLexicon.FLAGS);

    /** A horizon opening a phrase, to drop from an indicator: "Đến năm 2025, giảm tỷ lệ …". */
    static final Pattern LEADING = Pattern.compile(
            "^(?:phấn đấu\\s+)?(?:đến|tới|vào|trong)\\s+(?:hết\\s+|cuối\\s+)?năm\\s+" + YEAR + "[\\s,:]*", TargetLexicon.FLAGS);

    /** A sentence opening on its horizon: "Giai đoạn 2025-2027: …", "Năm 2025, …". */
    static final Pattern SENTENCE_START = Pattern.compile(
            "^(?:phấn đấu\\s+)?(?:giai\\s+đoạn\\s+(?:từ\\s+)?(?:năm\\s+)?" + YEAR + "\\s*(?:-|–|—|đến)\\s*(?:năm\\s+)?(?<hp>" + YEAR + ")"
                    + "|năm\\s+(?<hn>" + YEAR + ")\\s*[,:])", TargetLexicon.FLAGS);

    /** The year of a match of any of these patterns. */
    static Integer year(Matcher m) {
        for (String g : new String[] {"hy", "hp", "hn", "hm"}) {
            String v = group(m, g);
            if (v != null) return Integer.valueOf(v);
        }
        return null;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException absent) {
            return null;
        }
    }
}
