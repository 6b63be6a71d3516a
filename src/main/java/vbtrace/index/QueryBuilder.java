package vbtrace.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.document.IntPoint;
import vbtrace.text.Canonical;

/**
 * Turns what a user types into Lucene queries. Words must all match (AND), in any of the exact and
 * folded fields, the exact spelling scoring higher; neighbouring words also score as bigrams; a
 * document number is kept whole (a phrase in the text, and its own {@code number_key}, which
 * outranks documents that only cite it). Quotes, AND/OR/NOT, + and - work as in Lucene; other
 * syntax characters are taken as spaces, and a query that still does not parse is searched for
 * its words literally ({@link Parsed#warning}).
 */
public final class QueryBuilder {
    static {
        IndexSearcher.setMaxClauseCount(4096);
    }

    /**
     * A document matches on its folded fields; the exact ones only add to the score of a match, as
     * exact words imply their folded form. Scoring the exact words as optional clauses apart keeps
     * each word's score (the sum over the four fields) while the match is a conjunction over two.
     */
    private static final Map<String, Float> MATCH_FIELDS = Map.of(
            Schema.TITLE_TEXT + Schema.FOLDED, 1.5f, Schema.BODY_TEXT + Schema.FOLDED, 0.5f);
    private static final Map<String, Float> EXACT_TITLE = Map.of(Schema.TITLE_TEXT, 3f), EXACT_BODY = Map.of(Schema.BODY_TEXT, 1f);
    private static final Map<String, Float> TITLE_BIGRAMS = Map.of(Schema.TITLE_TEXT + Schema.BIGRAMS, 2f),
            BODY_BIGRAMS = Map.of(Schema.BODY_TEXT + Schema.BIGRAMS, 0.5f);
    private static final Map<String, Float> PASSAGE_FIELDS = Map.of(Schema.PASSAGE_TEXT + Schema.FOLDED, 1f);
    private static final float NUMBER_BOOST = 20f;
    private static final Pattern OPERATORS = Pattern.compile("\\b(AND|OR|NOT)\\b|(^|\\s)[+-]|\"");

    private final Analyzer analyzer = Schema.analyzer();

    /**
     * A parsed query: the document query ({@code ranking}, which decides the matches, plus the
     * optional {@code rescoring} clauses on the body, whose postings are long: the exact words and
     * the bigrams), the passage query (one document's paragraphs), the query for tasks, targets and
     * deadlines (with the filters, without the kind), what snippets mark, and a syntax warning or null.
     */
    public record Parsed(Query ranking, Query rescoring, Query passages, Query items, Snippets.Marks highlight, String warning) {
        /** The whole document query: a document's score is its ranking score plus its rescoring one. */
        public Query documents() {
            return isEmpty(rescoring) ? ranking
                    : new BooleanQuery.Builder().add(ranking, Occur.MUST).add(rescoring, Occur.SHOULD).build();
        }
    }

    public Parsed parse(SearchRequest request, boolean orFallback) {
        String text = Canonical.forMatching(request.query() == null ? "" : request.query()).strip();
        List<String> numbers = new ArrayList<>();
        String prepared = groupAlternatives(prepare(text, numbers));
        String warning = null;
        QueryParser.Operator op = orFallback ? QueryParser.OR_OPERATOR : QueryParser.AND_OPERATOR;
        Texts texts;
        try {
            texts = texts(prepared, op);
        } catch (ParseException | RuntimeException e) {
            warning = "could not read the query syntax (" + firstLine(e.getMessage()) + "); searched for its words";
            try {
                texts = texts(QueryParser.escape(prepared.replace("\"", " ")).replaceAll("\\b(AND|OR|NOT)\\b", " "), op);
            } catch (ParseException e2) {
                throw new IllegalArgumentException("cannot read the query: " + firstLine(e2.getMessage()));
            }
        }
        Query docText = texts.documents(), passageText = texts.passages(), itemText = texts.items();
        String plain = plainWords(prepared);
        BooleanQuery.Builder core = new BooleanQuery.Builder();
        if (!isEmpty(docText)) core.add(docText, Occur.SHOULD);
        for (String n : numbers) {
            String key = DocumentNumbers.key(n);
            if (key != null) core.add(new BoostQuery(new TermQuery(new Term(Schema.NUMBER_KEY, key)), NUMBER_BOOST), Occur.SHOULD);
        }
        BooleanQuery coreQuery = core.build();
        BooleanQuery.Builder doc = new BooleanQuery.Builder();
        doc.add(coreQuery.clauses().isEmpty() ? new MatchAllDocsQuery() : coreQuery, Occur.MUST);
        if (!isEmpty(texts.exactTitle())) doc.add(texts.exactTitle(), Occur.SHOULD);
        addBigrams(doc, plain, TITLE_BIGRAMS);
        BooleanQuery.Builder body = new BooleanQuery.Builder();
        if (!isEmpty(texts.exactBody())) body.add(texts.exactBody(), Occur.SHOULD);
        addBigrams(body, plain, BODY_BIGRAMS);
        doc.add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOC)), Occur.FILTER);
        filters(doc, request);

        BooleanQuery.Builder passage = new BooleanQuery.Builder();
        if (!isEmpty(passageText)) passage.add(passageText, Occur.SHOULD);
        BooleanQuery.Builder items = new BooleanQuery.Builder();
        items.add(isEmpty(itemText) ? new MatchAllDocsQuery() : itemText, Occur.MUST);
        filters(items, request);
        return new Parsed(doc.build(), body.build(), passage.build(), items.build(), highlightTerms(passageText), warning);
    }

    /** The query's words as document (folded), exact-spelling (scores only), passage (any word) and item queries. */
    private record Texts(Query documents, Query exactTitle, Query exactBody, Query passages, Query items) {}

    private Texts texts(String query, QueryParser.Operator op) throws ParseException {
        if (query.isBlank() || query.strip().equals("*")) {
            // no words: everything, for browsing by filters and facets
            Query none = new BooleanQuery.Builder().build();
            return new Texts(new MatchAllDocsQuery(), none, none, none, new MatchAllDocsQuery());
        }
        return new Texts(withBigramFilters(parser(MATCH_FIELDS, op).parse(query)),
                optional(withBigramFilters(parser(EXACT_TITLE, op).parse(query))),
                optional(withBigramFilters(parser(EXACT_BODY, op).parse(query))),
                parser(PASSAGE_FIELDS, QueryParser.OR_OPERATOR).parse(query), parser(PASSAGE_FIELDS, op).parse(query));
    }

    /**
     * Every word and phrase of {@code q} that is not negated, each scoring on its own: the exact
     * spelling adds to the score of a document that matches, whichever of its words it has so.
     */
    private static Query optional(Query q) {
        if (q instanceof BoostQuery b) return new BoostQuery(optional(b.getQuery()), b.getBoost());
        if (!(q instanceof BooleanQuery b)) return q;
        // a phrase with its bigram filters stays as it is
        if (b.clauses().stream().anyMatch(c -> c.getOccur() == Occur.FILTER)) return q;
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        for (BooleanClause c : b.clauses()) {
            if (c.getOccur() != Occur.MUST_NOT) out.add(optional(c.getQuery()), Occur.SHOULD);
        }
        return out.build();
    }

    /**
     * Each exact phrase on a title or body field, with its bigrams (folded neighbouring words) as
     * filters. A phrase implies its bigrams, so matches and scores stay the same, but the phrase
     * then walks the short bigram postings instead of every document holding its common words.
     */
    private Query withBigramFilters(Query q) {
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) out.add(withBigramFilters(c.getQuery()), c.getOccur());
            return out.build();
        }
        if (q instanceof BoostQuery b) return new BoostQuery(withBigramFilters(b.getQuery()), b.getBoost());
        if (!(q instanceof PhraseQuery p) || p.getSlop() != 0 || p.getTerms().length < 2) return q;
        String field = p.getField();
        String group = field.endsWith(Schema.FOLDED) ? field.substring(0, field.length() - Schema.FOLDED.length()) : field;
        if (!group.equals(Schema.TITLE_TEXT) && !group.equals(Schema.BODY_TEXT)) return q;
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        BooleanQuery.Builder out = new BooleanQuery.Builder().add(p, Occur.MUST);
        for (int i = 1; i < terms.length; i++) {
            if (positions[i] != positions[i - 1] + 1) return q;
            String bigram = folded(terms[i - 1].text()) + " " + folded(terms[i].text());
            out.add(new TermQuery(new Term(group + Schema.BIGRAMS, bigram)), Occur.FILTER);
        }
        return out.build();
    }

    private String folded(String term) {
        return analyzer.normalize(Schema.BODY_TEXT + Schema.FOLDED, term).utf8ToString();
    }

    /** Whether the query uses operators or quotes, in which case no OR fallback is tried. */
    public static boolean hasOperators(String query) {
        return query != null && OPERATORS.matcher(query).find();
    }

    /**
     * Quotes document numbers (so "402/QĐ-TTg" is one phrase, not a regular expression) and turns
     * syntax characters a clerk types by accident (":" in "Số:", "/" in dates, a dash between
     * spaces as in "kinh tế - xã hội") into spaces. Quoted parts are left alone.
     */
    static String prepare(String text, List<String> numbers) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        List<int[]> spans = DocumentNumbers.find(text);
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            while (next < spans.size() && spans.get(next)[1] <= i) next++;
            if (!quoted && next < spans.size() && spans.get(next)[0] == i) {
                String n = text.substring(i, spans.get(next)[1]);
                numbers.add(n);
                out.append('"').append(n).append('"');
                i = spans.get(next)[1] - 1;
                continue;
            }
            char c = text.charAt(i);
            if (c == '"') {
                // a number inside quotes still counts as a number
                if (!quoted) {
                    int close = text.indexOf('"', i + 1);
                    if (close > 0) for (int[] s : spans) if (s[0] > i && s[1] <= close) numbers.add(text.substring(s[0], s[1]));
                }
                quoted = !quoted;
                out.append(c);
            } else if (quoted) {
                out.append(c);
            } else if (":/\\[]{}^~!&|".indexOf(c) >= 0) {
                out.append(' ');
            } else if ((c == '-' || c == '+') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        if (quoted) out.append('"');
        return out.toString();
    }

    /**
     * "a b OR c d" means (a AND b) OR (c AND d) to a clerk; Lucene's own precedence would make it
     * a AND (b OR c) AND d. Top-level OR (outside quotes and parentheses) splits the query into groups.
     */
    static String groupAlternatives(String q) {
        List<String> groups = new ArrayList<>();
        int depth = 0, from = 0;
        boolean quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '(') depth++;
            else if (!quoted && c == ')') depth--;
            else if (!quoted && depth == 0 && q.startsWith("OR", i) && (i == 0 || Character.isWhitespace(q.charAt(i - 1)))
                    && (i + 2 == q.length() || Character.isWhitespace(q.charAt(i + 2)))) {
                groups.add(q.substring(from, i).strip());
                from = i + 2;
            }
        }
        if (groups.isEmpty()) return q;
        groups.add(q.substring(from).strip());
        return String.join(" OR ", groups.stream().filter(g -> !g.isEmpty()).map(g -> "(" + g + ")").toList());
    }

    /** The words that are not negated and not operators, for the bigram boost. */
    private static String plainWords(String prepared) {
        return prepared.replaceAll("(^|\\s)[-!]\\S+", " ").replaceAll("\\b(AND|OR|NOT)\\b", " ").replaceAll("[\"()+*?]", " ");
    }

    private void addBigrams(BooleanQuery.Builder builder, String plain, Map<String, Float> fields) {
        List<String> grams = terms(Schema.PASSAGE_TEXT + Schema.BIGRAMS, plain);
        for (Map.Entry<String, Float> f : fields.entrySet()) {
            for (String g : grams) builder.add(new BoostQuery(new TermQuery(new Term(f.getKey(), g)), f.getValue()), Occur.SHOULD);
        }
    }

    /** The terms {@code field}'s analyzer makes of {@code text}. */
    List<String> terms(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private MultiFieldQueryParser parser(Map<String, Float> fields, QueryParser.Operator op) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(fields.keySet().toArray(String[]::new), analyzer, fields);
        p.setDefaultOperator(op);
        p.setSplitOnWhitespace(true);
        p.setAllowLeadingWildcard(false);
        return p;
    }

    private void filters(BooleanQuery.Builder q, SearchRequest r) {
        if (r.type() != null && !r.type().isBlank()) {
            String folded = Canonical.key(Canonical.fold(r.type()));
            q.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.TYPE_KEY, folded)), Occur.SHOULD)
                    .add(new TermQuery(new Term(Schema.TYPE_NAME_KEY, folded)), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        allWords(q, Schema.ISSUER_F, r.issuer());
        allWords(q, Schema.JURISDICTION_F, r.jurisdiction());
        if (r.agency() != null && !r.agency().isBlank()) {
            // one agency must hold all the words: a sloppy phrase cannot cross the gap between values
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(8);
            int pos = 0;
            for (String t : terms(Schema.AGENCY_F, Abbreviations.expand(r.agency()))) phrase.add(new Term(Schema.AGENCY_F, t), pos++);
            q.add(phrase.build(), Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            q.add(IntPoint.newRangeQuery(Schema.YEAR, r.from() == null ? Integer.MIN_VALUE : r.from(),
                    r.to() == null ? Integer.MAX_VALUE : r.to()), Occur.FILTER);
        }
    }

    private void allWords(BooleanQuery.Builder q, String field, String value) {
        if (value == null || value.isBlank()) return;
        for (String t : new LinkedHashSet<>(terms(field, Abbreviations.expand(value)))) {
            q.add(new TermQuery(new Term(field, t)), Occur.FILTER);
        }
    }

    /** The folded words and phrases of the passage query that are not negated: what snippets mark. */
    private static Snippets.Marks highlightTerms(Query q) {
        Set<String> words = new LinkedHashSet<>();
        List<List<String>> phrases = new ArrayList<>();
        q.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (terms.length == 0 || !terms[0].field().endsWith(Schema.FOLDED)) return;
                if (query instanceof PhraseQuery) phrases.add(java.util.Arrays.stream(terms).map(Term::text).toList());
                else for (Term t : terms) words.add(t.text());
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return new Snippets.Marks(words, phrases);
    }

    private static boolean isEmpty(Query q) {
        return q == null || (q instanceof BooleanQuery b && b.clauses().isEmpty());
    }

    private static String firstLine(String message) {
        if (message == null) return "syntax error";
        String line = message.strip().split("\\R", 2)[0];
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
