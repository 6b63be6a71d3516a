package vbtrace.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP name finder for agency mentions (type "agency"), trained by {@code vbtrace
 * train-agencies} on the rules' silver labels. It reads sentences of raw tokens (abbreviations as
 * written); sentences end at paragraph breaks, table bars, full stops and semicolons. Not thread-safe
 * (OpenNLP's finder keeps adaptive data): use one per thread.
 */
public final class AgencyModel {
    public static final String TYPE = "agency";
    /** System property naming a model file; when set, the agency stage adds the model's mentions. */
    public static final String PROPERTY = "vbtrace.agencyModel";

    private final NameFinderME finder;

    public AgencyModel(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    public static AgencyModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new AgencyModel(new TokenNameFinderModel(in));
        }
    }

    /** The model named by {@link #PROPERTY}, or null when unset. */
    static AgencyModel fromProperty() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) return null;
        try {
            return load(Path.of(p));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read agency model " + p + ": " + e.getMessage(), e);
        }
    }

    /** Source spans {start, end} of the mentions the model finds in raw tokens. */
    public List<int[]> find(List<AgencyToken> raw) {
        List<int[]> out = new ArrayList<>();
        for (List<AgencyToken> sentence : sentences(raw)) {
            String[] words = words(sentence);
            for (Span s : finder.find(words)) {
                out.add(new int[] {sentence.get(s.getStart()).start(), sentence.get(s.getEnd() - 1).end()});
            }
        }
        finder.clearAdaptiveData();
        return out;
    }

    static String[] words(List<AgencyToken> sentence) {
        String[] w = new String[sentence.size()];
        for (int i = 0; i < w.length; i++) w[i] = sentence.get(i).display();
        return w;
    }

    /** Raw tokens cut into sentences (breaks dropped). */
    static List<List<AgencyToken>> sentences(List<AgencyToken> raw) {
        List<List<AgencyToken>> out = new ArrayList<>();
        List<AgencyToken> cur = new ArrayList<>();
        for (AgencyToken t : raw) {
            if (t.kind() == AgencyToken.Kind.BREAK) {
                flush(out, cur);
                cur = new ArrayList<>();
                continue;
            }
            cur.add(t);
            if (t.is(".") || t.is(";") || cur.size() >= 120) {
                flush(out, cur);
                cur = new ArrayList<>();
            }
        }
        flush(out, cur);
        return out;
    }

    private static void flush(List<List<AgencyToken>> out, List<AgencyToken> cur) {
        if (!cur.isEmpty()) out.add(cur);
    }
}
