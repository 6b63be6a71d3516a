package vbtrace.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vbtrace.text.DecodedText;
import vbtrace.text.NormalizedText;
import vbtrace.text.TextDecoder;
import vbtrace.text.TextNormalizer;

/**
 * Turns a file into {@link SourceText}. The one entry point of the ingest stage. Reuse one reader
 * for a batch and close it at the end (it may hold parser processes).
 */
public final class DocumentReader implements AutoCloseable {
    private final TextDecoder decoder = new TextDecoder();
    private final TextNormalizer normalizer = new TextNormalizer();

    public SourceText read(Path file) throws IngestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException("cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) throw new IngestException("empty file");
        DecodedText decoded = decoder.decode(bytes);
        NormalizedText normalized = normalizer.normalize(decoded.text());
        List<String> warnings = new ArrayList<>(decoded.warnings());
        warnings.addAll(normalized.warnings());
        return new SourceText(file.toString(), sha256(bytes), normalized.text(), decoded.text(), normalized.offsets(),
                normalized.stamps(), "text/plain", decoded.encoding(), warnings);
    }

    @Override
    public void close() {}

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
