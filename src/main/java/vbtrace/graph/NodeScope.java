package vbtrace.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.extract.SymbolCodes;
import vbtrace.text.Canonical;

/**
 * The scope that makes an id unique. National symbols (TW, TTg, CP, QH…) need none. Local ones
 * (TU, HU, UBND, HĐND, Sở codes…) take the jurisdiction the mention names, else the citing
 * document's, at the symbol's level: a Tỉnh ủy's number cited from a district plan belongs to the
 * district's province. When the level cannot be known the scope is "?" plus the citing source, so
 * the node never merges with another.
 */
final class NodeScope {
    private static final Pattern IN_PROVINCE = Pattern.compile("\\((.+)\\)\\s*$");
    private static final Pattern PROVINCE_WORDS = Pattern.compile("(?<![\\p{L}])(tinh|thanh pho|tp)(?![\\p{L}])");
    private static final Pattern DISTRICT_WORDS = Pattern.compile("(?<![\\p{L}])(huyen|quan|thi xa)(?![\\p{L}])");

    private final SymbolCodes codes;

    NodeScope(SymbolCodes codes) {
        this.codes = codes;
    }

    /**
     * @param named   jurisdiction named by the mention's own words, or null
     * @param issuer  the issuer words of the mention ("Ban Thường vụ Tỉnh ủy", "UBND huyện"), or null
     * @param citing  jurisdiction of the citing (or own) document, or null
     */
    String scope(String id, String named, String issuer, String citing, String citingSource) {
        var level = codes.scopeLevel(id);
        if (level.isEmpty()) return null;
        if (named != null) return named;
        SymbolCodes.ScopeLevel l = level.get();
        if (l == SymbolCodes.ScopeLevel.ISSUER && issuer != null) {
            String f = Canonical.fold(issuer);
            if (PROVINCE_WORDS.matcher(f).find()) l = SymbolCodes.ScopeLevel.PROVINCE;
            else if (DISTRICT_WORDS.matcher(f).find()) l = SymbolCodes.ScopeLevel.DISTRICT;
        }
        if (citing == null) return "?" + citingSource;
        return switch (l) {
            case PROVINCE -> province(citing);
            case DISTRICT -> isDistrict(citing) ? citing : "?" + citingSource;
            case ISSUER -> citing;
        };
    }

    static String key(String id, String scope) {
        return scope == null ? id : id + "@" + scope;
    }

    /** "huyện Bảo Yên (tỉnh Lào Cai)" → "tỉnh Lào Cai"; a province stays itself. */
    static String province(String jurisdiction) {
        Matcher m = IN_PROVINCE.matcher(jurisdiction);
        return m.find() ? m.group(1).strip() : jurisdiction;
    }

    private static boolean isDistrict(String jurisdiction) {
        return IN_PROVINCE.matcher(jurisdiction).find() || DISTRICT_WORDS.matcher(Canonical.fold(jurisdiction)).lookingAt();
    }
}
