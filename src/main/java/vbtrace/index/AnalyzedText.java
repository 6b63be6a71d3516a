package vbtrace.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * A canonical text tokenized once, with each token's exact and folded term and its offsets. The
 * index takes all its text fields from here (the document's and every passage's, in the three
 * {@link VietnameseAnalyzer.Form forms}) instead of analyzing the same text six times; the terms
 * are the ones {@link VietnameseAnalyzer} gives a query. Terms are handed to the index as UTF-8
 * bytes made once per token, not converted again for every field that takes them.
 */
final class AnalyzedText {
    final String[] exact, folded;
    final int[] start, end;
    final int size;
    private final BytesRef[] exactBytes, foldedBytes;

    private AnalyzedText(String[] exact, String[] folded, int[] start, int[] end, int size) {
        this.exact = exact;
        this.folded = folded;
        this.start = start;
        this.end = end;
        this.size = size;
        this.exactBytes = new BytesRef[size];
        this.foldedBytes = new BytesRef[size];
        for (int i = 0; i < size; i++) {
            exactBytes[i] = new BytesRef(exact[i]);
            foldedBytes[i] = folded[i] == exact[i] ? exactBytes[i] : new BytesRef(folded[i]);
        }
    }

    static AnalyzedText of(String canonicalText) {
        int capacity = Math.max(16, canonicalText.length() / 4);
        String[] exact = new String[capacity], folded = new String[capacity];
        int[] start = new int[capacity], end = new int[capacity];
        int n = 0;
        char[] buffer = new char[64];
        try (StandardTokenizer tokenizer = new StandardTokenizer(); TokenStream ts = new LowerCaseFilter(tokenizer)) {
            tokenizer.setReader(new StringReader(canonicalText));
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == exact.length) {
                    int c = n * 2;
                    exact = Arrays.copyOf(exact, c);
                    folded = Arrays.copyOf(folded, c);
                    start = Arrays.copyOf(start, c);
                    end = Arrays.copyOf(end, c);
                }
                char[] t = term.buffer();
                int len = term.length();
                exact[n] = new String(t, 0, len);
                if (buffer.length < 4 * len) buffer = new char[4 * len];
                int foldedLength = fold(t, len, buffer);
                folded[n] = foldedLength < 0 ? exact[n] : new String(buffer, 0, foldedLength);
                start[n] = offset.startOffset();
                end[n] = offset.endOffset();
                n++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AnalyzedText(exact, folded, start, end, n);
    }

    /** What {@link ASCIIFoldingFilter} makes of each char below {@link #TABLE_END} when that is one char. */
    private static final int TABLE_END = 0x2000;
    private static final char[] FOLD = new char[TABLE_END];
    private static final boolean[] ONE_CHAR = new boolean[TABLE_END];

    static {
        char[] in = new char[1], out = new char[4];
        for (char c = 0; c < TABLE_END; c++) {
            in[0] = c;
            if (ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1) == 1) {
                FOLD[c] = out[0];
                ONE_CHAR[c] = true;
            }
        }
    }

    /**
     * Folds {@code term[0, len)} into {@code out} as {@link ASCIIFoldingFilter} would, by table for
     * the Latin letters Vietnamese uses; -1 when nothing changes.
     */
    static int fold(char[] term, int len, char[] out) {
        boolean changed = false;
        for (int i = 0; i < len; i++) {
            char c = term[i];
            if (c >= TABLE_END || !ONE_CHAR[c]) {
                int n = ASCIIFoldingFilter.foldToASCII(term, 0, out, 0, len);
                return n == len && Arrays.equals(term, 0, len, out, 0, len) ? -1 : n;
            }
            char f = FOLD[c];
            out[i] = f;
            changed |= f != c;
        }
        return changed ? len : -1;
    }

    /** The index of the first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int i = Arrays.binarySearch(start, 0, size, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The tokens of {@code [from, to)} chars as a token stream in the given form. */
    TokenStream stream(VietnameseAnalyzer.Form form, int from, int to) {
        return new Stream(form, tokenAt(from), tokenAt(to));
    }

    TokenStream stream(VietnameseAnalyzer.Form form) {
        return new Stream(form, 0, size);
    }

    /** The tokens as terms in bytes ({@link BytesTermAttribute}), each attribute its own. */
    private final class Stream extends TokenStream {
        private final BytesTermAttribute term;
        private final OffsetAttribute offset;
        private final PositionIncrementAttribute increment;
        private final BytesRefBuilder pair = new BytesRefBuilder();
        private final VietnameseAnalyzer.Form form;
        private final int from, to;
        private int next;

        Stream(VietnameseAnalyzer.Form form, int from, int to) {
            // not the packed token attributes, whose own term (in chars) would stand for the bytes
            super(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY);
            term = addAttribute(BytesTermAttribute.class);
            offset = addAttribute(OffsetAttribute.class);
            increment = addAttribute(PositionIncrementAttribute.class);
            this.form = form;
            this.from = from;
            this.to = to;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = form == VietnameseAnalyzer.Form.BIGRAMS ? from + 1 : from;
        }

        @Override
        public boolean incrementToken() {
            if (next >= to) return false;
            clearAttributes();
            int i = next++;
            switch (form) {
                case EXACT -> term.setBytesRef(exactBytes[i]);
                case FOLDED -> term.setBytesRef(foldedBytes[i]);
                case BIGRAMS -> {
                    pair.clear();
                    pair.append(foldedBytes[i - 1]);
                    pair.append((byte) ' ');
                    pair.append(foldedBytes[i]);
                    term.setBytesRef(pair.get());
                }
            }
            offset.setOffset(form == VietnameseAnalyzer.Form.BIGRAMS ? start[i - 1] : start[i], end[i]);
            increment.setPositionIncrement(1);
            return true;
        }
    }
}
