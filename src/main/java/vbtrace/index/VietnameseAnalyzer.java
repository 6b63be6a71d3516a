package vbtrace.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese text as index terms, in three forms built from the same tokens (UAX#29 words, which
 * for Vietnamese are syllables): {@link Form#EXACT} keeps the diacritics (lower-cased canonical
 * spelling); {@link Form#FOLDED} drops them (đ→d) so a query typed without diacritics matches;
 * {@link Form#BIGRAMS} pairs neighbouring folded syllables so a multi-syllable word or name
 * ("công tác", "Lạng Sơn") scores as a unit. Every form first goes through {@link CanonicalCharFilter},
 * except at index time, where the text is made canonical once for all its fields ({@link #canonical}).
 */
public final class VietnameseAnalyzer extends Analyzer {
    public enum Form { EXACT, FOLDED, BIGRAMS }

    /** Values of a multi-valued field are this far apart, so a phrase never spans two of them. */
    static final int VALUE_GAP = 100;

    private final Form form;
    private final boolean canonical;

    /** An analyzer for text in any spelling (queries, snippets). */
    public VietnameseAnalyzer(Form form) {
        this(form, false);
    }

    /** {@code canonical}: the text is already {@link vbtrace.text.Canonical#forMatching canonical}. */
    public VietnameseAnalyzer(Form form, boolean canonical) {
        this.form = form;
        this.canonical = canonical;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return canonical ? reader : new CanonicalCharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new CanonicalCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = normalize(fieldName, tokenizer);
        if (form == Form.BIGRAMS) {
            ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
            shingles.setOutputUnigrams(false);
            stream = shingles;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream out = new LowerCaseFilter(in);
        return form == Form.EXACT ? out : new ASCIIFoldingFilter(out);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
