package vbtrace.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A reader that keeps each field's norms (the length factor of a score) in an array once read.
 * The title and body fields are only on document entries, a few percent of all entries (passages
 * and items make up the rest), so Lucene stores their norms sparse, and each scoring clause then
 * scans them one by one up to every document it scores. An array answers at once; the values are
 * the same, so scores are too. Costs a byte per entry per scored field, read on first use.
 */
final class ArrayNormsReader extends FilterDirectoryReader {
    ArrayNormsReader(DirectoryReader in) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new Leaf(reader);
            }
        });
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new ArrayNormsReader(in);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    private static final class Leaf extends FilterLeafReader {
        /** Norms by field; {@link #UNFIT} when a value does not fit a byte (then read from the index). */
        private final Map<String, Norms> norms = new ConcurrentHashMap<>();
        private static final Norms UNFIT = new Norms(new byte[0], new FixedBitSet(1), 0);

        Leaf(LeafReader in) {
            super(in);
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            Norms n = norms.get(field);
            if (n == null) {
                NumericDocValues values = in.getNormValues(field);
                if (values == null) return null;
                n = Norms.read(values, maxDoc());
                if (n == null) n = UNFIT;
                norms.put(field, n);
            }
            return n == UNFIT ? in.getNormValues(field) : n.iterator();
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    private record Norms(byte[] values, FixedBitSet present, int count) {
        static Norms read(NumericDocValues in, int maxDoc) throws IOException {
            byte[] values = new byte[maxDoc];
            FixedBitSet present = new FixedBitSet(maxDoc);
            int count = 0;
            for (int doc = in.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = in.nextDoc()) {
                long v = in.longValue();
                if (v != (byte) v) return null;
                values[doc] = (byte) v;
                present.set(doc);
                count++;
            }
            return new Norms(values, present, count);
        }

        NumericDocValues iterator() {
            return new NumericDocValues() {
                private int doc = -1;

                @Override
                public long longValue() {
                    return values[doc];
                }

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return present.get(target);
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    doc = target >= values.length ? NO_MORE_DOCS : present.nextSetBit(target);
                    return doc;
                }

                @Override
                public long cost() {
                    return count;
                }
            };
        }
    }
}
