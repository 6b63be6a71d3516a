package vbtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With Tesseract, a page without text among typed ones is OCR'd alone; the typed page keeps its text layer. */
class PageOcrTest {
    @Test
    void onlyThePageWithoutTextIsOcrd(@TempDir Path dir) throws Exception {
        Tesseract tesseract = Tesseract.locate();
        assumeTrue(tesseract.usable(), "Tesseract with Vietnamese is not installed");
        try (DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults().withTesseract(tesseract))) {
            SourceText source = reader.read(GeneratedInputs.mixedPdf(dir.resolve("mixed.pdf")));
            assertEquals(List.of("1 of 2 pages have no text layer; those were read by OCR (Tesseract, Vietnamese, 300 dpi)"),
                    source.warnings());
            // the typed page was not OCR'd as well: its text appears once
            assertEquals(1, source.text().split("Dieu 20\\. Cac so", -1).length - 1, source.text());
            assertTrue(source.text().contains("Dieu 1. Cac so, ban, nganh"), source.text());
        }
    }
}
