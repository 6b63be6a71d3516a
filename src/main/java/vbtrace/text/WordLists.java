package vbtrace.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the data files of this package: one entry a line, {@code #} comments and blank lines skipped. */
final class WordLists {
    private WordLists() {}

    static List<String> load(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream("/vbtrace/text/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource vbtrace/text/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(java.text.Normalizer.normalize(line.strip(), java.text.Normalizer.Form.NFC));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
