package vbtrace.ingest;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;

/** Turns what a parser threw into one line a person can act on. */
final class ParseFailures {
    private ParseFailures() {}

    static String reason(Throwable error, String formatName) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase();
            String kind = t.getClass().getSimpleName();
            // Tika's, POI's and PDFBox's own exceptions for encrypted files
            if (t instanceof EncryptedDocumentException || kind.contains("Encrypted") || kind.contains("InvalidPassword")) {
                return "encrypted (password-protected) " + formatName + "; it cannot be read without the password";
            }
            if (message.contains("zip bomb")) {
                return "looks like a zip bomb (a compressed part expands far beyond its size); not read";
            }
            if (t instanceof ZeroByteFileException) return "empty file";
            if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) return "no such file";
            if (t instanceof AccessDeniedException) return "permission denied";
        }
        return "not a readable " + formatName + ": damaged, truncated or of another format (" + summary(deepest(error)) + ")";
    }

    private static Throwable deepest(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    /** The message on one short line; the exception's class when it has none. */
    static String summary(Throwable t) {
        String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 160 ? message.substring(0, 157) + "…" : message;
    }
}
