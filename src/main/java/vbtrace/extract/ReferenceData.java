package vbtrace.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference stage's data files ({@code vbtrace/extract/references/*.txt}): NFC lines, no comments. */
final class ReferenceData {
    private ReferenceData() {}

    static List<String> lines(String name) {
        String path = "/vbtrace/extract/references/" + name;
        try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
