package vbtrace.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vbtrace.model.Agency;
import vbtrace.text.Canonical;

/**
 * One spelling per body within a document. Mentions are grouped by name key (case, tone placement
 * and hyphen spacing folded); a bare name joins the same name with the document's unit ("Ban Dân
 * tộc" = "Ban Dân tộc tỉnh"), a unit joins its place ("Ủy ban nhân dân tỉnh" = "… tỉnh Lạng Sơn");
 * groups of district-level units take the document's most frequent wording; names that differ by
 * a typo (Levenshtein distance within {@link #maxDistance}) join the more frequent one.
 */
public final class AgencyNames {
    private static final Pattern HYPHEN = Pattern.compile("\\s*[-–]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(3);

    private AgencyNames() {}

    /** The comparison key of a name: tone placement and case folded, " - " and ", " spacing, "&" = "và". */
    public static String key(String name) {
        String s = Canonical.forMatching(name).toLowerCase(Locale.ROOT);
        if (isSpaced(s)) return s;
        s = s.replace("&", " và ");
        s = HYPHEN.matcher(s).replaceAll(" - ");
        s = COMMA.matcher(s).replaceAll(", ");
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    /** Already a key: no "&", hyphen or comma to space, and single spaces between words only. */
    private static boolean isSpaced(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ') {
                if (c == '&' || c == '-' || c == '–' || c == ',') return false;
            } else if (c != ' ' || i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Typos allowed between two spellings of one name: none for short names, 1 up to 20 chars, else 2. */
    static int maxDistance(int length) {
        return length < 8 ? 0 : length <= 20 ? 1 : 2;
    }

    private static final class Cluster {
        final String base;
        final String level;
        final boolean group;
        final String units;
        int written;
        /** The wording chosen among reorderings of one group, kept when other spellings join. */
        String fixedName;
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        int mentions;
        int firstOffset;
        Cluster into;

        Cluster(AgencyMention m) {
            base = m.base();
            level = m.level();
            group = m.group();
            units = unitSet(m.suffix());
            firstOffset = m.start();
        }

        Cluster root() {
            Cluster c = this;
            while (c.into != null) c = c.into;
            return c;
        }

        String name() {
            if (fixedName != null) return fixedName;
            // the most informative spelling: the longest, then the most frequent
            String best = null;
            for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                if (best == null || e.getKey().length() > best.length()) best = e.getKey();
            }
            return best;
        }
    }

    /**
     * The document's agencies in order of first mention.
     *
     * @param ownLevel the unit kind of the document's jurisdiction ("tỉnh"), null when unknown
     * @param issuer   the issuer's full name, which wins over shorter spellings of it; may be null
     */
    public static Resolution resolve(List<AgencyMention> mentions, String ownLevel, String issuer, AgencyLexicon lex) {
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        Map<String, String> corrected = new HashMap<>();
        List<Cluster> ofMention = new ArrayList<>(mentions.size());
        for (AgencyMention m : mentions) {
            String base = corrected.computeIfAbsent(m.base(), b -> correctSpelling(b, lex));
            AgencyMention mm = base.equals(m.base()) ? m
                    : new AgencyMention(m.start(), m.end(), base, m.suffix(), m.level(), m.group(), m.central(), m.tokenStart(), m.tokenEnd());
            Cluster c = byKey.computeIfAbsent(key(mm.name()), k -> new Cluster(mm));
            c.spellings.merge(mm.name(), 1, Integer::sum);
            c.mentions++;
            // written out in the text, not expanded from "UBND …": the span is as long as the name
            if (m.end() - m.start() >= mm.name().length() - 2) c.written++;
            ofMention.add(c);
        }
        List<Cluster> clusters = new ArrayList<>(byKey.values());
        String level = ownLevel != null ? ownLevel : commonLevel(clusters);
        joinGroups(clusters);
        joinUnits(clusters, level, issuer == null ? null : key(issuer));
        joinStandingBodies(clusters);
        joinTypos(clusters);
        if (issuer != null) {
            // the issuer's full name wins over "Ủy ban nhân dân tỉnh", never over another place's name
            String ik = key(issuer);
            for (Cluster c : clusters) {
                if (c.into != null || c.group || c.level == null || !ik.startsWith(key(c.base + " " + c.level))) continue;
                boolean otherPlace = false;
                for (String sp : c.spellings.keySet()) {
                    String k = key(sp);
                    if (!k.equals(ik) && !k.equals(key(c.base + " " + c.level))) otherPlace = true;
                }
                if (!otherPlace) c.spellings.put(issuer, 0);
            }
        }
        Map<Cluster, int[]> totals = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            Cluster r = c.root();
            totals.computeIfAbsent(r, x -> new int[2])[0] += c.mentions;
            if (r != c) r.spellings.putAll(c.spellings);
        }
        List<Agency> out = new ArrayList<>();
        for (Map.Entry<Cluster, int[]> e : totals.entrySet()) out.add(new Agency(e.getKey().name(), e.getValue()[0]));
        Map<AgencyMention, String> names = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) names.put(mentions.get(i), ofMention.get(i).root().name());
        return new Resolution(out, names);
    }

    /** The document's agencies, and the final name of each mention. */
    public record Resolution(List<Agency> agencies, Map<AgencyMention, String> names) {
        public String nameOf(AgencyMention m) {
            String n = names.get(m);
            return n != null ? n : m.name();
        }
    }

    /** The known spelling when the base is a known name up to case, tone or a typo. */
    static String correctSpelling(String base, AgencyLexicon lex) {
        String k = key(base);
        AgencyLexicon.Known exact = lex.knownByKey.get(k);
        if (exact != null) return exact.name();
        int max = maxDistance(k.length());
        if (max == 0) return base;
        String head = k.substring(0, Math.max(0, k.indexOf(' ')));
        for (Map.Entry<String, AgencyLexicon.Known> e : lex.knownByKey.entrySet()) {
            String kk = e.getKey();
            if (Math.abs(kk.length() - k.length()) > max || !kk.startsWith(head)) continue;
            int d = LEVENSHTEIN.apply(k, kk);
            if (d >= 0 && d <= max) return e.getValue().name();
        }
        return base;
    }

    private static String commonLevel(List<Cluster> clusters) {
        Map<String, Integer> count = new HashMap<>();
        for (Cluster c : clusters) if (c.level != null && !c.group) count.merge(c.level, c.mentions, Integer::sum);
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** "các huyện", "các huyện, thị xã" → the most frequent wording of a group of that base and level. */
    private static void joinGroups(List<Cluster> clusters) {
        // the same units in another order or with "và": one body, its written-out wording
        Map<String, Cluster> same = new HashMap<>();
        for (Cluster c : clusters) {
            if (!c.group || isQualified(c)) continue;
            same.merge(key(c.base) + "|" + c.units, c, (b, x) -> better(x, b) ? x : b);
        }
        for (Cluster c : clusters) {
            if (!c.group || isQualified(c)) continue;
            Cluster b = same.get(key(c.base) + "|" + c.units);
            if (b != c) {
                c.into = b;
                b.fixedName = b.name();
            }
        }
        Map<String, Cluster> best = new HashMap<>();
        for (Cluster c : clusters) {
            if (!c.group || c.into != null || isQualified(c)) continue;
            String k = key(c.base) + "|" + c.level;
            Cluster b = best.get(k);
            if (b == null || c.mentions > b.mentions || (c.mentions == b.mentions && c.name().length() > b.name().length())) {
                best.put(k, c);
            }
        }
        for (Cluster c : clusters) {
            if (!c.group || c.into != null || isQualified(c)) continue;
            Cluster b = best.get(key(c.base) + "|" + c.level);
            if (b != c) c.into = b;
        }
        // "UBND cấp xã" is the document's group that lists that unit: "UBND các xã, phường"
        for (Cluster c : clusters) {
            if (!c.group || c.into != null || c.level == null || !c.level.startsWith("cấp ")) continue;
            String unit = key(c.level.substring(4));
            Cluster target = null;
            for (Cluster g : clusters) {
                if (g == c || !g.group || g.into != null || isQualified(g) || g.level == null || g.level.startsWith("cấp ")
                        || !key(g.base).equals(key(c.base)) || !java.util.Arrays.asList(g.units.split(",")).contains(unit)) continue;
                if (target == null || g.mentions > target.mentions) target = g;
            }
            if (target != null) c.into = target;
        }
    }

    /** A wording the text writes out wins over expanded abbreviations, then the most frequent, then the first. */
    private static boolean better(Cluster c, Cluster b) {
        if ((c.written > 0) != (b.written > 0)) return c.written > 0;
        return c.mentions > b.mentions || (c.mentions == b.mentions && c.firstOffset < b.firstOffset);
    }

    /** The units of a group suffix in any order: "các xã, phường, đặc khu" = "phường, xã và đặc khu". */
    static String unitSet(String suffix) {
        java.util.TreeSet<String> units = new java.util.TreeSet<>();
        for (String u : key(suffix).replaceFirst("^các ", "").split(",| và |/")) {
            if (!u.isBlank()) units.add(u.strip());
        }
        return String.join(",", units);
    }

    private static boolean isQualified(Cluster c) {
        String n = key(c.name());
        return n.contains("miền núi") || n.contains("vùng cao") || n.contains("biên giới") || n.contains("vùng sâu")
                || n.contains("ven biển");
    }

    /** Bare names join the document's unit; a unit without a place joins its one placed variant. */
    private static void joinUnits(List<Cluster> clusters, String ownLevel, String issuerKey) {
        Map<String, List<Cluster>> byBase = new HashMap<>();
        for (Cluster c : clusters) if (c.into == null && !c.group) byBase.computeIfAbsent(key(c.base), k -> new ArrayList<>()).add(c);
        for (List<Cluster> same : byBase.values()) {
            if (same.size() < 2) continue;
            // a level without place → the single placed variant of that level
            Map<String, List<Cluster>> byLevel = new HashMap<>();
            for (Cluster c : same) if (c.level != null) byLevel.computeIfAbsent(c.level, k -> new ArrayList<>()).add(c);
            Map<String, Cluster> levelTarget = new HashMap<>();
            for (Map.Entry<String, List<Cluster>> e : byLevel.entrySet()) {
                List<Cluster> placed = new ArrayList<>();
                Cluster bare = null;
                Map<String, Cluster> byPlace = new HashMap<>();
                for (Cluster c : e.getValue()) {
                    if (key(c.name()).equals(key(c.base + " " + c.level))) {
                        bare = c;
                        continue;
                    }
                    // "Sở Công Thương Lào Cai" is "Sở Công Thương tỉnh Lào Cai": one place, with or without its kind
                    String name = key(c.name());
                    String place = name.substring(Math.min(name.length(), key(c.base).length())).strip();
                    boolean kindWritten = place.startsWith(c.level + " ");
                    if (kindWritten) place = place.substring(c.level.length() + 1);
                    Cluster twin = byPlace.get(place);
                    if (twin == null) {
                        byPlace.put(place, c);
                        placed.add(c);
                    } else if (kindWritten) {
                        twin.into = c;
                        placed.set(placed.indexOf(twin), c);
                        byPlace.put(place, c);
                    } else {
                        c.into = twin;
                    }
                }
                // "Ủy ban nhân dân tỉnh" is the issuer's own committee, not another province's
                boolean foreign = bare != null && placed.size() == 1 && issuerKey != null
                        && key(bare.base).equals(firstBase(issuerKey, bare)) && !key(placed.get(0).name()).equals(issuerKey);
                if (bare != null && placed.size() == 1 && !foreign) bare.into = placed.get(0);
                // a bare name is ambiguous among several places of its level, unless one is the issuer's place
                Cluster target = placed.size() == 1 ? placed.get(0) : bare;
                for (Map.Entry<String, Cluster> p : byPlace.entrySet()) {
                    if (target == null && issuerKey != null && issuerKey.endsWith(" " + e.getKey() + " " + p.getKey())) target = p.getValue();
                }
                if (target != null) levelTarget.put(e.getKey(), target);
            }
            for (Cluster c : same) {
                if (c.level != null) continue;
                Cluster t = ownLevel != null ? levelTarget.get(ownLevel) : null;
                if (t == null && byLevel.size() == 1 && levelTarget.size() == 1) t = levelTarget.values().iterator().next();
                if (t != null) c.into = t;
            }
        }
    }

    /** The issuer's base when it is a unit of this cluster's base ("ủy ban nhân dân"), else null. */
    private static String firstBase(String issuerKey, Cluster c) {
        String b = key(c.base);
        return issuerKey.startsWith(b + " ") ? b : null;
    }

    /**
     * "Mặt trận Tổ quốc" is the body the document also calls "Ủy ban Mặt trận Tổ quốc (Việt Nam)":
     * a name joins the one that adds its standing committee ("Ủy ban …") or the country ("… Việt
     * Nam") when the document writes that, and takes its wording; otherwise it stays as written.
     */
    private static void joinStandingBodies(List<Cluster> clusters) {
        Map<String, Cluster> byBase = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.into == null && !c.group) byBase.merge(key(c.base) + "|" + c.level, c, (a, b) -> a.mentions >= b.mentions ? a : b);
        }
        for (Cluster c : clusters) {
            if (c.into != null || c.group) continue;
            String k = key(c.base);
            for (String longer : new String[] {"ủy ban " + k + " việt nam", "ủy ban " + k, k + " việt nam"}) {
                Cluster b = byBase.get(longer + "|" + c.level);
                if (b == null && c.level == null) b = anyLevel(byBase, longer);
                if (b != null && b != c && b.into == null) {
                    c.into = b;
                    break;
                }
            }
        }
    }

    private static Cluster anyLevel(Map<String, Cluster> byBase, String baseKey) {
        for (Map.Entry<String, Cluster> e : byBase.entrySet()) {
            if (e.getKey().startsWith(baseKey + "|")) return e.getValue();
        }
        return null;
    }

    private static void joinTypos(List<Cluster> clusters) {
        List<Cluster> roots = new ArrayList<>();
        for (Cluster c : clusters) if (c.into == null) roots.add(c);
        for (int i = 0; i < roots.size(); i++) {
            Cluster a = roots.get(i);
            String ka = key(a.name());
            for (int j = i + 1; j < roots.size(); j++) {
                Cluster b = roots.get(j);
                if (b.into != null || a.into != null || a.group != b.group || !eq(a.level, b.level)) continue;
                String kb = key(b.name());
                int max = maxDistance(Math.min(ka.length(), kb.length()));
                if (max == 0 || Math.abs(ka.length() - kb.length()) > max || !firstWord(ka).equals(firstWord(kb))) continue;
                int d = LEVENSHTEIN.apply(ka, kb);
                if (d >= 0 && d <= max && !differsInDigits(ka, kb)) {
                    if (b.mentions > a.mentions) a.into = b; else b.into = a;
                }
            }
        }
    }

    private static boolean differsInDigits(String a, String b) {
        return !a.replaceAll("\\D", "").equals(b.replaceAll("\\D", ""));
    }

    private static String firstWord(String k) {
        int sp = k.indexOf(' ');
        return sp < 0 ? k : k.substring(0, sp);
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
