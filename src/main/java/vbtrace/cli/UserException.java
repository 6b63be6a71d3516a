package vbtrace.cli;

/** An unusable argument or state, reported as one line on stderr with exit code 2. */
public final class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
