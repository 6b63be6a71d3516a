package vbtrace.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import vbtrace.text.TextDecoder;
import vbtrace.text.TextNormalizer;

/**
 * Silver training data for the agency name finder and its training and evaluation. Labels are the
 * rules' mentions (recipients blocks included: they are names too); documents are split into
 * train and test by a hash of their name, so a rebuild is reproducible.
 */
public final class AgencyTraining {
    private final AgencyExtractor rules = new AgencyExtractor(AgencyLexicon.standard(), null);
    private final AgencyLexicon lex = AgencyLexicon.standard();

    /** One document's sentences with labels, and which labels are names the word lists lack. */
    public record Doc(String name, List<NameSample> samples, List<Set<String>> unlisted) {}

    /** Text files under the given folders (".md", ".txt"), sorted for reproducibility. */
    public static List<Path> files(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                out.add(root);
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.endsWith(".md") || n.endsWith(".txt");
                }).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** True for the documents of the held-out test split (one in five). */
    public static boolean isTest(Path file) {
        return Math.floorMod(file.getFileName().toString().hashCode(), 5) == 0;
    }

    public Doc label(Path file) throws IOException {
        // what the pipeline reads: decoded and normalized
        String text = new TextNormalizer().normalize(new TextDecoder().decode(Files.readAllBytes(file)).text()).text();
        List<AgencyMention> mentions = rules.analyze(text, null).all();
        List<NameSample> samples = new ArrayList<>();
        List<Set<String>> unlisted = new ArrayList<>();
        List<List<AgencyToken>> sentences = AgencyModel.sentences(AgencyTokenizer.tokenize(text));
        int mi = 0;
        for (List<AgencyToken> sentence : sentences) {
            int sStart = sentence.get(0).start(), sEnd = sentence.get(sentence.size() - 1).end();
            List<Span> spans = new ArrayList<>();
            Set<String> un = new HashSet<>();
            while (mi < mentions.size() && mentions.get(mi).end() <= sStart) mi++;
            for (int k = mi; k < mentions.size() && mentions.get(k).start() < sEnd; k++) {
                AgencyMention m = mentions.get(k);
                int a = indexAt(sentence, m.start()), b = indexAt(sentence, m.end());
                if (a < 0 || b <= a || sentence.get(a).start() != m.start()) continue;
                if (!spans.isEmpty() && spans.get(spans.size() - 1).getEnd() > a) continue; // one abbreviation, two names
                Span sp = new Span(a, b, AgencyModel.TYPE);
                spans.add(sp);
                if (!lex.knownByKey.containsKey(AgencyNames.key(m.base()))) un.add(a + ":" + b);
            }
            samples.add(new NameSample(AgencyModel.words(sentence), spans.toArray(new Span[0]), samples.isEmpty()));
            unlisted.add(un);
        }
        return new Doc(file.toString(), samples, unlisted);
    }

    /** Index of the first token at or after {@code offset}; the size when none. */
    private static int indexAt(List<AgencyToken> sentence, int offset) {
        for (int i = 0; i < sentence.size(); i++) if (sentence.get(i).start() >= offset) return i;
        return sentence.size();
    }

    public static TokenNameFinderModel train(List<NameSample> samples, int iterations, int cutoff) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        return NameFinderME.train("vi", AgencyModel.TYPE, ObjectStreamUtils.createObjectStream(samples), params,
                new TokenNameFinderFactory());
    }

    /** Precision, recall and F1 of predicted spans against expected ones. */
    public record Score(int tp, int predicted, int expected) {
        public double precision() { return predicted == 0 ? 0 : (double) tp / predicted; }
        public double recall() { return expected == 0 ? 0 : (double) tp / expected; }
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        @Override public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)", precision(), recall(), f1(),
                    tp, predicted, expected);
        }
    }

    /**
     * On held-out documents, against the rules' spans: the model alone (on every name, and on the
     * names the word lists lack, which the rules find by head and capitalization only), and the
     * word-list part of the rules alone and with the model's spans added — what the model brings
     * beyond the lists.
     */
    public static String evaluate(TokenNameFinderModel model, List<Doc> test) {
        NameFinderME finder = new NameFinderME(model);
        int gold = 0, goldUnlisted = 0, predicted = 0, tpModel = 0, tpUnlisted = 0, listed = 0, predComb = 0, tpComb = 0;
        for (Doc d : test) {
            finder.clearAdaptiveData();
            for (int i = 0; i < d.samples().size(); i++) {
                NameSample s = d.samples().get(i);
                Set<String> expected = new HashSet<>();
                for (Span sp : s.getNames()) expected.add(sp.getStart() + ":" + sp.getEnd());
                Set<String> unlisted = d.unlisted().get(i);
                Set<String> fromLists = new HashSet<>(expected);
                fromLists.removeAll(unlisted);
                Set<String> found = new HashSet<>();
                for (Span sp : finder.find(s.getSentence())) found.add(sp.getStart() + ":" + sp.getEnd());
                gold += expected.size();
                goldUnlisted += unlisted.size();
                predicted += found.size();
                listed += fromLists.size();
                Set<String> comb = new HashSet<>(fromLists);
                for (String p : found) {
                    if (expected.contains(p)) tpModel++;
                    if (unlisted.contains(p)) tpUnlisted++;
                    if (!overlapsAny(p, fromLists)) comb.add(p);
                }
                predComb += comb.size();
                for (String p : comb) if (expected.contains(p)) tpComb++;
            }
        }
        return "held-out documents: " + test.size() + ", names: " + gold + " (" + goldUnlisted + " not in the word lists)\n"
                + "  model alone, names not in the word lists: recall "
                + String.format(Locale.ROOT, "%.3f (%d/%d)", goldUnlisted == 0 ? 0 : (double) tpUnlisted / goldUnlisted, tpUnlisted, goldUnlisted) + "\n"
                + "  model alone, all names:             " + new Score(tpModel, predicted, gold) + "\n"
                + "  word-list rules alone, all names:   " + new Score(listed, listed, gold) + "\n"
                + "  word-list rules + model, all names: " + new Score(tpComb, predComb, gold);
    }

    private static boolean overlapsAny(String span, Set<String> others) {
        String[] a = span.split(":");
        int s = Integer.parseInt(a[0]), e = Integer.parseInt(a[1]);
        for (String o : others) {
            String[] b = o.split(":");
            if (s < Integer.parseInt(b[1]) && Integer.parseInt(b[0]) < e) return true;
        }
        return false;
    }
}
