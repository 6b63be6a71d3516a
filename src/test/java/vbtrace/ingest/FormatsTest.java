package vbtrace.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.SharedData;

/** Plain text told by its name and first bytes agrees with Tika's detection, and leaves it the rest. */
class FormatsTest {
    @TempDir
    Path dir;

    private Formats.Format byName(String name, String content) throws IOException {
        return byName(Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8));
    }

    private static Formats.Format byName(Path file) throws IOException {
        return Formats.plainTextByName(file, Files.readAllBytes(file));
    }

    @Test
    void cleanTextNamedAsTextNeedsNoDetection() throws Exception {
        assertEquals("text/plain", byName("a.txt", "Giá < 300 đồng, tỷ lệ <10% và 2 > 1\tKẾ HOẠCH\r\n").type().toString());
        assertEquals("text/plain", byName("a.txt", "SỐ: <i>1860</i> <tên viết tắt>").type().toString());
        assertEquals("text/markdown", byName("a.MD", "**KẾ HOẠCH**\n\n| a | b |\n").type().toString());
        assertNull(byName("a.html", "KẾ HOẠCH"), "not a plain-text name");
    }

    @Test
    void otherFormatsInsideATextNameAreLeftToDetection() throws Exception {
        assertNull(byName("a.txt", "<html><body><p>KẾ HOẠCH</p></body></html>"));
        assertNull(byName("a.md", "\uFEFF\n <!DOCTYPE html>"));
        assertNull(byName("a.md", "Đầu trang\n<HTML lang=vi>"));
        assertNull(byName("a.txt", "  <?xml version=\"1.0\"?><a>KẾ HOẠCH</a>"));
        assertNull(byName("a.txt", "%PDF-1.4\n%âãÏÓ"));
        assertNull(byName("a.txt", "{\\rtf1\\ansi KẾ HOẠCH}"));
        assertNull(byName("a.txt", "KẾ\u0000HOẠCH"));
        assertNull(byName(Files.write(dir.resolve("utf16.txt"), "KẾ HOẠCH".getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void agreesWithTikaOnTheCorpus() throws Exception {
        Path data = SharedData.require("data");
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(SharedData.SEEDS), Files.walk(data))) {
            files = walk.filter(p -> Formats.textFormatNamed(p) != null && Files.isRegularFile(p)).toList();
        }
        int fast = 0;
        for (Path f : files) {
            Formats.Format format = byName(f);
            if (format == null) continue;
            fast++;
            assertEquals(DocumentReader.format(f), format, f.toString());
        }
        assertTrue(fast > files.size() * 9 / 10, fast + " of " + files.size() + " told by name");
    }
}
