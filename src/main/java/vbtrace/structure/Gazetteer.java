package vbtrace.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Vietnamese administrative units before and after the 2025 reorganization (63 provinces with their
 * districts; 34 provinces after), loaded from the data files {@code admin-units-*.tsv}.
 *
 * <p>Names are matched ignoring case, tone placement ("Hoà Bình" = "Hòa Bình"), dashes and spacing;
 * when that finds nothing, ignoring diacritics too ("Bao Yen", "Đăk Hà" = "Đắk Hà"). A name can be
 * ambiguous: "Châu Thành" is a district in ten provinces, "Lào Cai" a province before and after
 * 1 July 2025 and a provincial city. Lookups then return every candidate (provinces first, then by
 * validity); narrow them with a year or date and with {@link #within(List, String)} a province hint.
 *
 * <p>Entry points: {@link #lookup(String, Integer)} for a phrase ("Tỉnh ủy Lào Cai", "H. Bảo Yên"),
 * {@link #scan(String, Integer)} for running text, {@link #jurisdiction(String, Integer, String)} for the
 * extraction format's jurisdiction string, {@link #provinceOf}, {@link #successor} and {@link #current} to
 * follow a unit through the 2025 reorganization.
 */
public final class Gazetteer {
    private static final Set<String> PROVINCE_KINDS = Set.of("tỉnh", "thành phố");
    private static final Set<String> DISTRICT_KINDS = Set.of("huyện", "quận", "thị xã", "thành phố");
    /** Between a district and the province that locates it: "huyện X, tỉnh Y", "huyện X (tỉnh Y)", "huyện X thuộc tỉnh Y". */
    private static final Pattern PROVINCE_SEPARATOR = Pattern.compile(" ?(?:[,(]|thuộc)? ?");

    private static final Gazetteer STANDARD = load("admin-units-provinces.tsv", "admin-units-districts.tsv");

    /** A unit with the exact dates and links of its data row. */
    private record Entry(AdminUnit unit, LocalDate from, LocalDate until, String successor, List<String> aliases) {
        boolean validOn(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (until == null || d.isBefore(until));
        }

        boolean overlaps(Entry o) {
            return (from == null || o.until == null || from.isBefore(o.until))
                    && (o.from == null || until == null || o.from.isBefore(until));
        }
    }

    /**
     * A unit named in running text: the kind word and the name ("Tỉnh ủy Lào Cai", "UBND huyện Bảo Yên"
     * gives "huyện Bảo Yên"), with the units it can be, best first.
     *
     * @param start  offset of the kind word in the scanned text
     * @param end    offset just after the name
     * @param text   the text between them as written
     * @param kind   the kind the word names ("tỉnh" for "Tỉnh ủy", "thành phố" for "TP.")
     * @param name   the unit's proper name as the gazetteer spells it
     * @param units  candidates, never empty
     */
    public record Match(int start, int end, String text, String kind, String name, List<AdminUnit> units) {
        public AdminUnit unit() {
            return units.get(0);
        }

        public boolean ambiguous() {
            return units.size() > 1;
        }
    }

    private final List<Entry> entries;
    private final Map<AdminUnit, Entry> byUnit = new HashMap<>();
    private final Names exact;
    private final Names folded;

    private Gazetteer(List<Entry> entries, Map<String, String> kindWords) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            if (byUnit.put(e.unit(), e) != null) throw new IllegalStateException("duplicate unit " + e.unit());
        }
        this.exact = new Names(entries, kindWords, false);
        this.folded = new Names(entries, kindWords, true);
    }

    public static Gazetteer standard() {
        return STANDARD;
    }

    /** A gazetteer from data files in this package's resource folder (same format as the standard ones). */
    public static Gazetteer load(String... resources) {
        List<Entry> entries = new ArrayList<>();
        for (String r : resources) {
            for (String[] row : readTsv(r, 7)) entries.add(entry(r, row));
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String[] row : readTsv("admin-kind-words.tsv", 2)) kinds.put(row[0], row[1]);
        Gazetteer g = new Gazetteer(entries, kinds);
        g.checkLinks();
        return g;
    }

    /** Every unit, in data file order. */
    public List<AdminUnit> units() {
        return entries.stream().map(Entry::unit).toList();
    }

    /** Units of both levels that existed on {@code date}. */
    public List<AdminUnit> units(LocalDate date) {
        return entries.stream().filter(e -> e.validOn(date)).map(Entry::unit).toList();
    }

    /** Province-level units that existed on {@code date} (63 on 2025-06-30, 34 on 2025-07-01). */
    public List<AdminUnit> provinces(LocalDate date) {
        return entries.stream().filter(e -> e.unit().isProvince() && e.validOn(date)).map(Entry::unit).toList();
    }

    /** District-level units of a province-level unit, as they stood during its existence. */
    public List<AdminUnit> districts(AdminUnit province) {
        Entry p = entry(province);
        return entries.stream()
                .filter(e -> province.name().equals(e.unit().province()) && e.overlaps(p))
                .map(Entry::unit)
                .toList();
    }

    /** Units with this name ("Bảo Yên", "Lạng Sơn", an alias such as "HCM"), valid in {@code year} when given. */
    public List<AdminUnit> find(String name, Integer year) {
        return ordered(candidates(name)).stream().filter(u -> u.validIn(year)).toList();
    }

    /** Units with this name that existed on {@code date}. */
    public List<AdminUnit> find(String name, LocalDate date) {
        return ordered(candidates(name)).stream().filter(u -> entry(u).validOn(date)).toList();
    }

    /**
     * The province-level unit with this name ("Lạng Sơn", also "tỉnh Lạng Sơn", "TP. Hồ Chí Minh") valid in
     * {@code year}. In 2025 two units can share a name (Lào Cai before and after 1 July): the earlier one
     * is returned; use {@link #province(String, LocalDate)} for the exact one. A name no longer in use in
     * that year ("Bắc Giang" in 2026) gives the last unit that bore it, since documents still cite it.
     */
    public Optional<AdminUnit> province(String name, Integer year) {
        List<AdminUnit> all = lookup(name, (Integer) null).stream().filter(AdminUnit::isProvince).toList();
        if (year == null) return all.stream().findFirst();
        return all.stream().filter(u -> u.validIn(year)).findFirst()
                .or(() -> all.stream().filter(u -> u.validFrom() == null || u.validFrom() <= year).reduce((a, b) -> b));
    }

    /** The province-level unit with this name on {@code date}, or the last one before it. */
    public Optional<AdminUnit> province(String name, LocalDate date) {
        List<AdminUnit> all = lookup(name, (Integer) null).stream().filter(AdminUnit::isProvince).toList();
        return all.stream().filter(u -> entry(u).validOn(date)).findFirst()
                .or(() -> all.stream().filter(u -> entry(u).from() == null || !entry(u).from().isAfter(date))
                        .max(Comparator.comparing(u -> entry(u).from() == null ? LocalDate.MIN : entry(u).from())));
    }

    /**
     * Units named by a phrase as documents write it: "tỉnh Lạng Sơn", "TP. Hồ Chí Minh", "thành phố Hà Nội",
     * "huyện Bảo Yên", "H. Bảo Yên", "Tỉnh ủy Lào Cai", "UBND huyện Bảo Yên", or a bare name. The kind word
     * selects among same-named units ("thành phố Lào Cai" is the provincial city, "tỉnh Lào Cai" the
     * province); a kind word that fits none (a town since made a city) is ignored. Units valid in
     * {@code year} come first; if none is, all are returned (a document can cite a former unit).
     */
    public List<AdminUnit> lookup(String phrase, Integer year) {
        Hit h = hit(phrase);
        return h == null ? List.of() : preferValid(h.units, year);
    }

    private Hit hit(String phrase) {
        if (phrase == null || phrase.isBlank()) return null;
        Hit h = exact.lookup(phrase);
        return h != null ? h : folded.lookup(phrase);
    }

    /** {@link #lookup(String, Integer)} narrowed to units of the hinted province ("Lào Cai", "tỉnh An Giang"). */
    public List<AdminUnit> lookup(String phrase, Integer year, String provinceHint) {
        return within(lookup(phrase, year), provinceHint);
    }

    /**
     * The candidates that belong to the hinted province: the province itself or a district of it ("Châu Thành"
     * with hint "Tiền Giang"); failing that, a unit of a former province the hinted one absorbed ("Châu Thành"
     * with hint "Vĩnh Long": those of Bến Tre and Trà Vinh, merged into Vĩnh Long in 2025). Returns the list
     * unchanged when the hint names no province or fits none of the candidates.
     */
    public List<AdminUnit> within(List<AdminUnit> units, String provinceHint) {
        if (provinceHint == null || units.size() < 2) return units;
        List<AdminUnit> kept = strictlyWithin(units, provinceHint);
        return kept.isEmpty() ? units : kept;
    }

    private List<AdminUnit> strictlyWithin(List<AdminUnit> units, String provinceHint) {
        Set<String> hinted = lookup(provinceHint, (Integer) null).stream()
                .filter(AdminUnit::isProvince).map(AdminUnit::name).collect(Collectors.toSet());
        List<AdminUnit> direct = units.stream().filter(u -> hinted.contains(u.isProvince() ? u.name() : u.province())).toList();
        if (!direct.isEmpty()) return direct;
        return units.stream().filter(u -> current(u).map(c -> hinted.contains(c.name())).orElse(false)).toList();
    }

    /** The province a district-level unit belonged to (the one existing alongside it); a province gives itself. */
    public Optional<AdminUnit> provinceOf(AdminUnit unit, Integer year) {
        if (unit.isProvince()) return Optional.of(unit);
        Entry d = entry(unit);
        List<Entry> ps = entries.stream()
                .filter(e -> e.unit().isProvince() && e.unit().name().equals(unit.province()) && e.overlaps(d))
                .toList();
        return ps.stream().filter(e -> e.unit().validIn(year)).findFirst().or(() -> ps.stream().findFirst())
                .map(Entry::unit);
    }

    /**
     * The province-level unit that took this one over when it ceased (Yên Bái → Lào Cai from 1 July 2025,
     * Thừa Thiên Huế → Huế from 1 January 2025); empty for a unit still current or a district.
     */
    public Optional<AdminUnit> successor(AdminUnit province) {
        Entry e = entry(province);
        if (e.successor() == null) return Optional.empty();
        return entries.stream()
                .filter(s -> s.unit().isProvince() && s.unit().name().equals(e.successor()) && s.validOn(e.until()))
                .map(Entry::unit).findFirst();
    }

    /** The province-level units that merged into this one (for the new Lào Cai: the old Lào Cai and Yên Bái). */
    public List<AdminUnit> predecessors(AdminUnit province) {
        return entries.stream().filter(e -> e.unit().isProvince()).filter(e -> successor(e.unit()).map(province::equals).orElse(false))
                .map(Entry::unit).toList();
    }

    /** The current province-level unit covering this unit: Bảo Yên → Lào Cai (new), Bắc Giang → Bắc Ninh. */
    public Optional<AdminUnit> current(AdminUnit unit) {
        Optional<AdminUnit> p = provinceOf(unit, null);
        for (int guard = 0; p.isPresent() && guard < 10; guard++) {
            Optional<AdminUnit> next = successor(p.get());
            if (next.isEmpty()) return entry(p.get()).until() == null ? p : Optional.empty();
            p = next;
        }
        return Optional.empty();
    }

    /**
     * The jurisdiction string as the extraction format writes it: "tỉnh Lạng Sơn", "thành phố Hà Nội",
     * "huyện Bảo Yên (tỉnh Lào Cai)", "thành phố Lạng Sơn (tỉnh Lạng Sơn)", "quận Ba Đình (thành phố Hà Nội)".
     */
    public String jurisdiction(AdminUnit unit) {
        if (unit.isProvince()) return unit.label();
        String kind = provinceOf(unit, null).map(AdminUnit::kind).orElse("tỉnh");
        return unit.jurisdiction(kind);
    }

    /**
     * The jurisdiction string of the unit a phrase names ("UBND tỉnh Lạng Sơn" → "tỉnh Lạng Sơn",
     * "Huyện ủy Bảo Yên" → "huyện Bảo Yên (tỉnh Lào Cai)"), or empty when the phrase names no unit or
     * units with different jurisdiction strings ("huyện Châu Thành" without a province hint).
     */
    public Optional<String> jurisdiction(String phrase, Integer year, String provinceHint) {
        Hit h = hit(phrase);
        if (h == null) return Optional.empty();
        List<String> all = within(preferValid(h.units, year), provinceHint).stream()
                .map(u -> jurisdiction(u, h.kind)).distinct().toList();
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /**
     * The jurisdiction of a unit found in text, with the kind word the text used for a district-level unit:
     * a document of 2018 from "thị xã Dĩ An" keeps "thị xã Dĩ An (tỉnh Bình Dương)" though Dĩ An has been
     * a city since 2020 (the data keeps a unit's last kind only).
     */
    public String jurisdiction(Match match) {
        return jurisdiction(match.unit(), match.kind());
    }

    private String jurisdiction(AdminUnit unit, String writtenKind) {
        if (unit.isProvince() || writtenKind == null || !DISTRICT_KINDS.contains(writtenKind)) return jurisdiction(unit);
        String provinceKind = provinceOf(unit, null).map(AdminUnit::kind).orElse("tỉnh");
        return new AdminUnit(unit.name(), writtenKind, unit.province(), unit.validFrom(), unit.validTo()).jurisdiction(provinceKind);
    }

    /** Units named with their kind word in running text, in text order; see {@link Match}. */
    public List<Match> scan(String text) {
        return scan(text, null);
    }

    /**
     * Units named with their kind word in running text ("của Tỉnh ủy Lào Cai", "UBND huyện Bảo Yên",
     * "TP. Hồ Chí Minh"), candidates valid in {@code year} first. The name must start with a capital
     * letter or a digit (so "tỉnh, thành phố" or "huyện nghèo" are not names). A province named right
     * after a district ("huyện Châu Thành, tỉnh An Giang", "… thuộc tỉnh An Giang") narrows the district's candidates.
     */
    public List<Match> scan(String text, Integer year) {
        if (text == null || text.isEmpty()) return List.of();
        MatchingText mt = MatchingText.of(text, false);
        List<Match> out = new ArrayList<>();
        Matcher m = exact.kindPattern.matcher(mt.text);
        int pos = 0;
        while (pos < mt.text.length() && m.find(pos)) {
            Hit hit = nameAt(mt, m.start());
            if (hit == null) {
                pos = m.start() + 1;
                continue;
            }
            List<AdminUnit> units = preferValid(hit.units, year);
            if (!units.get(0).isProvince()) {
                Hit p = provinceRightAfter(mt, hit.end);
                if (p != null) units = narrow(units, hit.sameLevel, p.name);
            }
            int s = mt.originalStart(hit.start);
            int e = mt.originalEnd(hit.end);
            out.add(new Match(s, e, text.substring(s, e), hit.kind, hit.name, units));
            pos = hit.end;
        }
        return out;
    }

    /** A kind word and a name at {@code at}, spelled exactly or, failing that, without diacritics ("Đăk Hà"). */
    private Hit nameAt(MatchingText mt, int at) {
        Matcher k = exact.kindPattern.matcher(mt.text).region(at, mt.text.length());
        if (!k.lookingAt()) return null;
        Hit h = exact.nameAfter(mt, k, true);
        if (h != null || !capitalAfter(mt, k.end())) return h;
        MatchingText f = mt.folded();
        k = folded.kindPattern.matcher(f.text).region(at, f.text.length());
        return k.lookingAt() ? folded.nameAfter(f, k, true) : null;
    }

    /** Whether a word starting with a capital or a digit follows the kind word ending at {@code i}. */
    private static boolean capitalAfter(MatchingText mt, int i) {
        if (i < mt.text.length() && mt.text.charAt(i) == ' ') i++;
        return i < mt.text.length() && startsName(mt.originalChar(i));
    }

    private static boolean startsName(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private Hit provinceRightAfter(MatchingText mt, int end) {
        Matcher after = PROVINCE_SEPARATOR.matcher(mt.text).region(end, mt.text.length());
        if (!after.lookingAt()) return null;
        Hit h = nameAt(mt, after.end());
        return h != null && h.units.get(0).isProvince() ? h : null;
    }

    /**
     * A district's candidates narrowed by the province named after it; if none of them is in that province,
     * a same-named unit of another district kind may be (an old "huyện Phước Long, tỉnh Bình Phước" is
     * today's thị xã Phước Long).
     */
    private List<AdminUnit> narrow(List<AdminUnit> units, List<AdminUnit> sameLevel, String province) {
        List<AdminUnit> kept = strictlyWithin(units, province);
        if (kept.isEmpty()) kept = strictlyWithin(sameLevel, province);
        return kept.isEmpty() ? units : kept;
    }

    // ---------------------------------------------------------------------------------------------

    private record Hit(int start, int end, String kind, String name, List<AdminUnit> units, List<AdminUnit> sameLevel) {}

    /** The names (and aliases) in one matching form, exact or without diacritics, with the kind words. */
    private static final class Names {
        final boolean folded;
        final Map<String, List<Entry>> byKey = new HashMap<>();
        /** Keys by their first word, longest first, for matching at a position in running text. */
        final Map<String, List<String>> byFirstWord = new HashMap<>();
        final Map<String, String> kindOfWord = new HashMap<>();
        final Pattern kindPattern;

        Names(List<Entry> entries, Map<String, String> kindWords, boolean folded) {
            this.folded = folded;
            for (Entry e : entries) {
                List<String> names = new ArrayList<>();
                names.add(e.unit().name());
                names.addAll(e.aliases());
                for (String n : names) {
                    String k = MatchingText.key(n, folded);
                    List<Entry> list = byKey.computeIfAbsent(k, x -> new ArrayList<>());
                    if (!list.contains(e)) list.add(e);
                }
            }
            for (String k : byKey.keySet()) byFirstWord.computeIfAbsent(firstWord(k, 0), x -> new ArrayList<>()).add(k);
            byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
            kindWords.forEach((w, kind) -> kindOfWord.put(MatchingText.key(w, folded), kind));
            String alternatives = kindOfWord.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            String firstLetters = kindOfWord.keySet().stream().map(w -> Pattern.quote(w.substring(0, 1))).distinct()
                    .collect(Collectors.joining("|"));
            // The look-ahead on first letters lets the matcher skip most positions cheaply.
            kindPattern = Pattern.compile("(?=" + firstLetters + ")(?<![\\p{L}\\p{N}'])(" + alternatives + ")");
        }

        static String firstWord(String s, int at) {
            int i = at;
            while (i < s.length() && MatchingText.isWordChar(s.charAt(i))) i++;
            return s.substring(at, i);
        }

        /** The unit name right after the kind word matched by {@code m}, or null. */
        Hit nameAfter(MatchingText mt, Matcher m, boolean needCapital) {
            String s = mt.text;
            String word = m.group(1);
            int q = m.end();
            if (q < s.length() && s.charAt(q) == ' ') q++;
            else if (!word.endsWith(".")) return null;
            List<String> keys = byFirstWord.get(firstWord(s, q));
            if (keys == null) return null;
            if (needCapital && !startsName(mt.originalChar(q))) return null;
            for (String k : keys) {
                int end = q + k.length();
                if (!s.startsWith(k, q) || (end < s.length() && MatchingText.isWordChar(s.charAt(end)))) continue;
                // Without diacritics a one-word name is too easily a common word ("tỉnh Chủ trì" is not Chũ).
                if (folded && k.indexOf(' ') < 0) continue;
                String kind = kindOfWord.get(word);
                // "Quận 1" is a name; "huyện 1", "h.1" are list markers.
                if (Character.isDigit(k.charAt(0)) && !kind.equals("quận")) continue;
                List<Entry> all = byKey.get(k);
                List<Entry> fit = ofKind(all, kind);
                if (fit.isEmpty()) continue;
                List<Entry> level = all.stream().filter(e -> e.unit().isProvince() == fit.get(0).unit().isProvince()).toList();
                return new Hit(m.start(), end, kind, fit.get(0).unit().name(), ordered(fit), ordered(level));
            }
            return null;
        }

        /**
         * The units a whole phrase names: a kind word whose name runs to the phrase's end, or a bare name
         * (kind null); null when it names none.
         */
        Hit lookup(String phrase) {
            MatchingText mt = MatchingText.of(phrase.trim(), folded);
            String s = mt.text.trim();
            Matcher m = kindPattern.matcher(s);
            Hit best = null;
            boolean kindWordFirst = false;
            while (m.find()) {
                kindWordFirst |= m.start() == 0;
                Hit h = nameAfter(mt, m, false);
                if (h != null && h.end == s.length()) best = h;
            }
            if (best != null) return best;
            if (kindWordFirst && folded) return null; // "tỉnh Gia" is not "Tĩnh Gia"
            List<Entry> bare = byKey.get(s);
            if (bare == null && s.endsWith(".")) bare = byKey.get(s.substring(0, s.length() - 1));
            return bare == null ? null : new Hit(0, s.length(), null, bare.get(0).unit().name(), ordered(bare), ordered(bare));
        }

        /**
         * Same-named units of the kind the word names; if none is of that kind, those of the same level
         * (a town since made a city); never a district for "tỉnh" nor a province for "huyện".
         */
        static List<Entry> ofKind(List<Entry> units, String kind) {
            List<Entry> fit = units.stream().filter(e -> e.unit().kind().equals(kind)).toList();
            if (!fit.isEmpty() || kind.equals("thành phố")) return fit;
            boolean provinceWord = kind.equals("tỉnh");
            return units.stream().filter(e -> e.unit().isProvince() == provinceWord).toList();
        }
    }

    private List<Entry> candidates(String name) {
        if (name == null) return List.of();
        List<Entry> l = exact.byKey.get(MatchingText.key(name, false));
        if (l == null) l = folded.byKey.get(MatchingText.key(name, true));
        return l == null ? List.of() : l;
    }

    /** Provinces first, then older units first. */
    private static List<AdminUnit> ordered(List<Entry> entries) {
        return entries.stream()
                .sorted(Comparator.comparing((Entry e) -> !e.unit().isProvince())
                        .thenComparing(e -> e.from() == null ? LocalDate.MIN : e.from()))
                .map(Entry::unit).toList();
    }

    private static List<AdminUnit> preferValid(List<AdminUnit> units, Integer year) {
        if (year == null) return units;
        List<AdminUnit> valid = units.stream().filter(u -> u.validIn(year)).toList();
        return valid.isEmpty() ? units : valid;
    }

    private Entry entry(AdminUnit unit) {
        Entry e = byUnit.get(unit);
        if (e == null) throw new IllegalArgumentException("not a unit of this gazetteer: " + unit);
        return e;
    }

    /** Every district's province and every successor must exist alongside it. */
    private void checkLinks() {
        for (Entry e : entries) {
            if (!e.unit().isProvince() && provinceOf(e.unit(), null).isEmpty())
                throw new IllegalStateException("gazetteer: " + e.unit().label() + " names an unknown province " + e.unit().province());
            if (e.successor() != null && successor(e.unit()).isEmpty())
                throw new IllegalStateException("gazetteer: " + e.unit().label() + " names an unknown successor " + e.successor());
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Data rows of a TSV resource (comments and the header line skipped), its line number appended. */
    private static List<String[]> readTsv(String resource, int columns) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("gazetteer data file missing from the classpath: " + resource);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = Normalizer.normalize(line, Normalizer.Form.NFC).split("\t", -1);
                if (cells.length > columns) throw new IllegalStateException(resource + ":" + n + ": more than " + columns + " columns");
                String[] f = Arrays.copyOf(cells, columns + 1);
                for (int i = 0; i < columns; i++) f[i] = f[i] == null || f[i].isBlank() ? null : f[i].strip();
                if (f[0] == null || f[1] == null) throw new IllegalStateException(resource + ":" + n + ": name or kind missing");
                f[columns] = Integer.toString(n);
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rows;
    }

    private static Entry entry(String resource, String[] f) {
        String where = resource + ":" + f[7];
        boolean province = f[2] == null;
        if (!(province ? PROVINCE_KINDS : DISTRICT_KINDS).contains(f[1]))
            throw new IllegalStateException(where + ": kind '" + f[1] + "' is not a " + (province ? "province" : "district") + " kind");
        LocalDate from = date(f[3], where);
        LocalDate until = date(f[4], where);
        Integer fromYear = from == null ? null : from.getYear();
        Integer toYear = until == null ? null : until.minusDays(1).getYear();
        AdminUnit u = new AdminUnit(f[0], f[1], f[2], fromYear, toYear);
        List<String> aliases = f[6] == null ? List.of() : Arrays.stream(f[6].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        return new Entry(u, from, until, f[5], aliases);
    }

    private static LocalDate date(String s, String where) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": not an ISO date: " + s);
        }
    }

    @Override
    public String toString() {
        return "Gazetteer[" + entries.size() + " units]";
    }
}
