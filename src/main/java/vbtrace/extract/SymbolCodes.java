package vbtrace.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes that make up document symbols: their official spelling ({@code symbol-case.txt}) and
 * which of them are local, i.e. unique only within a jurisdiction ({@code local-symbols.txt}).
 */
public final class SymbolCodes {
    /** Which jurisdiction scopes a local symbol when the mention itself names none. */
    public enum ScopeLevel { PROVINCE, DISTRICT, ISSUER }

    private static final SymbolCodes STANDARD = new SymbolCodes();
    private static final Pattern LETTERS_DIGITS = Pattern.compile("(\\D+)(\\d*)");

    private final Map<String, String> officialCase = new HashMap<>();
    private final Map<String, ScopeLevel> localCodes = new HashMap<>();
    private final List<Map.Entry<Pattern, ScopeLevel>> localPatterns = new ArrayList<>();

    public static SymbolCodes standard() {
        return STANDARD;
    }

    private SymbolCodes() {
        for (String code : ReferenceData.lines("symbol-case.txt")) officialCase.put(upper(code), code);
        for (String line : ReferenceData.lines("local-symbols.txt")) {
            String[] f = line.split("\t");
            ScopeLevel level = ScopeLevel.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
            if (f[0].startsWith("~")) localPatterns.add(Map.entry(Pattern.compile(f[0].substring(1)), level));
            else localCodes.put(upper(f[0]), level);
        }
    }

    /** "TTG" → "TTg", "qh14" → "QH14"; a code not in the table keeps its spelling. */
    public String officialCase(String code) {
        String known = officialCase.get(upper(code));
        if (known != null) return known;
        Matcher m = LETTERS_DIGITS.matcher(code);
        if (m.matches() && !m.group(2).isEmpty()) {
            String letters = officialCase.get(upper(m.group(1)));
            if (letters != null) return letters + m.group(2);
        }
        return code;
    }

    public boolean isKnown(String code) {
        return officialCase.containsKey(upper(code));
    }

    /** The scope level of an id's symbol: the first local code among its parts, empty when national. */
    public Optional<ScopeLevel> scopeLevel(String id) {
        for (String code : symbolCodes(id)) {
            ScopeLevel level = localCodes.get(upper(code));
            if (level != null) return Optional.of(level);
            for (Map.Entry<Pattern, ScopeLevel> p : localPatterns) {
                if (p.getKey().matcher(code).matches()) return Optional.of(p.getValue());
            }
        }
        return Optional.empty();
    }

    /** The codes of a canonical id after its number (and year): "1364-KL/TU" → [KL, TU]. */
    static List<String> symbolCodes(String id) {
        List<String> out = new ArrayList<>();
        for (String part : id.split("[-/]")) {
            if (!part.isEmpty() && !Character.isDigit(part.charAt(0))) out.add(part);
        }
        return out;
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
