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
                           List<Span> excluded, AgencyNames.Resolution resolution) {}

    private final AgencyLexicon lex;
    private final AgencyNameFinder finder;
    private final ThreadLocal<AgencyModel> model;

    /** The rules, plus the OpenNLP model when the {@link AgencyModel#PROPERTY} property names one. */
    public AgencyExtractor() {
        this(AgencyLexicon.standard(), System.getProperty(AgencyModel.PROPERTY) != null
                ? ThreadLocal.withInitial(AgencyModel::fromProperty) : null);
    }

    /** The rules only ({@code model} null), or the rules and a model (one instance per thread). */
    public AgencyExtractor(AgencyLexicon lex, ThreadLocal<AgencyModel> model) {
        this.lex = lex;
        this.finder = new AgencyNameFinder(lex);
        this.model = model;
    }

    public List<Agency> extract(String text, DocumentStructure structure) {
        return analyze(text, structure).resolution().agencies();
    }

    /** The full analysis, which the task stage reads too ({@link TaskExtractor#extract(Analysis)}). */
    public Analysis analyze(String text, DocumentStructure structure) {
        List<AgencyToken> tokens = tokens(text);
        List<AgencyMention> all = finder.find(tokens);
        if (model != null) all = withModel(text, tokens, all);
        List<Span> excluded = AgencyScope.excluded(text, structure);
        List<AgencyMention> body = new ArrayList<>(all.size());
        for (AgencyMention m : all) {
            if (!AgencyScope.inside(excluded, m.start())) body.add(m);
        }
        AgencyNames.Resolution resolution = AgencyNames.resolve(body, ownLevel(structure), issuer(structure), lex);
        return new Analysis(text, tokens, all, body, excluded, resolution);
    }

    /** The rules' mentions plus the model's where they overlap none, in text order. */
    private List<AgencyMention> withModel(String text, List<AgencyToken> tokens, List<AgencyMention> rules) {
        List<AgencyMention> out = new ArrayList<>(rules);
        for (int[] span : model.get().find(AgencyTokenizer.tokenize(text))) {
            boolean overlaps = false;
            for (AgencyMention m : rules) {
                if (m.start() < span[1] && span[0] < m.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (overlaps) continue;
            int from = TaskExtractor.tokenAt(tokens, span[0]), to = TaskExtractor.tokenAt(tokens, span[1]);
            if (from >= to || !tokens.get(from).upperInitial()) continue;
            String base = AgencyNameFinder.display(tokens, from, to);
            if (lex.generic.contains(AgencyNames.key(base))) continue;
            out.add(new AgencyMention(span[0], span[1], base, "", null, false, false, from, to));
        }
        out.sort(java.util.Comparator.comparingInt(AgencyMention::start));
        return out;
    }

    /** Tokens of the text with abbreviations expanded. */
    public List<AgencyToken> tokens(String text) {
        return AgencyAbbreviations.expand(AgencyTokenizer.tokenize(text), lex.abbreviations, text);
    }

    /** Every mention in header and body. */
    public List<AgencyMention> mentions(String text, DocumentStructure structure) {
        return analyze(text, structure).mentions();
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
