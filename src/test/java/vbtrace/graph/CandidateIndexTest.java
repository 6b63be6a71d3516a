package vbtrace.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {
    private static final String[] WORDS = {"công", "tác", "dân", "tộc", "phát", "triển", "kinh", "tế", "xã", "hội", "vùng",
            "đồng", "bào", "thiểu", "số", "giai", "đoạn", "năm", "tỉnh", "huyện", "nông", "thôn", "mới", "du", "lịch"};

    /** Titles of distinct words, subjects of any: the word and length bounds must lose no match brute force finds. */
    @Test
    void findsEveryMatchBruteForceFinds() {
        Random random = new Random(7);
        DocumentMatcher matcher = new DocumentMatcher();
        CandidateIndex index = new CandidateIndex(matcher);
        List<GraphNode> cited = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String type = random.nextInt(4) == 0 ? null : List.of("NQ", "CT", "KH").get(random.nextInt(3));
            GraphNode n = new GraphNode("c" + i, "c" + i, null, null, type, null, null, null, null,
                    "về " + words(random, random.nextInt(9) + 1, true), 0, null);
            cited.add(n);
            index.add(n);
        }
        int found = 0;
        for (int d = 0; d < 300; d++) {
            String type = random.nextInt(4) == 0 ? null : List.of("NQ", "CT", "KH").get(random.nextInt(3));
            GraphNode doc = new GraphNode("doc:" + d, null, null, "d" + d, type, words(random, random.nextInt(7) + 2, false),
                    null, null, null, null, 0, null);
            Map<String, Double> expected = new TreeMap<>();
            for (GraphNode c : cited) {
                if (type != null && c.type() != null && !type.equals(c.type())) continue;
                double s = matcher.score(doc, c);
                if (s >= DocumentMatcher.THRESHOLD) expected.put(c.key(), s);
            }
            Map<String, Double> actual = new TreeMap<>();
            for (CandidateIndex.Scored m : index.matches(doc)) {
                for (GraphNode c : m.group().members()) actual.put(c.key(), m.score());
            }
            assertEquals(expected, actual, doc.title());
            found += expected.size();
        }
        assertTrue(found > 100, "the test reaches matches: " + found);
    }

    private static String words(Random random, int n, boolean repeats) {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String w = WORDS[random.nextInt(8) + (random.nextBoolean() ? 0 : random.nextInt(WORDS.length - 8))];
            if (repeats || !out.contains(w)) out.add(w);
        }
        return String.join(" ", out);
    }
}
