package vbtrace.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vbtrace.extract.AgencyTraining;

@Command(name = "train-agencies", mixinStandardHelpOptions = true,
        description = "Rebuild the OpenNLP agency name finder from the rules' silver labels and report "
                + "how it does on held-out documents.")
public final class TrainAgenciesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders of .md/.txt documents")
    List<Path> roots;

    @Option(names = "--out", description = "model file (default: ${DEFAULT-VALUE})")
    Path out = Path.of("models/agency-ner.bin");

    @Option(names = "--iterations", description = "training iterations (default: ${DEFAULT-VALUE})")
    int iterations = 60;

    @Option(names = "--cutoff", description = "feature cutoff (default: ${DEFAULT-VALUE})")
    int cutoff = 3;

    @Option(names = "--max-sentences", description = "cap on training sentences (default: ${DEFAULT-VALUE})")
    int maxSentences = 60000;

    @Option(names = "--write-data", description = "also write the training sentences (OpenNLP format) here")
    Path data;

    @Option(names = "--evaluate-only", description = "evaluate the model in --out without training")
    boolean evaluateOnly;

    @Override
    public Integer call() throws Exception {
        for (Path r : roots) if (!Files.exists(r)) throw new UserException("train-agencies: no such folder: " + r);
        AgencyTraining training = new AgencyTraining();
        List<NameSample> train = new ArrayList<>();
        List<AgencyTraining.Doc> test = new ArrayList<>();
        for (Path f : AgencyTraining.files(roots)) {
            AgencyTraining.Doc d = training.label(f);
            if (AgencyTraining.isTest(f)) test.add(d);
            else if (train.size() < maxSentences) train.addAll(d.samples());
        }
        if (train.size() > maxSentences) train = train.subList(0, maxSentences);
        System.err.println("train-agencies: " + train.size() + " training sentences, " + test.size() + " held-out documents");
        if (data != null) {
            try (var w = Files.newBufferedWriter(data)) {
                for (NameSample s : train) w.write(s.toString() + "\n");
            }
        }
        TokenNameFinderModel model;
        if (evaluateOnly) {
            if (!Files.exists(out)) throw new UserException("train-agencies: no model at " + out);
            try (var in = Files.newInputStream(out)) {
                model = new TokenNameFinderModel(in);
            }
        } else {
            long t0 = System.nanoTime();
            model = AgencyTraining.train(train, iterations, cutoff);
            System.err.printf("train-agencies: trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                model.serialize(o);
            }
        }
        System.out.println("model: " + out + " (" + Files.size(out) / 1024 + " KiB)");
        System.out.println(AgencyTraining.evaluate(model, test));
        return 0;
    }
}
