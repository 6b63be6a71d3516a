package vbtrace.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes a numberless corpus document may be (known only from references, with a subject),
 * indexed by the words of their subjects. Nodes the match score cannot tell apart (same type,
 * date, province, subject, issuer) form one {@link Group}, scored once: a corpus repeating a
 * subject many times costs its distinct subjects.
 *
 * <p>Which groups are scored: those sharing one of the rarer half of the words of the title (or of
 * its "Về …" part). A cosine of at least t needs the shared words to hold t² of the title's squared
 * counts, so when that half holds more than 1 - t² of them, the rarest words that do are enough
 * and find the same matches with shorter posting lists. And as cos(x, s) is at most
 * max(x)·|s|/|x| and max(s)·|x|/|s| for word counts, a subject much shorter or longer than the
 * title cannot match it: posting lists are sorted by the subject's length to skip the short ones.
 */
final class CandidateIndex {
    /** The threshold the word bound is computed for, a hair below the real one against rounding. */
    private static final double BOUND_THRESHOLD = DocumentMatcher.THRESHOLD - 1e-9;

    private final DocumentMatcher matcher;
    private final Map<List<String>, Group> groups = new HashMap<>();
    /** word → the groups whose subject has it, by type ("" for none): a typed document skips other types. */
    private final Map<CharSequence, Map<String, List<Group>>> postings = new HashMap<>();
    private final Map<CharSequence, Integer> nodesWithWord = new HashMap<>();
    private int nodes;
    private boolean sorted;
    private int[] seen;
    private int visit;

    CandidateIndex(DocumentMatcher matcher) {
        this.matcher = matcher;
    }

    /** Adds a candidate; candidates are added in node order, which breaks ties. */
    void add(GraphNode n) {
        DocumentMatcher.WordCounts words = matcher.subjectWords(n.subject());
        Group g = groups.computeIfAbsent(DocumentMatcher.candidateKey(n), k -> {
            Group created = new Group(groups.size(), matcher.cited(n), words);
            String type = n.type() == null ? "" : n.type();
            for (CharSequence w : words.counts().keySet()) {
                postings.computeIfAbsent(w, x -> new HashMap<>()).computeIfAbsent(type, x -> new ArrayList<>()).add(created);
            }
            return created;
        });
        g.add(n, nodes++);
        for (CharSequence w : words.counts().keySet()) nodesWithWord.merge(w, 1, Integer::sum);
    }

    /** The groups {@code doc} scores at least the threshold against, with the scores, in no particular order. */
    List<Scored> matches(GraphNode doc) {
        List<Scored> out = new ArrayList<>();
        if (doc.title() == null) return out;
        DocumentMatcher.Document prepared = matcher.document(doc);
        List<DocumentMatcher.WordCounts> wordSets = matcher.titleWords(doc.title());
        List<List<CharSequence>> rarerHalves = new ArrayList<>();
        boolean bounded = true;
        for (DocumentMatcher.WordCounts words : wordSets) {
            List<CharSequence> half = rarerHalf(words);
            rarerHalves.add(half);
            bounded &= squares(words, half) > (1 - BOUND_THRESHOLD * BOUND_THRESHOLD) * words.squares();
        }
        prepare();
        visit++;
        double shortest = Double.MAX_VALUE;
        for (DocumentMatcher.WordCounts x : wordSets) shortest = Math.min(shortest, shortestMatch(x));
        for (int i = 0; i < wordSets.size(); i++) {
            List<CharSequence> words = bounded ? enough(wordSets.get(i), rarerHalves.get(i)) : rarerHalves.get(i);
            for (CharSequence w : words) {
                for (Map.Entry<String, List<Group>> byType : postings.getOrDefault(w, Map.of()).entrySet()) {
                    if (doc.type() != null && !byType.getKey().isEmpty() && !byType.getKey().equals(doc.type())) continue;
                    List<Group> list = byType.getValue();
                    for (int k = firstAtLeast(list, shortest); k < list.size(); k++) {
                        Group g = list.get(k);
                        if (seen[g.id] == visit) continue;
                        seen[g.id] = visit;
                        if (!lengthFits(wordSets, g.words)) continue;
                        double s = matcher.score(prepared, g.sample);
                        if (s >= DocumentMatcher.THRESHOLD) out.add(new Scored(g, s));
                    }
                }
            }
        }
        return out;
    }

    /** Once all candidates are in: posting lists by subject length, shortest first. */
    private void prepare() {
        if (sorted) return;
        for (Map<String, List<Group>> byType : postings.values()) {
            for (List<Group> list : byType.values()) list.sort(Comparator.comparingDouble(g -> g.words.squares()));
        }
        seen = new int[groups.size()];
        sorted = true;
    }

    /** The least squared length of a subject that can reach the threshold with {@code x}. */
    private static double shortestMatch(DocumentMatcher.WordCounts x) {
        if (x.maxCount() == 0) return Double.MAX_VALUE;
        return BOUND_THRESHOLD * BOUND_THRESHOLD * x.squares() / ((double) x.maxCount() * x.maxCount());
    }

    /** Whether the subject's length allows the threshold against one of the title's word sets. */
    private static boolean lengthFits(List<DocumentMatcher.WordCounts> titleWords, DocumentMatcher.WordCounts s) {
        for (DocumentMatcher.WordCounts x : titleWords) {
            if (s.squares() >= shortestMatch(x)
                    && s.squares() * BOUND_THRESHOLD * BOUND_THRESHOLD <= (double) s.maxCount() * s.maxCount() * x.squares()) return true;
        }
        return false;
    }

    /** The first position in a list sorted by subject length whose squared length is at least {@code squares}. */
    private static int firstAtLeast(List<Group> list, double squares) {
        int lo = 0, hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).words.squares() < squares) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The rarer half of the words (by how many candidates have them), rarest first. */
    private List<CharSequence> rarerHalf(DocumentMatcher.WordCounts words) {
        List<CharSequence> byRarity = new ArrayList<>(words.counts().keySet());
        byRarity.sort(Comparator.comparingInt(w -> nodesWithWord.getOrDefault(w, 0)));
        return byRarity.subList(0, Math.min(byRarity.size(), byRarity.size() / 2 + 1));
    }

    /** The rarest words holding more than 1 - t² of the squared counts: any match shares one of them. */
    private static List<CharSequence> enough(DocumentMatcher.WordCounts words, List<CharSequence> rarest) {
        double needed = (1 - BOUND_THRESHOLD * BOUND_THRESHOLD) * words.squares(), held = 0;
        for (int i = 0; i < rarest.size(); i++) {
            int c = words.counts().get(rarest.get(i));
            held += (double) c * c;
            if (held > needed) return rarest.subList(0, i + 1);
        }
        return rarest;
    }

    private static double squares(DocumentMatcher.WordCounts words, List<CharSequence> subset) {
        double sum = 0;
        for (CharSequence w : subset) {
            int c = words.counts().get(w);
            sum += (double) c * c;
        }
        return sum;
    }

    /** Candidate nodes the match score cannot tell apart, in node order; taken from the front. */
    static final class Group {
        final int id;
        final DocumentMatcher.Cited sample;
        final DocumentMatcher.WordCounts words;
        private final List<GraphNode> members = new ArrayList<>();
        private final List<Integer> order = new ArrayList<>();
        private int next;

        Group(int id, DocumentMatcher.Cited sample, DocumentMatcher.WordCounts words) {
            this.id = id;
            this.sample = sample;
            this.words = words;
        }

        void add(GraphNode n, int nodeOrder) {
            members.add(n);
            order.add(nodeOrder);
        }

        boolean exhausted() {
            return next == members.size();
        }

        /** Node order of the first member not taken yet: ties between groups go to the earlier node. */
        int nextOrder() {
            return order.get(next);
        }

        List<GraphNode> members() {
            return java.util.Collections.unmodifiableList(members);
        }

        GraphNode take() {
            return members.get(next++);
        }
    }

    record Scored(Group group, double score) {}
}
