package vbtrace.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files generated inside the tests: good documents and each kind of bad input (no binary fixtures). */
final class GeneratedInputs {
    private GeneratedInputs() {}

    static final String VIETNAMESE = "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 12-NQ/TU "
            + "về phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh đến năm 2030.";

    /** A minimal valid .docx whose body is the given paragraphs (WordprocessingML written by hand). */
    static Path docx(Path file, String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(p).append("</w:t></w:r></w:p>");
        return docxWithDocumentXml(file, documentXml(body.toString()), 9);
    }

    /** A .docx whose document.xml expands to {@code megabytes} MB of spaces from a few hundred KB: a zip bomb. */
    static Path zipBombDocx(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(9);
            writeDocxSkeleton(zip);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(ascii(DOCUMENT_START + "<w:p><w:r><w:t xml:space=\"preserve\">"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) zip.write(spaces);
            zip.write(ascii("</w:t></w:r></w:p>" + DOCUMENT_END));
            zip.closeEntry();
        }
        return file;
    }

    /** A zip archive holding one text file: a format vbtrace does not read. */
    static Path plainZip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "readme.txt", VIETNAMESE);
        }
        return file;
    }

    /** The first half of a valid .docx (the zip's central directory is gone). */
    static Path truncatedDocx(Path file) throws IOException {
        Path whole = docx(file.resolveSibling("whole-" + file.getFileName()), repeat(VIETNAMESE, 400));
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    static Path randomBytes(Path file, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(file, bytes);
    }

    /** A PDF with one line of (Latin) text, encrypted with a user password. */
    static Path encryptedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            addTextPage(pdf, List.of("Ke hoach trien khai nam 2026"));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose first page is typed (unaccented Latin lines) and whose second page is only an image. */
    static Path mixedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= 20; i++) lines.add("Dieu " + i + ". Cac so, ban, nganh trien khai thuc hien ke hoach nay.");
            addTextPage(pdf, lines);
            PDPage scan = new PDPage();
            pdf.addPage(scan);
            try (PDPageContentStream content = new PDPageContentStream(pdf, scan)) {
                content.addRect(72, 600, 200, 100);
                content.fill();
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private static void addTextPage(PDDocument pdf, List<String> lines) throws IOException {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.setLeading(14);
            content.newLineAtOffset(72, 720);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }

    /** A PDF of pages that carry only drawn shapes: what a scan looks like to a text extractor. */
    static Path imageOnlyPdf(Path file, int pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.addRect(72, 600, 200, 100);
                    content.fill();
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    static String repeat(String s, int times) {
        return (s + " ").repeat(times).strip();
    }

    private static final String DOCUMENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String DOCUMENT_END = "</w:body></w:document>";

    private static String documentXml(String body) {
        return DOCUMENT_START + body + DOCUMENT_END;
    }

    private static Path docxWithDocumentXml(Path file, String documentXml, int level) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(level);
            writeDocxSkeleton(zip);
            put(zip, "word/document.xml", documentXml);
        }
        return file;
    }

    private static void writeDocxSkeleton(ZipOutputStream zip) throws IOException {
        put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
        put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
