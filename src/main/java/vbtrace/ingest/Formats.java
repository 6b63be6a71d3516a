package vbtrace.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.mime.MediaType;

/** The media types vbtrace reads (data file {@code formats.txt}) and how each is read. */
final class Formats {
    enum Kind {
        /** decoded in process: bytes → {@code TextDecoder} */
        TEXT,
        /** parsed by Tika in the parser process */
        PARSE
    }

    record Format(MediaType type, String name, Kind kind) {}

    /** File name endings of the formats above, for messages and for picking documents out of a folder. */
    static final List<String> EXTENSIONS = List.of("txt", "md", "html", "htm", "docx", "doc", "odt", "rtf", "pdf");

    static final String SUPPORTED = "." + String.join(", .", EXTENSIONS);

    private static final Map<MediaType, Format> FORMATS = load();

    private Formats() {}

    /** The format of a detected media type (parameters such as charset ignored), or null when unsupported. */
    static Format of(MediaType type) {
        return type == null ? null : FORMATS.get(type.getBaseType());
    }

    /** Whether the file name ends in one of {@link #EXTENSIONS} (case-insensitive). */
    static boolean hasDocumentExtension(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    static boolean isPdf(String mediaType) {
        return MediaType.application("pdf").toString().equals(mediaType);
    }

    private static Map<MediaType, Format> load() {
        Map<MediaType, Format> formats = new LinkedHashMap<>();
        try (InputStream in = Formats.class.getResourceAsStream("formats.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                MediaType type = MediaType.parse(cols[0].trim());
                formats.put(type, new Format(type, cols[1].trim(), Kind.valueOf(cols[2].trim().toUpperCase())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(formats);
    }
}
