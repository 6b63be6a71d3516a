package vbtrace.extract;

import vbtrace.DataFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of agency recognition, loaded once from {@code vbtrace/extract/agencies/}:
 * canonical names and their aliases, abbreviations, name heads, generic classes, positions,
 * the lower-case words that end a name, unit kinds and group qualifiers.
 */
public final class AgencyLexicon {
    /** A known body: its canonical spelling and whether it is central (no jurisdiction of its own). */
    public record Known(String name, boolean central) {}

    /** OPEN takes a body ("Sở" + "Tài chính"); COMPLETE is a name alone; UNIT is a name only with a unit ("Thuế" + "tỉnh"). */
    public enum HeadKind { OPEN, COMPLETE, UNIT }

    private static final String DIR = "/vbtrace/extract/agencies/";
    private static final AgencyLexicon STANDARD = new AgencyLexicon();

    final TokenTrie<List<AgencyToken>> abbreviations = new TokenTrie<>();
    final TokenTrie<Known> names = new TokenTrie<>();
    final TokenTrie<HeadKind> heads = new TokenTrie<>();
    final TokenTrie<Boolean> positions = new TokenTrie<>();
    final TokenTrie<Boolean> levels = new TokenTrie<>();
    final TokenTrie<Boolean> qualifiers = new TokenTrie<>();
    /** Party committees of a unit and that unit's kind: "Huyện ủy" + "Bảo Yên" is the committee of huyện Bảo Yên. */
    final Map<String, String> unitCommittees = new HashMap<>();
    /** Words around a name that make it a class of bodies: "lực lượng Công an xã", "Hội đồng nhân dân cùng cấp". */
    final List<List<String>> classBefore = new ArrayList<>();
    final List<List<String>> classBeforeRemit = new ArrayList<>();
    final TokenTrie<Boolean> classAfter = new TokenTrie<>();
    /** Heads also written in lower case before a capitalized body ("Giao phòng Quản lý công nghiệp …"). */
    final TokenTrie<Boolean> lowerHeads = new TokenTrie<>();
    /** Party committee heads that take the name of the body they sit in ("Đảng ủy" + "Quốc hội"). */
    final TokenTrie<Boolean> partyCommittees = new TokenTrie<>();
    final Set<String> generic = new HashSet<>();
    /** Lower-case words and phrases that end an open name. */
    final TokenTrie<Boolean> stops = new TokenTrie<>();
    /** Heads of bodies named by their remit, in lower case: "Ban Chỉ đạo quốc gia về dữ liệu" ({@code topical-heads.txt}). */
    final TokenTrie<Boolean> topicalHeads = new TokenTrie<>();
    /** Words that end such a remit, true for those that end it only after its first word ({@code remit-stops.txt}). */
    final TokenTrie<Boolean> remitStops = new TokenTrie<>();
    /** Canonical names by key, for spelling correction by similarity. */
    final Map<String, Known> knownByKey = new HashMap<>();

    public static AgencyLexicon standard() {
        return STANDARD;
    }

    private AgencyLexicon() {
        Map<String, Known> canonical = new HashMap<>();
        for (String[] row : rows("names.tsv")) {
            Known k = new Known(row[0], row.length > 1 && row[1].equals("C"));
            canonical.put(row[0], k);
            addName(row[0], k);
        }
        for (String[] row : rows("aliases.tsv")) {
            Known k = canonical.get(row[1]);
            if (k == null) throw new IllegalStateException("aliases.tsv: unknown canonical name " + row[1]);
            addName(row[0], k);
        }
        for (String[] row : rows("abbreviations.tsv")) {
            List<AgencyToken> expansion = AgencyTokenizer.tokenize(row[1]);
            List<String> keys = new ArrayList<>();
            for (AgencyToken t : AgencyTokenizer.tokenize(row[0])) keys.add(AgencyAbbreviations.matchKey(t));
            abbreviations.put(keys, expansion);
        }
        for (String[] row : rows("heads.tsv")) {
            heads.put(keys(row[0]), HeadKind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)));
        }
        for (String[] row : rows("positions.txt")) positions.put(keys(row[0]), true);
        for (String[] row : rows("levels.txt")) levels.put(keys(row[0]), true);
        for (String[] row : rows("group-qualifiers.txt")) qualifiers.put(keys(row[0]), true);
        for (String[] row : rows("party-committees.txt")) partyCommittees.put(keys(row[0]), true);
        for (String[] row : rows("unit-committees.tsv")) unitCommittees.put(AgencyNames.key(row[0]), row[1]);
        for (String[] row : rows("lower-case-heads.txt")) lowerHeads.put(keys(row[0]), true);
        for (String[] row : rows("class-context.tsv")) {
            switch (row[1]) {
                case "before" -> classBefore.add(keys(row[0]));
                case "before-remit" -> classBeforeRemit.add(keys(row[0]));
                default -> classAfter.put(keys(row[0]), true);
            }
        }
        for (String[] row : rows("generic.txt")) generic.add(AgencyNames.key(expand(row[0])));
        for (String[] row : rows("name-stops.txt")) stops.put(keys(row[0]), true);
        for (String[] row : rows("topical-heads.txt")) topicalHeads.put(keys(row[0]), true);
        for (String[] row : rows("remit-stops.txt")) remitStops.put(keys(row[0]), row.length > 1 && row[1].equals("inside"));
    }

    private void addName(String name, Known k) {
        List<AgencyToken> toks = expandTokens(AgencyTokenizer.tokenize(name));
        names.put(TokenTrie.keys(toks), k);
        knownByKey.putIfAbsent(AgencyNames.key(name), k);
    }

    private static List<String> keys(String s) {
        return TokenTrie.keys(AgencyTokenizer.tokenize(s));
    }

    /** Tokens with abbreviations replaced by their expansions. */
    private List<AgencyToken> expandTokens(List<AgencyToken> tokens) {
        return AgencyAbbreviations.expand(tokens, abbreviations, null);
    }

    private String expand(String s) {
        StringBuilder b = new StringBuilder();
        for (AgencyToken t : expandTokens(AgencyTokenizer.tokenize(s))) b.append(t.display()).append(' ');
        return b.toString().trim();
    }

    private static List<String[]> rows(String file) {
        return new ArrayList<>(DataFiles.lines(DIR + file).stream().map(l -> l.strip().split("\t")).toList());
    }
}
