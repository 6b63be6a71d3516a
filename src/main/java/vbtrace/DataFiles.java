package vbtrace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rules and word lists kept as data files on the classpath (under
 * {@code src/main/resources/vbtrace/}): UTF-8, one entry a line, blank lines and {@code #} comment
 * lines skipped, trailing spaces removed. Each stage applies its own reading of the entries.
 */
public final class DataFiles {
    private DataFiles() {}

    /** The entry lines of the resource at {@code path} (absolute, e.g. "/vbtrace/text/join-words.txt"). */
    public static List<String> lines(String path) {
        try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                out.add(line.stripTrailing());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
