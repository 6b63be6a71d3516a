package vbtrace.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vbtrace.Pipeline;
import vbtrace.SharedData;
import vbtrace.ingest.DocumentReader;
import vbtrace.model.Deadline;
import vbtrace.model.ExtractionRecord;
import vbtrace.model.Json;
import vbtrace.model.Target;

/** Targets and deadlines of the gold seeds, matched as ../shared/tools/score.py matches them. */
class TargetDeadlineSeedTest {
    private int targetTp, targetPred, targetGold, yearOk, deadlineTp, deadlinePred, deadlineGold;

    @Test
    void goldSeedsScoreAboveTheBar() throws Exception {
        Path goldDir = SharedData.require("gold");
        Pipeline pipeline = new Pipeline();
        try (DocumentReader reader = new DocumentReader(); var files = Files.list(goldDir)) {
            for (Path g : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = Json.MAPPER.readTree(g.toFile());
                ExtractionRecord r = pipeline.extract(reader.read(SharedData.SEEDS.resolve(gold.get("source").asText())));
                scoreTargets(gold.get("targets"), r.targets());
                scoreDeadlines(gold.get("deadlines"), r.deadlines());
            }
        }
        double targetF1 = 2.0 * targetTp / (targetPred + targetGold);
        double deadlineF1 = 2.0 * deadlineTp / (deadlinePred + deadlineGold);
        assertTrue(targetF1 >= 0.9, "targets F1 " + targetF1);
        assertTrue((double) yearOk / targetTp >= 0.9, "year accuracy " + yearOk + "/" + targetTp);
        assertTrue(deadlineF1 >= 0.9, "deadlines F1 " + deadlineF1);
        assertEquals(39, targetGold);
    }

    private void scoreTargets(JsonNode gold, List<Target> predicted) {
        List<Target> pool = new ArrayList<>(predicted);
        targetPred += predicted.size();
        for (JsonNode g : gold) {
            targetGold++;
            TreeSet<Double> want = bounds(num(g.get("min")), num(g.get("max")));
            for (int i = 0; i < pool.size(); i++) {
                if (bounds(pool.get(i).min(), pool.get(i).max()).equals(want)) {
                    targetTp++;
                    if (Objects.equals(pool.get(i).year(), g.get("year").isNull() ? null : g.get("year").asInt())) yearOk++;
                    pool.remove(i);
                    break;
                }
            }
        }
    }

    private void scoreDeadlines(JsonNode gold, List<Deadline> predicted) {
        List<String> pool = new ArrayList<>();
        for (Deadline d : predicted) pool.add(d.date() + "|" + d.recurrence());
        deadlinePred += pool.size();
        for (JsonNode g : gold) {
            deadlineGold++;
            String key = (g.get("date").isNull() ? null : g.get("date").asText()) + "|"
                    + (g.get("recurrence").isNull() ? null : g.get("recurrence").asText());
            if (pool.remove(key)) deadlineTp++;
        }
    }

    private static Double num(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    private static TreeSet<Double> bounds(Double min, Double max) {
        TreeSet<Double> s = new TreeSet<>();
        if (min != null) s.add(min);
        if (max != null) s.add(max);
        return s;
    }
}
