package vbtrace.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs Tika on one file with its protections on: the write limit, the zip-bomb guard (maximum
 * compression ratio, XML and package nesting depth) and OCR only on
 * request. Meant to run inside the parser process ({@link ChildParserMain}), where a hang or an
 * exhausted heap cannot take the batch down.
 */
final class TikaExtractor {
    /** Tika's zip-bomb guard: text may be at most this many times larger than its compressed input. */
    static final long MAX_COMPRESSION_RATIO = 100;
    /** Nesting of XML elements (real documents nest tables in tables; a bomb nests without end). */
    static final int MAX_XML_DEPTH = 100;
    /** Nesting of entries inside packages (zip in zip …). */
    static final int MAX_PACKAGE_ENTRY_DEPTH = 10;
    /** Output before the compression-ratio check starts (small parts may expand a lot legitimately). */
    static final long RATIO_CHECK_THRESHOLD = 1_000_000;

    private final AutoDetectParser parser = new AutoDetectParser();

    TikaExtractor() {
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
        config.setMaximumDepth(MAX_XML_DEPTH);
        config.setMaximumPackageEntryDepth(MAX_PACKAGE_ENTRY_DEPTH);
        config.setOutputThreshold(RATIO_CHECK_THRESHOLD);
        parser.setAutoDetectParserConfig(config);
    }

    ParsedDocument parse(ParseRequest request) throws IngestException {
        Path file = Path.of(request.path());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
        StringWriter text = new StringWriter();
        PageLetterCounter handler = new PageLetterCounter(
                new BodyContentHandler(new WriteOutContentHandler(text, request.writeLimit())));
        String formatName = "document";
        MediaType type = null;
        boolean truncated = false;
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            type = parser.getDetector().detect(in, metadata);
            Formats.Format format = Formats.of(type);
            if (format == null) throw new IngestException(unsupported(type));
            formatName = format.name();
            ZipBombCheck.check(file);
            metadata.set(Metadata.CONTENT_TYPE, type.toString());
            parser.parse(in, handler, metadata, context(request));
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) throw new IngestException(ParseFailures.reason(e, formatName), e);
            truncated = true;
        } catch (TikaException | IOException | RuntimeException e) {
            throw new IngestException(ParseFailures.reason(e, formatName), e);
        }
        return new ParsedDocument(text.toString(), type.getBaseType().toString(), handler.pageLetters(), truncated);
    }

    static String unsupported(MediaType type) {
        return "unsupported format " + type.getBaseType() + " (vbtrace reads " + Formats.SUPPORTED + ")";
    }

    private static ParseContext context(ParseRequest request) {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(switch (request.ocr()) {
            case NONE -> PDFParserConfig.OCR_STRATEGY.NO_OCR;
            case PAGES_WITHOUT_TEXT -> PDFParserConfig.OCR_STRATEGY.AUTO;
            case ALL -> PDFParserConfig.OCR_STRATEGY.OCR_ONLY;
        });
        pdf.setOcrDPI(request.ocrDpi());
        boolean ocr = request.ocr() != ParseRequest.Ocr.NONE;
        if (ocr) pdf.setRenderer(new PageImageRenderer(request.ocrDpi()));
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        // Images embedded in office files are never OCR'd; PDF pages only when asked.
        tesseract.setSkipOcr(!ocr);
        tesseract.setLanguage("vie");
        context.set(TesseractOCRConfig.class, tesseract);
        return context;
    }
}
