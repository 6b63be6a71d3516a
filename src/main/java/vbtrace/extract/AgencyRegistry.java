package vbtrace.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.Agency;

/**
 * Agencies across the corpus, keyed by canonical name and jurisdiction: "Sở Nội vụ" of every Lạng
 * Sơn document is one entry, Bắc Giang's another; central bodies ("Bộ Tài chính", "Chính phủ") are
 * one entry for the country. A name that carries its place ("Ủy ban nhân dân tỉnh Bắc Giang",
 * "Chi nhánh … tỉnh Bắc Giang") belongs there whatever document names it; a bare unit word of the
 * document's own level is dropped from the key ("Ban Dân tộc tỉnh" = "Ban Dân tộc"). Thread-safe.
 */
public final class AgencyRegistry {
    public static final String CENTRAL = "Trung ương";

    /** One body: its display name (the most used spelling), jurisdiction, documents and mentions. */
    public record Entry(String key, String name, String jurisdiction, int documents, int mentions) {
        /** "Sở Nội vụ (tỉnh Lạng Sơn)": a facet label that tells the provinces apart. */
        public String label() {
            return jurisdiction == null ? name : name + " (" + jurisdiction + ")";
        }
    }

    private static final Pattern PLACE = Pattern.compile(
            "\\s+((tỉnh|thành phố|huyện|thị xã|quận|xã|phường)\\s+\\p{Lu}[\\p{L}\\p{M}]*(\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,3})$");
    private static final Pattern BARE_LEVEL = Pattern.compile("\\s+(tỉnh|thành phố|huyện|thị xã|quận|xã|phường)$");

    private final AgencyLexicon lex;
    private final Map<String, Acc> entries = new LinkedHashMap<>();

    private static final class Acc {
        final String jurisdiction;
        final Map<String, Integer> spellings = new HashMap<>();
        int documents, mentions;

        Acc(String jurisdiction) {
            this.jurisdiction = jurisdiction;
        }
    }

    public AgencyRegistry() {
        this(AgencyLexicon.standard());
    }

    AgencyRegistry(AgencyLexicon lex) {
        this.lex = lex;
    }

    /** Adds one document's agencies; {@code jurisdiction} is the document's ("tỉnh Lạng Sơn"), may be null. */
    public synchronized void addDocument(List<Agency> agencies, String jurisdiction) {
        for (Agency a : agencies) {
            Resolved r = resolve(a.name(), jurisdiction);
            Acc acc = entries.computeIfAbsent(r.key, k -> new Acc(r.jurisdiction));
            acc.documents++;
            acc.mentions += a.mentions();
            acc.spellings.merge(r.name, a.mentions() + 1, Integer::sum);
        }
    }

    /** The entry a name of a document with this jurisdiction belongs to. */
    public synchronized Optional<Entry> find(String name, String jurisdiction) {
        Resolved r = resolve(name, jurisdiction);
        Acc acc = entries.get(r.key);
        return acc == null ? Optional.empty() : Optional.of(entry(r.key, acc));
    }

    /** The registry key of a name as named in a document of this jurisdiction. */
    public String key(String name, String jurisdiction) {
        return resolve(name, jurisdiction).key;
    }

    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Map.Entry<String, Acc> e : entries.entrySet()) out.add(entry(e.getKey(), e.getValue()));
        return out;
    }

    private static Entry entry(String key, Acc acc) {
        String name = acc.spellings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(key);
        return new Entry(key, name, acc.jurisdiction, acc.documents, acc.mentions);
    }

    private record Resolved(String key, String name, String jurisdiction) {}

    private Resolved resolve(String name, String docJurisdiction) {
        String n = name.strip();
        AgencyLexicon.Known known = lex.knownByKey.get(AgencyNames.key(n));
        if (known != null && known.central()) return new Resolved(AgencyNames.key(known.name()) + "|" + CENTRAL, known.name(), CENTRAL);
        String jurisdiction = docJurisdiction;
        Matcher m = PLACE.matcher(n);
        if (m.find()) {
            jurisdiction = m.group(1);
            n = n.substring(0, m.start()) + " " + m.group(2); // keep the unit word: "Ủy ban nhân dân tỉnh"
        }
        String display = n;
        String level = jurisdiction == null ? null : levelOf(jurisdiction);
        Matcher b = BARE_LEVEL.matcher(n);
        String base = n;
        if (b.find() && b.group(1).equals(level) && !isUnitBody(n.substring(0, b.start()))) base = n.substring(0, b.start());
        String j = jurisdiction == null ? "" : AgencyNames.key(jurisdiction.replaceAll("\\s*\\(.*\\)$", ""));
        return new Resolved(AgencyNames.key(base) + "|" + j, display, jurisdiction);
    }

    /** "Ủy ban nhân dân", "Hội đồng nhân dân": the unit word is the body's identity, never dropped. */
    private static boolean isUnitBody(String base) {
        String k = AgencyNames.key(base);
        return k.equals("ủy ban nhân dân") || k.equals("hội đồng nhân dân") || k.endsWith("ủy ban nhân dân")
                || k.endsWith("hội đồng nhân dân");
    }

    private static String levelOf(String jurisdiction) {
        for (String level : new String[] {"thành phố", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường"}) {
            if (jurisdiction.startsWith(level + " ")) return level;
        }
        return null;
    }
}
