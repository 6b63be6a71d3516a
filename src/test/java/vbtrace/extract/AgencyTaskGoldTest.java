package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vbtrace.SharedData;
import vbtrace.ingest.DocumentReader;
import vbtrace.ingest.SourceText;
import vbtrace.model.Agency;
import vbtrace.model.Json;
import vbtrace.model.Task;
import vbtrace.structure.DocumentStructure;
import vbtrace.structure.StructureAnalyzer;

/** The bars on the hand-checked seeds, compared the way {@code score.py} compares names. */
class AgencyTaskGoldTest {
    @Test
    void agenciesAndTasksMeetTheBarsOnTheGoldSeeds() throws Exception {
        Path goldDir = SharedData.require("gold");
        int agTp = 0, agPred = 0, agGold = 0, taskTp = 0, taskPred = 0, taskGold = 0, roleOk = 0;
        AgencyExtractor agencies = new AgencyExtractor(AgencyLexicon.standard(), null);
        TaskExtractor tasks = new TaskExtractor(agencies);
        try (DocumentReader reader = new DocumentReader()) {
            for (String seed : List.of("000_ed00addca4029689.txt", "001_786524b7943a635b.txt", "002_935ccacd99d3527c.txt")) {
                JsonNode gold = Json.MAPPER.readTree(Files.readString(goldDir.resolve(seed + ".json")));
                String own = gold.path("document").path("jurisdiction").asText(null);
                SourceText src = reader.read(SharedData.SEEDS.resolve(seed));
                DocumentStructure structure = new StructureAnalyzer().analyze(src);

                Set<String> g = new HashSet<>(), p = new HashSet<>();
                gold.path("agencies").forEach(a -> g.add(canon(a.asText(), own)));
                for (Agency a : agencies.extract(src.text(), structure)) p.add(canon(a.name(), own));
                agGold += g.size();
                agPred += p.size();
                for (String x : p) if (g.contains(x)) agTp++;

                List<Task> predicted = tasks.extract(src.text(), structure);
                Map<String, List<String>> pool = new HashMap<>();
                for (Task t : predicted) pool.computeIfAbsent(canon(t.agency(), own), k -> new ArrayList<>()).add(t.role().name());
                taskPred += predicted.size();
                for (JsonNode t : gold.path("tasks")) {
                    taskGold++;
                    List<String> roles = pool.get(canon(t.path("agency").asText(), own));
                    if (roles != null && !roles.isEmpty()) {
                        taskTp++;
                        if (roles.remove(0).equals(t.path("role").asText())) roleOk++;
                    }
                }
            }
        }
        double agF1 = f1(agTp, agPred, agGold), taskF1 = f1(taskTp, taskPred, taskGold), roleAcc = (double) roleOk / taskTp;
        String figures = String.format(Locale.ROOT, "agencies F1=%.3f tasks F1=%.3f roles=%.3f", agF1, taskF1, roleAcc);
        assertTrue(agF1 >= 0.9 && taskF1 >= 0.9 && roleAcc >= 0.9, figures);
    }

    private static double f1(int tp, int pred, int gold) {
        double p = pred == 0 ? 0 : (double) tp / pred, r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** As the scorer: case and hyphen spacing folded, the document's own place and a bare trailing unit dropped. */
    static String canon(String name, String own) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        s = s.replaceAll("\\s*-\\s*", " - ").replaceAll("\\s*&\\s*", " và ");
        if (own != null) {
            String o = own.toLowerCase(Locale.ROOT).replaceAll("\\s*\\(.*\\)\\s*$", "");
            if (s.endsWith(" " + o)) s = s.substring(0, s.length() - o.length() - 1);
        }
        String t = s.replaceAll("(?<!,)\\s+(tỉnh|thành phố|huyện|thị xã)$", "");
        return t.isEmpty() ? s : t;
    }
}
