package vbtrace.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import vbtrace.text.OffsetMap;

/** Turns a file into {@link SourceText}. The one entry point of the ingest stage. */
public final class DocumentReader {
    public SourceText read(Path file) throws IngestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException("cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) throw new IngestException("empty file");
        String text = Normalizer.normalize(new String(bytes, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        return new SourceText(file.toString(), sha256(bytes), text, text, OffsetMap.identity(text.length()),
                "text/plain", "UTF-8", List.of());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
