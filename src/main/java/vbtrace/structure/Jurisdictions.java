package vbtrace.structure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.text.Canonical;

/**
 * The jurisdiction of an issuer: "Trung ương" for central bodies ({@code central-bodies.txt}),
 * else the administrative unit its name carries, resolved through the {@link Gazetteer} for the
 * document's year ("Huyện ủy Bảo Yên" → "huyện Bảo Yên (tỉnh Lào Cai)").
 */
public final class Jurisdictions {
    /** A unit named in an issuer: its kind ("tỉnh", "huyện", …) and proper name. */
    public record NamedUnit(String kind, String name) {}

    private static final List<String> CENTRAL = DataFiles.lines("central-bodies.txt").stream().map(Canonical::key).toList();
    // no CASE_INSENSITIVE: it would let \p{Lu} match small letters; the kind's first letter is either case
    private static final Pattern UNIT = Pattern.compile(
            "(?u)(?<![\\p{L}])(" + eitherCase("tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|" + OrgNames.UNIT_WORDS) + ")\\s+"
                    + "(\\p{Lu}\\p{L}*(?:[ -]+\\p{Lu}\\p{L}*)*)");

    static String eitherCase(String alternatives) {
        StringBuilder out = new StringBuilder();
        for (String w : alternatives.split("\\|")) {
            if (out.length() > 0) out.append('|');
            String first = w.substring(0, 1);
            out.append('[').append(first.toUpperCase(Locale.ROOT)).append(first).append(']').append(w.substring(1));
        }
        return out.toString();
    }

    private final Gazetteer gazetteer;

    public Jurisdictions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The first unit a name carries: "Ủy ban nhân dân tỉnh Lạng Sơn" → (tỉnh, Lạng Sơn). */
    public static Optional<NamedUnit> unit(String name) {
        List<NamedUnit> all = units(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every district- or province-level unit a text names, in order ("Huyện ủy Bảo Yên" names huyện Bảo Yên). */
    public static List<NamedUnit> units(String text) {
        List<NamedUnit> out = new java.util.ArrayList<>();
        if (text == null) return out;
        Matcher m = UNIT.matcher(Canonical.forMatching(text));
        while (m.find()) {
            String kind = m.group(1).toLowerCase(Locale.ROOT);
            kind = switch (kind) {
                case "tỉnh ủy" -> "tỉnh";
                case "thành ủy" -> "thành phố";
                case "huyện ủy" -> "huyện";
                case "quận ủy" -> "quận";
                case "thị ủy" -> "thị xã";
                default -> kind;
            };
            if (kind.equals("xã") || kind.equals("phường") || kind.equals("thị trấn") || kind.equals("đặc khu")) continue;
            out.add(new NamedUnit(kind, m.group(2)));
        }
        return out;
    }

    /** Whether the name is that of a central body and carries no local unit. */
    public static boolean central(String name) {
        if (name == null || unit(name).isPresent()) return false;
        String k = Canonical.key(name);
        for (String c : CENTRAL) if (k.equals(c) || k.startsWith(c + " ")) return true;
        return k.endsWith(" trung ương") || k.contains(" trung ương đảng");
    }

    /** "tỉnh Lạng Sơn", "huyện Bảo Yên (tỉnh Lào Cai)", "Trung ương", or null. */
    public String of(String issuer, Integer year) {
        if (issuer == null) return null;
        if (central(issuer)) return "Trung ương";
        Optional<NamedUnit> u = unit(issuer);
        if (u.isEmpty()) return null;
        return resolve(u.get(), year);
    }

    String resolve(NamedUnit u, Integer year) {
        boolean provinceLevel = u.kind().equals("tỉnh") || u.kind().equals("thành phố");
        if (provinceLevel) {
            Optional<AdminUnit> p = gazetteer.province(u.name(), year);
            if (p.isPresent() && (u.kind().equals("tỉnh") || p.get().kind().equals("thành phố"))) {
                return gazetteer.jurisdiction(p.get());
            }
        }
        if (!u.kind().equals("tỉnh")) {
            for (AdminUnit a : gazetteer.find(u.name(), year)) {
                if (a.province() != null && a.kind().equals(u.kind())) return gazetteer.jurisdiction(a);
            }
        }
        return u.kind() + " " + u.name();
    }
}
