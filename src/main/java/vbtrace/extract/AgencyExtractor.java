package vbtrace.extract;

import java.util.ArrayList;
import java.util.List;
import vbtrace.model.Agency;
import vbtrace.model.Span;
import vbtrace.structure.DocumentStructure;

/**
 * Finds the organizations named in header and body (not the recipients block), one canonical name
 * per body with its mention count, in order of first mention. Recognition by the word-list rules
 * of {@link AgencyNameFinder}; see {@link AgencyNames} for how spellings are joined.
 */
public final class AgencyExtractor {
    /** Tokens, the mentions outside the recipients block and signature, and their final names. */
    public record Analysis(String text, List<AgencyToken> tokens, List<AgencyMention> all, List<AgencyMention> mentions,
                           AgencyNames.Resolution resolution) {}

    private static final ThreadLocal<Analysis> LAST = new ThreadLocal<>();
    private static final ThreadLocal<DocumentStructure> LAST_STRUCTURE = new ThreadLocal<>();

    private final AgencyLexicon lex;
    private final AgencyNameFinder finder;

    public AgencyExtractor() {
        this(AgencyLexicon.standard());
    }

    AgencyExtractor(AgencyLexicon lex) {
        this.lex = lex;
        this.finder = new AgencyNameFinder(lex);
    }

    public List<Agency> extract(String text, DocumentStructure structure) {
        return analyze(text, structure).resolution().agencies();
    }

    /**
     * The full analysis; the task stage reads the same one (the last analysis of this thread is
     * kept, so the pipeline tokenizes each text once).
     */
    public Analysis analyze(String text, DocumentStructure structure) {
        Analysis last = LAST.get();
        if (last != null && last.text() == text && LAST_STRUCTURE.get() == structure) return last;
        List<AgencyToken> tokens = tokens(text);
        List<AgencyMention> all = finder.find(tokens);
        List<Span> excluded = AgencyScope.excluded(text, structure);
        List<AgencyMention> body = new ArrayList<>(all.size());
        for (AgencyMention m : all) {
            if (!AgencyScope.inside(excluded, m.start())) body.add(m);
        }
        AgencyNames.Resolution resolution = AgencyNames.resolve(body, ownLevel(structure), issuer(structure), lex);
        Analysis a = new Analysis(text, tokens, all, body, resolution);
        LAST.set(a);
        LAST_STRUCTURE.set(structure);
        return a;
    }

    /** Tokens of the text with abbreviations expanded. */
    public List<AgencyToken> tokens(String text) {
        return AgencyAbbreviations.expand(AgencyTokenizer.tokenize(text), lex.abbreviations, text);
    }

    /** Every mention in header and body. */
    public List<AgencyMention> mentions(String text, DocumentStructure structure) {
        return analyze(text, structure).mentions();
    }

    AgencyLexicon lexicon() {
        return lex;
    }

    static String ownLevel(DocumentStructure structure) {
        String j = structure == null || structure.document() == null ? null : structure.document().jurisdiction();
        if (j == null) return null;
        for (String level : new String[] {"thành phố", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường"}) {
            if (j.startsWith(level + " ")) return level;
        }
        return null;
    }

    static String issuer(DocumentStructure structure) {
        return structure == null || structure.document() == null ? null : structure.document().issuer();
    }
}
