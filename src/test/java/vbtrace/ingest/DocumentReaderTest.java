package vbtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format read through the one entry point, and each kind of bad file refused with a reason. */
class DocumentReaderTest {
    @TempDir
    static Path dir;
    static DocumentReader reader;

    @BeforeAll
    static void open() {
        // no Tesseract here: OCR is tested on real scans in OfficeFilesTest
        reader = new DocumentReader(DocumentReader.Options.defaults().withTesseract(Tesseract.at(dir)));
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    static String failure(Path file) {
        return assertThrows(IngestException.class, () -> reader.read(file)).getMessage();
    }

    @Test
    void docxIsParsedWithItsDiacritics() throws Exception {
        Path file = GeneratedInputs.docx(dir.resolve("plan.docx"), "KẾ HOẠCH", GeneratedInputs.VIETNAMESE);
        SourceText source = reader.read(file);
        assertTrue(source.text().contains("KẾ HOẠCH"), source.text());
        assertTrue(source.text().contains(GeneratedInputs.VIETNAMESE), source.text());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", source.format());
        assertEquals(List.of(), source.warnings());
        assertEquals(64, source.sha256().length());
    }

    @Test
    void htmlBecomesTextWithoutMarkup() throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), "<html><head><title>Tiêu đề trang</title>"
                + "<script>var x = 1;</script></head><body><h1>QUYẾT ĐỊNH</h1><p>" + GeneratedInputs.VIETNAMESE
                + "</p></body></html>", StandardCharsets.UTF_8);
        SourceText source = reader.read(file);
        assertEquals("text/html", source.format());
        assertTrue(source.text().contains("QUYẾT ĐỊNH"), source.text());
        assertTrue(source.text().contains(GeneratedInputs.VIETNAMESE), source.text());
        assertTrue(!source.text().contains("<p>") && !source.text().contains("var x"), source.text());
    }

    @Test
    void plainTextAndMarkdownAreDecodedInProcess() throws Exception {
        for (String name : List.of("note.txt", "note.md")) {
            byte[] bytes = ("**KẾ HOẠCH**\n\n" + GeneratedInputs.VIETNAMESE).getBytes(StandardCharsets.UTF_8);
            SourceText source = reader.read(Files.write(dir.resolve(name), bytes));
            assertTrue(source.format().startsWith("text/"), source.format());
            assertEquals("UTF-8", source.encoding());
            assertTrue(source.rawText().contains(GeneratedInputs.VIETNAMESE));
            assertEquals(DocumentReader.sha256(bytes), source.sha256());
        }
    }

    @Test
    void aTextFileIsReadAsTextWhateverItsContentLooksLike() throws Exception {
        Path file = Files.writeString(dir.resolve("Kế hoạch.txt"), "<?xml version=\"1.0\"?>\n<a>" + GeneratedInputs.VIETNAMESE + "</a>",
                StandardCharsets.UTF_8);
        SourceText source = reader.read(file);
        assertEquals("text/plain", source.format());
        assertTrue(source.text().contains("<a>" + GeneratedInputs.VIETNAMESE), source.text());
    }

    @Test
    void aDocumentWithoutTextIsRefused() throws Exception {
        Path file = GeneratedInputs.docx(dir.resolve("blank.docx"), " ");
        assertEquals("no text found (the document is empty or holds only images)", failure(file));
    }

    @Test
    void writeLimitCutsTheText() throws Exception {
        Path file = GeneratedInputs.docx(dir.resolve("long.docx"), GeneratedInputs.repeat(GeneratedInputs.VIETNAMESE, 100));
        ParsedDocument parsed = new TikaExtractor().parse(new ParseRequest(file.toString(), ParseRequest.Ocr.NONE, 1000, 300));
        assertTrue(parsed.truncated());
        assertTrue(parsed.text().length() <= 1000, "length " + parsed.text().length());
        assertTrue(parsed.text().startsWith(GeneratedInputs.VIETNAMESE.substring(0, 50)), parsed.text());
    }

    @Test
    void emptyFile() throws Exception {
        assertEquals("empty file", failure(Files.createFile(dir.resolve("empty.docx"))));
    }

    @Test
    void randomBytesNamedPdf() throws Exception {
        String reason = failure(GeneratedInputs.randomBytes(dir.resolve("random.pdf"), 50_000, 7));
        assertTrue(reason.startsWith("not a readable PDF"), reason);
    }

    @Test
    void truncatedDocx() throws Exception {
        String reason = failure(GeneratedInputs.truncatedDocx(dir.resolve("truncated.docx")));
        assertTrue(reason.contains("damaged, truncated"), reason);
    }

    @Test
    void zipBombDressedAsDocx() throws Exception {
        Path bomb = GeneratedInputs.zipBombDocx(dir.resolve("bomb.docx"), 50);
        assertTrue(Files.size(bomb) < 1_000_000, "compressed size " + Files.size(bomb));
        String reason = failure(bomb);
        assertTrue(reason.contains("zip bomb"), reason);
    }

    @Test
    void encryptedPdf() throws Exception {
        String reason = failure(GeneratedInputs.encryptedPdf(dir.resolve("secret.pdf")));
        assertTrue(reason.startsWith("encrypted (password-protected) PDF"), reason);
    }

    @Test
    void scannedPdfWithoutTesseractSaysWhatToInstall() throws Exception {
        String reason = failure(GeneratedInputs.imageOnlyPdf(dir.resolve("scan.pdf"), 2));
        assertEquals("is a scanned PDF with no text layer; install tesseract-ocr and tesseract-ocr-vie to read it", reason);
    }

    @Test
    void aPageWithoutTextAmongTypedOnesIsWarnedAbout() throws Exception {
        SourceText source = reader.read(GeneratedInputs.mixedPdf(dir.resolve("mixed.pdf")));
        assertTrue(source.text().contains("Dieu 20. Cac so, ban, nganh"), source.text());
        assertEquals(List.of("1 of 2 pages have no text layer; install tesseract-ocr and tesseract-ocr-vie to read them by OCR"),
                source.warnings());
    }

    @Test
    void unsupportedFormat() throws Exception {
        Path zip = GeneratedInputs.plainZip(dir.resolve("archive.zip"));
        String reason = failure(zip);
        assertTrue(reason.startsWith("unsupported format application/zip"), reason);
    }

    @Test
    void notARegularFile() throws Exception {
        assertEquals("is a folder", failure(dir));
        assertEquals("no such file", failure(dir.resolve("missing.pdf")));
    }

    @Test
    void tesseractOverrideToAnEmptyFolderMeansAbsent() {
        Tesseract none = Tesseract.at(dir);
        assertNull(none.executable());
        assertEquals("install tesseract-ocr and tesseract-ocr-vie", none.missing());
    }
}
