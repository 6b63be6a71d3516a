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

    private static final Map<MediaType, Format> FORMATS = new LinkedHashMap<>();
    /** File name ending → the plain-text format it names (column 4 of {@code formats.txt}). */
    private static final Map<String, Format> TEXT_BY_NAME = new LinkedHashMap<>();

    static {
        load();
    }

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

    /**
     * The plain-text format a file's name says ({@code .txt}, {@code .md}) when its first bytes
     * are clean text, or null: then only content detection can tell. Clean text has no control
     * bytes but tab, line breaks, form feed and escape, and none of the marks by which Tika's
     * detection would take it for another format it reads: markup at its start (HTML, XML),
     * {@code <html} near it, {@code %PDF} or <code>{\rtf</code>. A tag inside the text ({@code <i>})
     * is text.
     */
    static Format plainTextByName(Path file, byte[] content) {
        Format format = textFormatNamed(file);
        if (format == null) return null;
        int head = Math.min(content.length, HEAD);
        boolean bom = head >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb && (content[2] & 0xff) == 0xbf;
        int first = bom ? 3 : 0;
        while (first < head && Character.isWhitespace(content[first])) first++;
        if (first < head && content[first] == '<') return null;
        for (int i = 0; i < head; i++) {
            int b = content[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) return null;
            boolean mark = (b == '<' && i < 8192 && startsWithIgnoreCase(content, i + 1, "html"))
                    || (b == '%' && startsWithIgnoreCase(content, i + 1, "PDF"))
                    || (b == '{' && startsWithIgnoreCase(content, i + 1, "\\rtf"));
            if (mark) return null;
        }
        return format;
    }

    /** The plain-text format the file's name ending stands for, or null. */
    static Format textFormatNamed(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return TEXT_BY_NAME.get(name.substring(name.lastIndexOf('.') + 1));
    }

    /** How much of a file's start {@link #plainTextByName} looks at: all of Tika's text magic does too. */
    private static final int HEAD = 64 * 1024;

    private static boolean startsWithIgnoreCase(byte[] content, int at, String ascii) {
        if (at + ascii.length() > content.length) return false;
        for (int i = 0; i < ascii.length(); i++) {
            if (Character.toLowerCase(content[at + i]) != Character.toLowerCase(ascii.charAt(i))) return false;
        }
        return true;
    }

    static boolean isPdf(String mediaType) {
        return MediaType.application("pdf").toString().equals(mediaType);
    }

    private static void load() {
        try (InputStream in = Formats.class.getResourceAsStream("formats.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                MediaType type = MediaType.parse(cols[0].trim());
                Format format = new Format(type, cols[1].trim(), Kind.valueOf(cols[2].trim().toUpperCase()));
                FORMATS.put(type, format);
                if (cols.length > 3 && format.kind() == Kind.TEXT) {
                    for (String ending : cols[3].trim().split("\\s+")) TEXT_BY_NAME.put(ending, format);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
