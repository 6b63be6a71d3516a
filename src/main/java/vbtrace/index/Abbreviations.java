package vbtrace.index;

import vbtrace.DataFiles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.text.Canonical;

/** Expands the abbreviations of {@code abbreviations.tsv} ("UBND" → "Ủy ban nhân dân") in filter values. */
final class Abbreviations {
    private Abbreviations() {}

    private static final Map<String, String> FULL = load();
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}.]+(?![\\p{L}\\p{N}])");

    static String expand(String value) {
        String v = Canonical.forMatching(value);
        Matcher m = WORD.matcher(v);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String full = FULL.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(full != null ? full : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> load() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : DataFiles.lines("/vbtrace/index/abbreviations.tsv")) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2) map.put(Canonical.forMatching(parts[0].strip()), Canonical.forMatching(parts[1].strip()));
        }
        return map;
    }
}
