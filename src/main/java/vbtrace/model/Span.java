package vbtrace.model;

/** A half-open range {@code [start, end)} of the normalized text. */
public record Span(int start, int end) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other != null && other.start >= start && other.end <= end;
    }
}
