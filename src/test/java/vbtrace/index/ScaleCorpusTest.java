package vbtrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vbtrace.ingest.InputFiles;

/** The synthetic scale corpus at a tiny size (the 100,000-document run is a benchmark, never a test). */
class ScaleCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void cappedDocumentsAreUniqueRenumberedAndDeterministic() throws IOException {
        List<Path> seeds = InputFiles.textFiles(List.of(Path.of("corpus", "seeds")));
        long bytes = ScaleCorpus.generate(seeds, 24, 3000, tmp.resolve("a"));
        assertEquals(bytes, ScaleCorpus.generate(seeds, 24, 3000, tmp.resolve("b")));
        List<Path> files = files(tmp.resolve("a"));
        assertEquals(24, files.size());
        Set<String> texts = new HashSet<>(), firstNumbers = new HashSet<>();
        for (Path f : files) {
            String text = Files.readString(f);
            assertEquals(text, Files.readString(tmp.resolve("b").resolve(tmp.resolve("a").relativize(f))));
            texts.add(text);
            List<int[]> numbers = DocumentNumbers.find(text);
            if (!numbers.isEmpty()) firstNumbers.add(text.substring(numbers.get(0)[0], numbers.get(0)[1]));
            assertTrue(text.length() < 3000 + 5000, f + " is " + text.length() + " chars");
        }
        assertEquals(24, texts.size(), "every document differs");
        assertTrue(firstNumbers.size() >= 20, "own numbers are renumbered apart: " + firstNumbers);
        long uncapped = ScaleCorpus.generate(seeds, 24, 0, tmp.resolve("c"));
        assertNotEquals(bytes, uncapped);
        assertTrue(bytes < uncapped, "the cap shortens documents");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
