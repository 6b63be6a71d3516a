package vbtrace.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import vbtrace.text.Canonical;

/**
 * Word lists and patterns of the targets and deadlines stages, read from
 * {@code src/main/resources/vbtrace/extract/}: one entry per line, {@code #} starts a comment.
 * Entries are put in the matching spelling ({@link Canonical#forMatching}, lower case) so the
 * patterns built from them run on {@link #matchingForm} text.
 */
final class TargetLexicon {
    private TargetLexicon() {}

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The entries of {@code vbtrace/extract/<name>} in their matching spelling, in file order. */
    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : raw(name)) out.add(lower(Canonical.forMatching(line)));
        return out;
    }

    /** The entries as written (NFC): regular expressions keep their case ("\\p{L}"). */
    static List<String> raw(String name) {
        String path = "/vbtrace/extract/" + name;
        try (InputStream in = TargetLexicon.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf(" #");
                if (hash >= 0) line = line.substring(0, hash);
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                out.add(Normalizer.normalize(line, Normalizer.Form.NFC));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a list as one alternation, longest first, each word's spaces matching any run of spaces. */
    static String alternation(String name) {
        List<String> words = new ArrayList<>(lines(name));
        words.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) sb.append('|');
            sb.append(Pattern.quote(words.get(i)).replace(" ", "\\E\\s+\\Q"));
        }
        return sb.append(')').toString();
    }

    /** The entries of a file of regular expressions, joined as one alternation. */
    static Pattern patterns(String name) {
        return Pattern.compile(String.join("|", raw(name)), FLAGS);
    }

    /** Same length as the text: one tone placement, lower case; offsets stay valid. */
    static String matchingForm(String text) {
        return lower(Canonical.forMatching(text));
    }

    private static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
        return new String(c);
    }
}
