package vbtrace.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vbtrace.model.Mention;
import vbtrace.model.OutlineNode;
import vbtrace.model.Reference;
import vbtrace.model.RelationType;
import vbtrace.model.Span;
import vbtrace.structure.DocumentStructure;
import vbtrace.structure.Gazetteer;
import vbtrace.text.Canonical;

/**
 * Finds every numbered document the text names and how this text relates to it: one
 * {@link Reference} per canonical id with all its mentions (footnotes included), the date, issuer
 * and subject the mentions state, and the strongest relation — IMPLEMENTS when the title or
 * opening paragraph says the text carries it out, BASED_ON in a "Căn cứ" paragraph of the
 * preamble, else CITES — plus the relations the text states between other documents.
 * Numbers inside received-document stamps and the text's own number are not references.
 */
public final class ReferenceExtractor {
    /** A line where the text states its own number ("Số: 2774/KH-UBND"). */
    private static final Pattern OWN_NUMBER_LINE = Pattern.compile("(?:^|\\n)[\\s*_|#]*so\\s*[:.]?[\\s*_]*$");
    private static final Pattern BASIS_PARAGRAPH = Pattern.compile("^[\\s\\-+•*_>|]*can cu(?![\\p{L}])");
    /** First heading of the body when the structure stage gives no outline: "I.", "1.", "Phần I", "Điều 1". */
    private static final Pattern BODY_HEADING = Pattern.compile(
            "(?m)^[\\s*#_]*(?:[Ii]|1|phan\\s+(?:i|1|thu nhat)|chuong\\s+(?:i|1)|dieu\\s+1)\\s*[.:\\-–)]");
    private static final int FALLBACK_PREAMBLE = 3000;

    private final DocumentIdParser parser = new DocumentIdParser();
    private final TypeWords typeWords = TypeWords.standard();
    private final SymbolCodes symbolCodes = SymbolCodes.standard();
    private final ReferenceContextReader contextReader = new ReferenceContextReader();
    private final RelationLinker linker = new RelationLinker();
    private final AnaphoraResolver anaphora = new AnaphoraResolver(typeWords);
    private final JurisdictionWords jurisdictionWords = new JurisdictionWords(Gazetteer.standard());

    public ReferenceResult extract(String text, DocumentStructure structure) {
        Canonical.Forms forms = Canonical.forms(text);
        String matching = forms.matching();
        String folded = forms.folded();
        LowerCaseText lower = new LowerCaseText(matching, text.length());
        if (folded.length() != text.length()) folded = lower.whole();
        String ownNumber = structure.document() == null ? null : structure.document().number();

        List<FoundMention> found = new ArrayList<>();
        for (DocumentIdParser.IdMatch m : parser.find(matching)) {
            if (inStamp(structure, m.start()) || m.id().equals(ownNumber) || isOwnNumberLine(text, folded, m.start())) continue;
            TypeWords.Found word = typeWords.before(folded, m.start());
            int start = word == null ? m.start() : word.start();
            String type = word != null ? word.code() : typeFromSymbol(m);
            found.add(new FoundMention(start, m.start(), m.end(), m.id(), type, contextReader.read(text, folded, lower, m.end())));
        }

        int bodyStart = bodyStart(folded, structure);
        List<Span> implementsRegion = implementsRegion(structure, bodyStart);
        RelationLinker.Links links = linker.link(text, folded, found, implementsRegion.isEmpty() ? 0 : implementsRegion.get(0).start());

        Map<String, Builder> byId = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            FoundMention f = found.get(i);
            RelationType relation = RelationType.CITES;
            if (links.head()[i] < 0 && links.governed()[i] && inAny(implementsRegion, f.idStart())) {
                relation = RelationType.IMPLEMENTS;
            } else if (f.idStart() < bodyStart && BASIS_PARAGRAPH.matcher(paragraph(folded, f.start())).find()) {
                relation = RelationType.BASED_ON;
            }
            byId.computeIfAbsent(f.id(), Builder::new).add(f, relation, text);
        }
        List<Builder> builders = new ArrayList<>(byId.values());
        anaphora.resolve(text, folded, builders);
        List<Reference> references = new ArrayList<>();
        for (Builder b : builders) references.add(b.build(symbolCodes, jurisdictionWords));
        return new ReferenceResult(references, links.relations());
    }

    private String typeFromSymbol(DocumentIdParser.IdMatch m) {
        List<String> codes = SymbolCodes.symbolCodes(m.id());
        if (!codes.isEmpty() && typeWords.isTypeCode(codes.get(0))) return codes.get(0);
        if (m.grammar() == DocumentIdParser.Grammar.ADMINISTRATIVE) return "CV"; // N/ORG-UNIT is an official letter
        return null;
    }

    private static boolean inStamp(DocumentStructure s, int offset) {
        return inAny(s.stamps(), offset);
    }

    private static boolean inAny(List<Span> spans, int offset) {
        for (Span sp : spans) if (sp != null && sp.contains(offset)) return true;
        return false;
    }

    /** "Số: 2774/KH-UBND" on a line of its own; a wrapped sentence going on with "số 64/2025/QH15" is not. */
    private static boolean isOwnNumberLine(String text, String folded, int idStart) {
        if (!afterSo(folded, idStart)) return false;
        int lineStart = folded.lastIndexOf('\n', Math.max(0, idStart - 1)) + 1;
        Matcher m = OWN_NUMBER_LINE.matcher(folded.substring(Math.max(0, lineStart - 1), idStart));
        if (!m.find()) return false;
        int so = Math.max(0, lineStart - 1) + m.end() - 1;
        while (so > 0 && folded.charAt(so) != 's') so--;
        return text.charAt(so) == 'S';
    }

    /**
     * Cheap necessary condition of {@link #OWN_NUMBER_LINE}: "so" then only white space, ":", ".", "*", "_"
     * (or the line terminator "$" may stand before) up to the number.
     */
    private static boolean afterSo(String folded, int idStart) {
        int k = idStart - 1;
        while (k >= 0 && "*_:. \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(folded.charAt(k)) >= 0) k--;
        return k >= 1 && folded.charAt(k) == 'o' && folded.charAt(k - 1) == 's';
    }

    /** Where the body begins: the outline's first node, else the first heading-like line. */
    private static int bodyStart(String folded, DocumentStructure structure) {
        List<OutlineNode> outline = structure.outline();
        if (!outline.isEmpty()) return outline.get(0).start();
        Matcher m = BODY_HEADING.matcher(folded);
        int limit = Math.min(folded.length(), FALLBACK_PREAMBLE);
        while (m.find() && m.start() < limit) {
            if (m.start() > 0) return m.start();
        }
        return limit;
    }

    /** Title and opening paragraph; when the structure stage found neither, the preamble before the body. */
    private static List<Span> implementsRegion(DocumentStructure s, int bodyStart) {
        List<Span> spans = new ArrayList<>();
        if (s.title() != null) spans.add(s.title());
        if (s.opening() != null) spans.add(s.opening());
        if (spans.isEmpty()) spans.add(new Span(0, bodyStart));
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    private static String paragraph(String folded, int offset) {
        int start = folded.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        return folded.substring(start, offset);
    }

    /** Collects the mentions of one id and decides the reference's fields. */
    private static final class Builder implements AnaphoraResolver.Target {
        final String id;
        final List<Mention> mentions = new ArrayList<>();
        final List<FoundMention> found = new ArrayList<>();
        RelationType relation;

        Builder(String id) {
            this.id = id;
        }

        void add(FoundMention f, RelationType r, String text) {
            found.add(f);
            mentions.add(new Mention(f.start(), f.idEnd(), text.substring(f.start(), f.idEnd())));
            relation = relation == null ? r : relation.strongest(r);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String type() {
            for (FoundMention f : found) if (f.type() != null && f.start() < f.idStart()) return f.type();
            for (FoundMention f : found) if (f.type() != null) return f.type();
            return null;
        }

        @Override
        public String issuer() {
            return mostCommon(found.stream().map(f -> f.context().issuer()).toList());
        }

        @Override
        public List<Mention> mentions() {
            return mentions;
        }

        @Override
        public void add(Mention m) {
            mentions.add(m);
            mentions.sort(Comparator.comparingInt(Mention::start));
        }

        Reference build(SymbolCodes codes, JurisdictionWords places) {
            String date = mostCommon(found.stream().map(f -> f.context().date()).toList());
            String subject = mostCommonByKey(found.stream().map(f -> f.context().subject()).toList());
            String issuer = issuer();
            String jurisdiction = null;
            if (codes.scopeLevel(id).isPresent()) {
                for (FoundMention f : found) {
                    jurisdiction = places.of(f.context().issuer());
                    if (jurisdiction != null) break;
                }
            }
            return new Reference(id, type(), date, issuer, subject, relation, jurisdiction, mentions);
        }

        /** The subject most mentions give, compared case-insensitively; ties go to the first. */
        private static String mostCommonByKey(List<String> values) {
            Map<String, Integer> counts = new HashMap<>();
            List<String> keys = new ArrayList<>(values.size());
            for (String v : values) keys.add(v == null ? null : Canonical.key(v));
            for (String k : keys) if (k != null) counts.merge(k, 1, Integer::sum);
            String best = null;
            int bestCount = 0;
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) continue;
                int count = counts.get(keys.get(i));
                if (best == null || count > bestCount) {
                    best = values.get(i);
                    bestCount = count;
                }
            }
            return best;
        }

        /** The value most mentions give; ties go to the longest (the fullest spelling), then the first. */
        private static String mostCommon(List<String> values) {
            Map<String, Integer> counts = new HashMap<>();
            for (String v : values) if (v != null) counts.merge(v, 1, Integer::sum);
            String best = null;
            for (String v : values) {
                if (v == null) continue;
                if (best == null || counts.get(v) > counts.get(best)
                        || (counts.get(v).equals(counts.get(best)) && v.length() > best.length())) best = v;
            }
            return best;
        }
    }
}
