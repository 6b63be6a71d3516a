package vbtrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses zip containers (.docx, .odt) whose directory declares parts that expand far beyond
 * their compressed size, before any parser inflates them (POI would build the whole part in
 * memory first). Tika's SecureContentHandler still guards what the directory does not tell.
 */
final class ZipBombCheck {
    /** Parts smaller than this when expanded are never suspicious. */
    static final long SMALL_PART = 1L << 20;
    /** Most bytes all parts together may expand to. */
    static final long MAX_TOTAL = 1L << 30;

    private ZipBombCheck() {}

    static void check(Path file) throws IngestException {
        if (!isZip(file)) return;
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize(), compressed = entry.getCompressedSize();
                if (size < 0 || compressed < 0) continue;
                total += size;
                if ((size > SMALL_PART && size > TikaExtractor.MAX_COMPRESSION_RATIO * Math.max(1, compressed)) || total > MAX_TOTAL) {
                    throw new IngestException("looks like a zip bomb (part " + entry.getName() + " expands from "
                            + compressed + " to " + size + " bytes); not read");
                }
            }
        } catch (IOException e) {
            // not a readable zip directory (truncated, damaged): the parser says what is wrong
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
