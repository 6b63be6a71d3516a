package vbtrace.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import vbtrace.model.Deadline;
import vbtrace.model.DocumentInfo;
import vbtrace.model.ExtractionRecord;
import vbtrace.model.Json;
import vbtrace.model.Target;
import vbtrace.model.Task;
import vbtrace.text.Canonical;

/**
 * One corpus file as Lucene entries (see {@link Schema}): the document, its passages, and its
 * tasks, targets and deadlines. Text goes to the index in canonical spelling (to be analyzed by
 * {@link Schema#indexAnalyzer()}) while stored text keeps the document's own. Stateless.
 */
public final class RecordDocuments {
    private final FacetsConfig facets = Schema.facetsConfig();

    /** The entries for {@code record}, whose offsets point into {@code text}; {@code bytes} is the file size. */
    public List<Document> build(ExtractionRecord record, String original, long bytes) {
        String canonical = Canonical.forMatching(original);
        // offsets are shared between the two spellings only when canonicalizing kept the length (NFC input)
        String text = canonical.length() == original.length() ? canonical : original;
        AnalyzedText tokens = AnalyzedText.of(text);
        try {
            List<Document> docs = new ArrayList<>();
            docs.add(facets.build(document(record, tokens, bytes)));
            int ord = 0;
            for (Passages.Passage p : Passages.split(text, record.outline())) {
                docs.add(passage(record.source(), ord++, p, original.substring(p.start(), p.end()), tokens));
            }
            for (Task t : record.tasks()) {
                Document d = item(record, Schema.KIND_TASK, t.text(), t.start(), t.end(), null);
                List<String> agencies = new ArrayList<>();
                if (t.agency() != null) agencies.add(t.agency());
                agencies.addAll(t.coordinators());
                addAgencies(d, agencies);
                if (t.role() != null) d.add(new StringField(Schema.ROLE, t.role().name(), Field.Store.YES));
                if (t.agency() != null) d.add(new StoredField(Schema.AGENCY, t.agency()));
                docs.add(facets.build(d));
            }
            for (Target t : record.targets()) {
                docs.add(facets.build(item(record, Schema.KIND_TARGET, t.text(), t.start(), t.end(), t.year())));
            }
            for (Deadline dl : record.deadlines()) {
                Document d = item(record, Schema.KIND_DEADLINE, dl.text(), dl.start(), dl.end(), year(dl.date()));
                if (dl.agency() != null) {
                    addAgencies(d, List.of(dl.agency()));
                    d.add(new StoredField(Schema.AGENCY, dl.agency()));
                }
                if (dl.date() != null) d.add(new StoredField(Schema.DATE, dl.date()));
                docs.add(facets.build(d));
            }
            return docs;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Document document(ExtractionRecord r, AnalyzedText text, long bytes) {
        DocumentInfo info = r.document() == null ? DocumentInfo.empty() : r.document();
        Document d = new Document();
        d.add(new StringField(Schema.KIND, Schema.KIND_DOC, Field.Store.NO));
        d.add(new StringField(Schema.SOURCE, r.source(), Field.Store.YES));
        d.add(new StringField(Schema.SHA256, r.sha256() == null ? "" : r.sha256(), Field.Store.YES));
        d.add(new StoredField(Schema.BYTES, bytes));
        d.add(new StoredField(Schema.RECORD, Json.write(r)));
        String numberKey = DocumentNumbers.key(info.number());
        if (numberKey != null) d.add(new StringField(Schema.NUMBER_KEY, numberKey, Field.Store.NO));
        stored(d, Schema.NUMBER, info.number());
        stored(d, Schema.TYPE, info.type());
        stored(d, Schema.TYPE_NAME, info.typeName());
        stored(d, Schema.TITLE, info.title());
        stored(d, Schema.ISSUER, info.issuer());
        stored(d, Schema.JURISDICTION, info.jurisdiction());
        stored(d, Schema.DATE, info.date());
        filterFields(d, info);
        if (info.type() != null) d.add(new SortedSetDocValuesFacetField(Schema.TYPE, info.type()));
        if (info.issuer() != null) d.add(new SortedSetDocValuesFacetField(Schema.ISSUER, info.issuer()));
        if (info.jurisdiction() != null) d.add(new SortedSetDocValuesFacetField(Schema.JURISDICTION, info.jurisdiction()));
        Integer year = year(info.date());
        if (year != null) {
            d.add(new IntPoint(Schema.YEAR, year));
            d.add(new SortedSetDocValuesFacetField(Schema.YEAR, year.toString()));
        }
        List<String> agencies = new ArrayList<>();
        r.agencies().forEach(a -> agencies.add(a.name()));
        for (Task t : r.tasks()) {
            if (t.agency() != null) agencies.add(t.agency());
            agencies.addAll(t.coordinators());
        }
        addAgencies(d, agencies);
        String title = info.title() == null ? "" : info.title();
        texts(d, Schema.TITLE_TEXT, AnalyzedText.of(Canonical.forMatching(title)));
        d.add(new Field(Schema.BODY_TEXT, text.stream(VietnameseAnalyzer.Form.EXACT), POSITIONS));
        d.add(new Field(Schema.BODY_TEXT + Schema.FOLDED, text.stream(VietnameseAnalyzer.Form.FOLDED), POSITIONS));
        d.add(new Field(Schema.BODY_TEXT + Schema.BIGRAMS, text.stream(VietnameseAnalyzer.Form.BIGRAMS), FREQS));
        return d;
    }

    /**
     * A passage: found by its folded words, with positions for phrases. The exact form and the
     * bigrams rank documents; among one document's paragraphs the folded words suffice.
     */
    private static Document passage(String source, int ord, Passages.Passage p, String original, AnalyzedText tokens) {
        Document d = new Document();
        d.add(new StringField(Schema.KIND, Schema.KIND_PASSAGE, Field.Store.NO));
        d.add(new StringField(Schema.SOURCE, source, Field.Store.YES));
        d.add(new StoredField(Schema.ORD, ord));
        d.add(new StoredField(Schema.START, p.start()));
        d.add(new StoredField(Schema.END, p.end()));
        stored(d, Schema.SECTION, p.section());
        d.add(new StoredField(Schema.TEXT, original));
        passageTexts(d, tokens, p.start(), p.end());
        return d;
    }

    /**
     * A task, target or deadline: its text, and for filters and facets its agency (added by the
     * caller), its year (a task's, when it has none of its own, is its document's), and its
     * document's type, issuer and jurisdiction.
     */
    private static Document item(ExtractionRecord record, String kind, String text, int start, int end, Integer year) {
        DocumentInfo info = record.document() == null ? DocumentInfo.empty() : record.document();
        if (year == null && kind.equals(Schema.KIND_TASK)) year = year(info.date());
        Document d = new Document();
        d.add(new StringField(Schema.KIND, kind, Field.Store.YES));
        d.add(new StringField(Schema.SOURCE, record.source(), Field.Store.YES));
        filterFields(d, info);
        d.add(new StoredField(Schema.START, start));
        d.add(new StoredField(Schema.END, end));
        String t = text == null ? "" : text;
        d.add(new StoredField(Schema.TEXT, t));
        AnalyzedText tokens = AnalyzedText.of(Canonical.forMatching(t));
        passageTexts(d, tokens, 0, t.length());
        if (year != null) {
            d.add(new IntPoint(Schema.YEAR, year));
            d.add(new StoredField(Schema.YEAR, year));
            d.add(new SortedSetDocValuesFacetField(Schema.YEAR, year.toString()));
        }
        return d;
    }

    /** The document metadata that --type, --issuer and --jurisdiction filter on. */
    private static void filterFields(Document d, DocumentInfo info) {
        if (info.type() != null) d.add(new StringField(Schema.TYPE_KEY, Canonical.fold(info.type()), Field.Store.NO));
        if (info.typeName() != null) {
            d.add(new StringField(Schema.TYPE_NAME_KEY, Canonical.key(Canonical.fold(info.typeName())), Field.Store.NO));
        }
        if (info.issuer() != null) d.add(new TextField(Schema.ISSUER_F, Canonical.forMatching(info.issuer()), Field.Store.NO));
        if (info.jurisdiction() != null) {
            d.add(new TextField(Schema.JURISDICTION_F, Canonical.forMatching(info.jurisdiction()), Field.Store.NO));
        }
    }

    /** Agencies as facet values and a folded text filter, each canonical name once. */
    private static void addAgencies(Document d, List<String> names) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String n : names) if (n != null && !n.isBlank()) unique.putIfAbsent(Canonical.key(n), n.strip());
        for (String n : unique.values()) {
            d.add(new SortedSetDocValuesFacetField(Schema.AGENCY, n));
            d.add(new TextField(Schema.AGENCY_F, Canonical.forMatching(n), Field.Store.NO));
        }
    }

    private static void texts(Document d, String group, AnalyzedText text) {
        d.add(new Field(group, text.stream(VietnameseAnalyzer.Form.EXACT), POSITIONS));
        d.add(new Field(group + Schema.FOLDED, text.stream(VietnameseAnalyzer.Form.FOLDED), POSITIONS));
        d.add(new Field(group + Schema.BIGRAMS, text.stream(VietnameseAnalyzer.Form.BIGRAMS), FREQS));
    }

    private static void passageTexts(Document d, AnalyzedText tokens, int from, int to) {
        d.add(new Field(Schema.PASSAGE_TEXT + Schema.FOLDED, tokens.stream(VietnameseAnalyzer.Form.FOLDED, from, to), POSITIONS));
    }

    /** Words for phrases and ranking; bigrams only add to a score, so they need no positions nor length norms. */
    private static final FieldType POSITIONS = TextField.TYPE_NOT_STORED;
    private static final FieldType FREQS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        FREQS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        FREQS.setOmitNorms(true);
        FREQS.freeze();
    }

    private static void stored(Document d, String field, String value) {
        if (value != null) d.add(new StoredField(field, value));
    }

    /** The year of an ISO date ("2025", "2025-12", "2025-12-15"); null for recurring or absent dates. */
    static Integer year(String date) {
        if (date == null || date.length() < 4) return null;
        String y = date.substring(0, 4);
        return y.chars().allMatch(Character::isDigit) ? Integer.valueOf(y) : null;
    }
}
