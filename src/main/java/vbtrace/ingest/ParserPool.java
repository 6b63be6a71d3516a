package vbtrace.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Supplier;

/** Parser processes shared by the threads of a batch: at most {@code size}, started on demand. */
final class ParserPool implements AutoCloseable {
    private final int size;
    private final Supplier<ParserProcess> factory;
    private final LinkedBlockingDeque<ParserProcess> idle = new LinkedBlockingDeque<>();
    private final List<ParserProcess> all = new ArrayList<>();
    private boolean closed;

    ParserPool(int size, Supplier<ParserProcess> factory) {
        this.size = Math.max(1, size);
        this.factory = factory;
    }

    ParsedDocument parse(ParseRequest request, Duration timeout) throws IngestException {
        ParserProcess process = borrow();
        try {
            return process.parse(request, timeout);
        } finally {
            idle.addFirst(process); // the most recently used one is warm
        }
    }

    private ParserProcess borrow() throws IngestException {
        ParserProcess process = idle.pollFirst();
        if (process != null) return process;
        synchronized (this) {
            if (closed) throw new IllegalStateException("the document reader is closed");
            if (all.size() < size) {
                ParserProcess created = factory.get();
                all.add(created);
                return created;
            }
        }
        try {
            return idle.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        all.forEach(ParserProcess::close);
        all.clear();
        idle.clear();
    }
}
