package vbtrace.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vbtrace.text.Canonical;

/**
 * The official document types (data file {@code document-types.tsv}): codes, names, the type
 * words printed as the document's heading, and the codes used inside number symbols.
 */
public final class DocumentTypes {
    /** A document type: its code ("KH"), name ("Kế hoạch"), heading words and symbol codes. */
    public record Type(String code, String name, List<String> headings, List<String> symbols) {}

    /** A heading line recognized as a type word; {@code rest} is what follows the word on the line. */
    public record Heading(Type type, String rest) {}

    private static final DocumentTypes STANDARD = new DocumentTypes(DataFiles.table("document-types.tsv"));

    public static DocumentTypes standard() {
        return STANDARD;
    }

    private final Map<String, Type> byCode = new HashMap<>();
    private final Map<String, Type> bySymbol = new HashMap<>();
    private final List<Map.Entry<String, Type>> headings = new ArrayList<>();

    DocumentTypes(List<String[]> rows) {
        for (String[] r : rows) {
            Type t = new Type(r[0], r[1], List.of(r[2].split("\\|")), List.of(r[3].split("\\|")));
            byCode.putIfAbsent(key(t.code()), t);
            for (String s : t.symbols()) bySymbol.putIfAbsent(key(s), t);
            for (String h : t.headings()) if (!h.equals("-")) headings.add(Map.entry(Canonical.key(h), t));
        }
        headings.sort(Comparator.comparingInt((Map.Entry<String, Type> e) -> e.getKey().length()).reversed());
    }

    /** A capitalized word run on right after the type word: "NGHỊ ĐỊNHQuy định …". */
    private static boolean gluedWord(String line, int at) {
        return line.length() > at + 1 && Character.isUpperCase(line.charAt(at)) && Character.isLowerCase(line.charAt(at + 1));
    }

    private static String key(String code) {
        return Canonical.forMatching(code).toUpperCase(Locale.ROOT);
    }

    public Optional<Type> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(key(code)));
    }

    /** The type a symbol code stands for: "KH" → Kế hoạch, "QĐi" and "QyĐ" → Quy định. */
    public Optional<Type> bySymbol(String symbol) {
        return symbol == null ? Optional.empty() : Optional.ofNullable(bySymbol.get(key(symbol)));
    }

    /**
     * The type word a heading line starts with, printed in capitals ("KẾ HOẠCH", "NGHỊ QUYẾT CỦA BAN
     * CHẤP HÀNH …"); empty for body text, for the enacting "QUYẾT ĐỊNH:" and for words that merely
     * begin with a type word ("LUẬT SƯ").
     */
    public Optional<Heading> heading(String cleanLine) {
        String line = cleanLine.strip().replaceFirst("^[-–•]\\s*", ""); // "- QUYẾT ĐỊNH": a cell border left over
        if (line.isEmpty() || line.endsWith(":")) return Optional.empty();
        String k = Canonical.key(line);
        for (Map.Entry<String, Type> e : headings) {
            String word = e.getKey();
            if (!k.startsWith(word)) continue;
            if (k.length() > word.length() && Character.isLetter(k.charAt(word.length())) && !gluedWord(line, word.length())) {
                continue; // "LUẬT SƯ"; but "THÔNG TƯ1" (a footnote mark) and "NGHỊ ĐỊNHQuy định" (markup removed) are headings
            }
            if (TextLine.upperShare(line.substring(0, word.length())) < 0.99) continue;
            String rest = line.substring(word.length()).replaceFirst("^\\d+(?=\\s|$)", "").strip();
            return Optional.of(new Heading(e.getValue(), rest));
        }
        return Optional.empty();
    }
}
