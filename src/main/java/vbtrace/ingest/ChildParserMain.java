package vbtrace.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * The parser process: reads {@link ParseRequest}s from stdin and answers each on stdout with a
 * status byte and a {@link ParsedDocument} or a reason. Started and restarted by
 * {@link ParserProcess}; ends when stdin closes. Runs with its own heap limit and
 * {@code -XX:+ExitOnOutOfMemoryError}, so a file that exhausts memory only ends this process.
 */
public final class ChildParserMain {
    static final byte OK = 0;
    static final byte FAILED = 1;

    private ChildParserMain() {}

    public static void main(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        // stdout carries the protocol; whatever a library prints goes to stderr instead
        System.setOut(System.err);
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        TikaExtractor extractor = new TikaExtractor();
        while (true) {
            ParseRequest request;
            try {
                request = ParseRequest.readFrom(in);
            } catch (EOFException e) {
                return;
            }
            try {
                ParsedDocument document = extractor.parse(request);
                out.writeByte(OK);
                document.writeTo(out);
            } catch (IngestException e) {
                out.writeByte(FAILED);
                Wire.writeString(out, e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                out.writeByte(FAILED);
                Wire.writeString(out, "parser failed: " + ParseFailures.summary(e));
            }
            out.flush();
        }
    }
}
