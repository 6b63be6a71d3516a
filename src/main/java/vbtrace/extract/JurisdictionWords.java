package vbtrace.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.structure.AdminUnit;
import vbtrace.structure.Gazetteer;
import vbtrace.text.Canonical;

/**
 * The place a mention's own words name: "của Tỉnh ủy Lào Cai" → "tỉnh Lào Cai", "UBND huyện Bảo
 * Yên" → "huyện Bảo Yên (tỉnh Lào Cai)" (the province from the gazetteer when the name is
 * unambiguous). Null when the words name no place ("Ban Thường vụ Tỉnh ủy").
 */
public final class JurisdictionWords {
    private static final Pattern PLACE = Pattern.compile(
            "(?<![\\p{L}])(?<kind>(?iu:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|thị xã|thành phố|tỉnh|huyện|quận|tp\\.?))"
            + "\\s+(?<name>\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3})");
    private static final Map<String, String> KIND = Map.of(
            "tỉnh ủy", "tỉnh", "thành ủy", "thành phố", "huyện ủy", "huyện", "quận ủy", "quận", "thị ủy", "thị xã",
            "tp", "thành phố", "tp.", "thành phố");

    private final Gazetteer gazetteer;

    public JurisdictionWords(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public String of(String words) {
        if (words == null) return null;
        Matcher m = PLACE.matcher(Canonical.forMatching(words));
        if (!m.find()) return null;
        String written = m.group("kind").toLowerCase(Locale.ROOT);
        String kind = KIND.getOrDefault(written, written);
        String name = m.group("name");
        if (kind.equals("tỉnh") || kind.equals("thành phố")) return kind + " " + name;
        List<AdminUnit> units = gazetteer.find(name, (Integer) null).stream()
                .filter(u -> u.province() != null && u.kind().equals(kind)).toList();
        if (units.size() == 1) return gazetteer.jurisdiction(units.get(0));
        return kind + " " + name;
    }
}
