package vbtrace.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Word lists and tables of this stage, read from {@code src/main/resources/vbtrace/structure/}. */
final class DataFiles {
    private DataFiles() {}

    /** Non-blank lines that are not {@code #} comments, trimmed of trailing spaces. */
    static List<String> lines(String name) {
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource vbtrace/structure/" + name);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.stripTrailing());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated rows. */
    static List<String[]> table(String name) {
        return lines(name).stream().map(l -> l.split("\t")).toList();
    }
}
