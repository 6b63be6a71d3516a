package vbtrace.ingest;

/** A file that cannot be read, with a reason a person can act on (no stack trace is shown). */
public class IngestException extends Exception {
    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
