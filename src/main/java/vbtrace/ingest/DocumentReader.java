package vbtrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import vbtrace.text.DecodedText;
import vbtrace.text.NormalizedText;
import vbtrace.text.TextDecoder;
import vbtrace.text.TextNormalizer;

/**
 * Turns a file into {@link SourceText}: the one entry point of the ingest stage. Plain text is
 * decoded in process; every other format is parsed by Tika in a separate parser process (see
 * {@link ParserProcess}) with a time limit, a heap limit and a write limit. PDFs whose text layer
 * is missing or broken are read again by OCR. Reuse one reader for a batch (it may be shared by
 * several threads) and close it at the end to stop its parser processes.
 */
public final class DocumentReader implements AutoCloseable {
    static {
        // Tika's libraries would announce on stderr that no logging backend is configured;
        // stderr is for one line per failed file.
        System.setProperty("slf4j.internal.verbosity", System.getProperty("slf4j.internal.verbosity", "ERROR"));
        System.setProperty("log4j2.statusLoggerLevel", System.getProperty("log4j2.statusLoggerLevel", "OFF"));
    }

    private final Options options;
    private final TextDecoder decoder = new TextDecoder();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ParserPool parsers;
    private volatile Tesseract tesseract;

    /**
     * How files are read; {@link #defaults()} reads system properties {@code vbtrace.*} where set.
     *
     * @param writeLimit      most characters taken from one file
     * @param maxTextBytes    largest plain-text file (it is read into memory)
     * @param parseTimeout    time limit of one parse without OCR
     * @param ocrPageTimeout  time allowed per page when OCR'ing
     * @param ocrDpi          resolution of page images for OCR
     * @param parserHeap      heap of each parser process ({@code -Xmx})
     * @param parsers         most parser processes at once (one per thread reading)
     * @param tesseract       the OCR engine; null to locate it on first need ({@link Tesseract#locate()})
     */
    public record Options(int writeLimit, long maxTextBytes, Duration parseTimeout, Duration ocrPageTimeout,
                          int ocrDpi, String parserHeap, int parsers, Tesseract tesseract) {
        public static Options defaults() {
            return new Options(
                    // far above real documents (the longest decree is ~0.3 M characters), and what a
                    // 512 MB heap can carry through normalization and extraction
                    Integer.getInteger("vbtrace.writeLimit", 5_000_000),
                    Long.getLong("vbtrace.maxTextBytes", 16L << 20),
                    Duration.ofSeconds(Long.getLong("vbtrace.parseTimeout", 120)),
                    Duration.ofSeconds(Long.getLong("vbtrace.ocrPageTimeout", 120)),
                    Integer.getInteger("vbtrace.ocrDpi", 300),
                    System.getProperty("vbtrace.parserHeap", "512m"),
                    Integer.getInteger("vbtrace.parsers", 2),
                    null);
        }

        public Options withTesseract(Tesseract tesseract) {
            return new Options(writeLimit, maxTextBytes, parseTimeout, ocrPageTimeout, ocrDpi, parserHeap, parsers, tesseract);
        }
    }

    public DocumentReader() {
        this(Options.defaults());
    }

    public DocumentReader(Options options) {
        this.options = options;
        this.tesseract = options.tesseract();
        this.parsers = new ParserPool(options.parsers(),
                () -> new ParserProcess(options.parserHeap(), tesseract().directory()));
    }

    public SourceText read(Path file) throws IngestException {
        return read(file, null, null);
    }

    /**
     * Reads {@code file} whose bytes and their {@link #sha256(byte[]) hash} the caller already has
     * (to skip an unchanged file), so neither is taken twice; both null to read them here.
     */
    public SourceText read(Path file, byte[] content, String sha256) throws IngestException {
        long size = checkReadable(file);
        if (size == 0 || (content != null && content.length == 0)) throw new IngestException("empty file");
        if (content == null && Formats.textFormatNamed(file) != null && size <= options.maxTextBytes()) content = readAll(file);
        Formats.Format format = content == null ? null : Formats.plainTextByName(file, content);
        if (format == null) format = format(file);
        SourceText source;
        if (format != null && format.kind() == Formats.Kind.TEXT) {
            checkTextSize(content == null ? size : content.length);
            if (content == null) content = readAll(file);
            source = readText(file, content, sha256 == null ? sha256(content) : sha256, format);
        } else {
            source = readParsed(file, sha256);
        }
        if (source.text().isBlank()) throw new IngestException("no text found (the document is empty or holds only images)");
        return source;
    }

    /** Tika's media type registry, loaded on first need: plain text named as such does without it. */
    private static final class Detector {
        static final MimeTypes MIME_TYPES = MimeTypes.getDefaultMimeTypes();
    }

    /**
     * The format by magic bytes and file name only (cheap, no parsing; the parser process detects
     * fully). A file named as plain text whose content merely looks like XML, mail or another
     * text type is still read as the plain text its name says.
     */
    static Formats.Format format(Path file) throws IngestException {
        MimeTypes mimeTypes = Detector.MIME_TYPES;
        Metadata metadata = new Metadata();
        String name = String.valueOf(file.getFileName());
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType detected;
        try (InputStream in = TikaInputStream.get(file)) {
            detected = mimeTypes.detect(in, metadata);
        } catch (IOException e) {
            throw new IngestException(cannotRead(e), e);
        }
        Formats.Format format = Formats.of(detected);
        if (format != null) return format;
        Formats.Format byName = Formats.of(mimeTypes.getMimeType(name).getType());
        boolean textual = mimeTypes.getMediaTypeRegistry().isInstanceOf(detected, MediaType.TEXT_PLAIN);
        return byName != null && byName.kind() == Formats.Kind.TEXT && textual ? byName : null;
    }

    private void checkTextSize(long size) throws IngestException {
        if (size > options.maxTextBytes()) {
            throw new IngestException("plain-text file too large (" + (size >> 20) + " MB; limit "
                    + (options.maxTextBytes() >> 20) + " MB)");
        }
    }

    private static byte[] readAll(Path file) throws IngestException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(cannotRead(e), e);
        }
    }

    private SourceText readText(Path file, byte[] bytes, String sha256, Formats.Format format) throws IngestException {
        DecodedText decoded = decoder.decode(bytes);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        return build(file, sha256, decoded.text(), format.type().toString(), decoded.encoding(), warnings);
    }

    private SourceText readParsed(Path file, String knownSha256) throws IngestException {
        String sha256 = knownSha256 != null ? knownSha256 : sha256(file);
        ParseRequest request = new ParseRequest(file.toAbsolutePath().toString(), ParseRequest.Ocr.NONE,
                options.writeLimit(), options.ocrDpi());
        ParsedDocument parsed = parsers.parse(request, options.parseTimeout());
        List<String> warnings = new ArrayList<>();
        DecodedText repaired = decoder.repairLegacy(parsed.text());
        String text = repaired.text();
        String encoding = repaired.encoding();
        warnings.addAll(repaired.warnings());
        if (Formats.isPdf(parsed.mediaType())) {
            TextLayer layer = TextLayer.assess(Normalizer.normalize(text, Normalizer.Form.NFC), parsed.pageLetters());
            if (layer.quality() != TextLayer.Quality.GOOD) {
                parsed = ocr(request.withOcr(ParseRequest.Ocr.ALL), layer);
                text = parsed.text();
                encoding = null;
                warnings.clear();
                warnings.add(describe(layer) + "; read by OCR (Tesseract, Vietnamese, " + options.ocrDpi() + " dpi)");
            } else if (layer.pagesWithoutText() > 0) {
                String pages = layer.pagesWithoutText() + " of " + layer.pages() + " pages have no text layer";
                if (tesseract().usable()) {
                    // a scanned page among typed ones (an attached scan, a signed last page): OCR just those
                    parsed = ocr(request.withOcr(ParseRequest.Ocr.PAGES_WITHOUT_TEXT), layer);
                    repaired = decoder.repairLegacy(parsed.text());
                    text = repaired.text();
                    warnings.add(pages + "; those were read by OCR (Tesseract, Vietnamese, " + options.ocrDpi() + " dpi)");
                } else {
                    warnings.add(pages + "; " + tesseract().missing() + " to read them by OCR");
                }
            }
        }
        if (parsed.truncated()) {
            warnings.add("text cut off at the write limit of " + options.writeLimit() + " characters");
        }
        return build(file, sha256, text, parsed.mediaType(), encoding, warnings);
    }

    private ParsedDocument ocr(ParseRequest request, TextLayer layer) throws IngestException {
        Tesseract engine = tesseract();
        if (!engine.usable()) {
            throw new IngestException(layer.quality() == TextLayer.Quality.SCANNED
                    ? "is a scanned PDF with no text layer; " + engine.missing() + " to read it"
                    : "is a PDF whose text layer is broken (Vietnamese letters missing); " + engine.missing()
                            + " to read it by OCR");
        }
        int ocrPages = request.ocr() == ParseRequest.Ocr.ALL ? layer.pages() : layer.pagesWithoutText();
        Duration timeout = options.parseTimeout().plus(options.ocrPageTimeout().multipliedBy(Math.max(1, ocrPages)));
        ParsedDocument ocred = parsers.parse(request, timeout);
        if (ocred.text().isBlank()) throw new IngestException(describe(layer) + " and OCR found no text in it");
        return ocred;
    }

    private static String describe(TextLayer layer) {
        return switch (layer.quality()) {
            case SCANNED -> "scanned PDF: no text layer (" + layer.letters() + " letters on " + layer.pages() + " pages)";
            case BROKEN -> String.format("broken PDF text layer: %.1f%% Vietnamese-only letters, about 20%% expected",
                    100 * layer.vietnameseShare());
            case GOOD -> "good text layer";
        };
    }

    private SourceText build(Path file, String sha256, String raw, String format, String encoding, List<String> warnings) {
        NormalizedText normalized = normalizer.normalize(raw);
        warnings.addAll(normalized.warnings());
        return new SourceText(file.toString(), sha256, normalized.text(), raw, normalized.offsets(), normalized.stamps(),
                format, encoding, warnings);
    }

    /** The engine for OCR, located on first need. */
    private Tesseract tesseract() {
        Tesseract t = tesseract;
        if (t == null) tesseract = t = Tesseract.locate();
        return t;
    }

    private static long checkReadable(Path file) throws IngestException {
        if (Files.isDirectory(file)) throw new IngestException("is a folder");
        if (!Files.exists(file)) throw new IngestException("no such file");
        if (!Files.isRegularFile(file)) throw new IngestException("not a regular file (device, pipe or socket)");
        if (!Files.isReadable(file)) throw new IngestException("permission denied");
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IngestException(cannotRead(e), e);
        }
    }

    static String cannotRead(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        return "cannot read: " + ParseFailures.summary(e);
    }

    @Override
    public void close() {
        parsers.close();
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String sha256(Path file) throws IngestException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IngestException(cannotRead(e), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
