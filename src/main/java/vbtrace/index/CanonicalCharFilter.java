package vbtrace.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;
import vbtrace.text.Canonical;

/**
 * Rewrites the input to its {@link Canonical#forMatching} spelling (NFC, Ð→Đ, one tone placement)
 * before tokenizing, so "Tỉnh uỷ" and "Tỉnh ủy" give the same terms. The rewrite keeps the
 * length of NFC input, so offsets need no correction.
 */
public final class CanonicalCharFilter extends CharFilter {
    private String text;
    private int pos;

    public CanonicalCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (text == null) text = Canonical.forMatching(readAll());
        if (pos >= text.length()) return -1;
        int n = Math.min(len, text.length() - pos);
        text.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = input.read(buf)) != -1; ) sb.append(buf, 0, n);
        return sb.toString();
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
