package vbtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.SharedData;
import vbtrace.text.Canonical;

/**
 * The 15 real office files (docx, doc, PDFs with good, broken and no text layers): with Tesseract
 * every one gives Vietnamese text with its diacritics and a readable header, and only the PDFs
 * whose text layer is missing or broken are OCR'd; without Tesseract those get the clear error
 * and the rest still give their text.
 */
class OfficeFilesTest {
    /** Headings a header is recognized by: the national motto, or the document's type word. */
    static final List<String> HEADER_WORDS = Stream.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "QUYẾT ĐỊNH",
            "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "THÔNG TƯ", "CHỈ THỊ", "HIỆP ĐỊNH").map(Canonical::key).toList();

    static List<Path> officeFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.require("data/office-files"))) {
            return files.sorted().toList();
        }
    }

    /** The heading found among the first lines, or null. */
    static String header(String text) {
        String head = Canonical.key(text.substring(0, Math.min(text.length(), 1500)));
        return HEADER_WORDS.stream().filter(head::contains).findFirst().orElse(null);
    }

    static boolean ocrd(SourceText source) {
        return source.warnings().stream().anyMatch(w -> w.contains("read by OCR"));
    }

    @Test
    void withTesseractEveryFileGivesVietnameseTextAndItsHeader() throws Exception {
        List<Path> files = officeFiles();
        Tesseract tesseract = Tesseract.locate();
        assumeTrue(tesseract.usable(), "Tesseract with Vietnamese is not installed");
        Map<Path, Future<Read>> reads = new LinkedHashMap<>();
        // two threads, as a batch would run: each gets its own parser process, OCR runs side by side
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults().withTesseract(tesseract))) {
            for (Path file : files) reads.put(file, threads.submit(() -> Read.of(reader, file)));
            List<String> table = new ArrayList<>();
            int ocrd = 0, pdfs = 0;
            for (Map.Entry<Path, Future<Read>> e : reads.entrySet()) {
                String name = e.getKey().getFileName().toString();
                Read read = e.getValue().get();
                SourceText source = read.source();
                String header = header(source.text());
                table.add(String.format("%-58s %-5s %7d  OCR %-3s %5.1fs  %s", name, name.substring(name.lastIndexOf('.') + 1),
                        source.text().length(), ocrd(source) ? "yes" : "no", read.seconds(), header));
                assertTrue(source.text().length() > 1500, name + ": " + source.text().length() + " chars");
                double share = TextLayer.assess(source.text(), List.of()).vietnameseShare();
                assertTrue(share > 0.12, name + ": Vietnamese letters " + share);
                if (!name.startsWith("Hiep-dinh")) assertTrue(header != null, name + " has no readable header:\n"
                        + source.text().substring(0, 600));
                if (name.endsWith(".pdf")) pdfs++;
                if (ocrd(source)) ocrd++;
                if (!name.endsWith(".pdf")) assertTrue(!ocrd(source), name + " is not a PDF and must not be OCR'd");
            }
            System.out.println(String.join("\n", table));
            // of the six PDFs two are scans and two have a broken text layer; the two good layers are kept
            assertEquals(6, pdfs);
            assertEquals(4, ocrd, String.join("\n", table));
        } finally {
            threads.shutdownNow();
        }
    }

    record Read(SourceText source, double seconds) {
        static Read of(DocumentReader reader, Path file) throws IngestException {
            long start = System.nanoTime();
            SourceText source = reader.read(file);
            return new Read(source, (System.nanoTime() - start) / 1e9);
        }
    }

    @Test
    void withoutTesseractTheScansGetTheClearErrorAndTheRestTheirText(@TempDir Path noTesseract) throws Exception {
        List<Path> files = officeFiles();
        List<String> refused = new ArrayList<>();
        try (DocumentReader reader = new DocumentReader(
                DocumentReader.Options.defaults().withTesseract(Tesseract.at(noTesseract)))) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    SourceText source = reader.read(file);
                    assertTrue(TextLayer.assess(source.text(), List.of()).vietnameseShare() > 0.12, name);
                } catch (IngestException e) {
                    assertTrue(name.endsWith(".pdf"), name + ": " + e.getMessage());
                    assertTrue(e.getMessage().endsWith("install tesseract-ocr and tesseract-ocr-vie to read it")
                            || e.getMessage().endsWith("install tesseract-ocr and tesseract-ocr-vie to read it by OCR"), e.getMessage());
                    refused.add(name + ": " + e.getMessage());
                }
            }
        }
        assertEquals(4, refused.size(), String.join("\n", refused));
        assertEquals(2, refused.stream().filter(r -> r.contains("is a scanned PDF with no text layer")).count(), String.join("\n", refused));
    }
}
