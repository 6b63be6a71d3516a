package vbtrace.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index layout. One Lucene index holds, per corpus file, one {@code doc} entry (metadata,
 * full text, the extraction record as JSON, facets), its {@code passage} entries (sections or
 * paragraphs, so hits land on the right one) and its {@code task}/{@code target}/{@code deadline}
 * entries; all carry {@link #SOURCE} so a changed file replaces them together.
 * Text is indexed in three forms per {@link VietnameseAnalyzer.Form}: field {@code X}, {@code X_f},
 * {@code X_bi}.
 */
public final class Schema {
    private Schema() {}

    public static final String KIND = "kind";
    public static final String KIND_DOC = "doc", KIND_PASSAGE = "passage", KIND_TASK = "task",
            KIND_TARGET = "target", KIND_DEADLINE = "deadline";

    public static final String SOURCE = "source";
    public static final String SHA256 = "sha256";
    public static final String RECORD = "record";
    public static final String BYTES = "bytes";

    /** The document's own number, {@link DocumentNumbers#key folded}, kept whole. */
    public static final String NUMBER_KEY = "number_key";
    public static final String NUMBER = "number", TYPE = "type", TYPE_NAME = "type_name", ISSUER = "issuer",
            JURISDICTION = "jurisdiction", DATE = "date", YEAR = "year", AGENCY = "agency", TITLE = "title";
    /** Keyword filters: the folded type code and type name. */
    public static final String TYPE_KEY = "type_key", TYPE_NAME_KEY = "type_name_key";

    /** Text groups (each indexed as X, X_f, X_bi). */
    public static final String TITLE_TEXT = "title", BODY_TEXT = "body", PASSAGE_TEXT = "ptext";
    /** Folded-text filters on metadata. */
    public static final String ISSUER_F = "issuer_f", JURISDICTION_F = "jurisdiction_f", AGENCY_F = "agency_f";

    /** Passage and item fields. */
    public static final String ORD = "ord", START = "start", END = "end", SECTION = "section", TEXT = "text",
            ROLE = "role";

    public static final String FOLDED = "_f", BIGRAMS = "_bi";

    /** The facet dimensions, in the order they are shown. */
    public static final String[] FACETS = {TYPE, ISSUER, JURISDICTION, YEAR, AGENCY};

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(AGENCY, true);
        return config;
    }

    /** The analyzer for queries: any spelling. */
    public static Analyzer analyzer() {
        return analyzer(false);
    }

    /** The analyzer for indexing text that {@link RecordDocuments} has already made canonical. */
    public static Analyzer indexAnalyzer() {
        return analyzer(true);
    }

    private static Analyzer analyzer(boolean canonical) {
        Analyzer exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, canonical);
        Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, canonical);
        Analyzer bigrams = new VietnameseAnalyzer(VietnameseAnalyzer.Form.BIGRAMS, canonical);
        Map<String, Analyzer> fields = new HashMap<>();
        for (String group : new String[] {TITLE_TEXT, BODY_TEXT, PASSAGE_TEXT}) {
            fields.put(group, exact);
            fields.put(group + FOLDED, folded);
            fields.put(group + BIGRAMS, bigrams);
        }
        for (String f : new String[] {ISSUER_F, JURISDICTION_F, AGENCY_F}) fields.put(f, folded);
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }
}
