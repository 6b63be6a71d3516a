package vbtrace.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vbtrace.text.Canonical;

/**
 * Decides whether a corpus document with no number of its own is the document others cite: the
 * type, jurisdiction and date must not contradict (when both sides know them), and the title must
 * be close to the subject the citing documents give (cosine similarity of folded word counts).
 * A different issuer costs {@link #ISSUER_PENALTY}. Scores below {@link #THRESHOLD} are no match.
 */
final class DocumentMatcher {
    static final double THRESHOLD = 0.85;
    static final double ISSUER_PENALTY = 0.1;
    private static final java.util.regex.Pattern AMENDS = java.util.regex.Pattern.compile(
            "\\W*(?:ve\\s+(?:viec\\s+)?)?(?:sua doi|bo sung|bai bo|thay the|dinh chinh|hop nhat|dieu chinh)");

    /** What a title or subject is compared by, computed once per text: the matcher scores each against many. */
    record Text(WordCounts words, WordCounts aboutWords, boolean amends) {}

    /**
     * Folded word counts: as a map (its iteration order is what candidate blocking sorts by) and as
     * word ids in ascending order with their counts, for a cosine without lookups.
     */
    record WordCounts(Map<CharSequence, Integer> counts, int[] ids, int[] idCounts, double squares, int maxCount) {}

    private final Map<String, Text> texts = new HashMap<>();
    private final Map<CharSequence, Integer> wordIds = new HashMap<>();
    private final Map<String, String> issuerKeys = new HashMap<>();

    /** A numberless corpus document as {@link #score} reads it; null parts are unknown. */
    record Document(String type, String date, String province, Text title, String issuerKey) {}

    /** A node known from references as {@link #score} reads it; the province is null when the scope is unknown or national. */
    record Cited(String type, String date, String province, Text subject, String issuerKey) {}

    Document document(GraphNode doc) {
        return new Document(doc.type(), doc.date(), doc.jurisdiction() == null ? null : NodeScope.province(doc.jurisdiction()),
                doc.title() == null ? null : text(doc.title()), doc.issuer() == null ? null : issuerKey(doc.issuer()));
    }

    Cited cited(GraphNode cited) {
        String scope = cited.scope();
        return new Cited(cited.type(), cited.date(), scope == null || scope.startsWith("?") ? null : NodeScope.province(scope),
                cited.subject() == null ? null : text(cited.subject()), cited.issuer() == null ? null : issuerKey(cited.issuer()));
    }

    /** The match score of {@code doc} (a numberless corpus document) against {@code cited}, or 0 when impossible. */
    double score(GraphNode doc, GraphNode cited) {
        return score(document(doc), cited(cited));
    }

    double score(Document doc, Cited cited) {
        if (contradicts(doc.type(), cited.type()) || contradicts(doc.date(), cited.date())) return 0;
        if (doc.province() != null && cited.province() != null && !doc.province().equals(cited.province())) return 0;
        if (doc.title() == null || cited.subject() == null) return 0;
        Text title = doc.title(), subject = cited.subject();
        // "sửa đổi, bổ sung một số điều của <X>" describes X's amendment: a text titled like X is X (or
        // its consolidation), not the amending document.
        if (subject.amends() != title.amends()) return 0;
        double s = cosine(title.words(), subject.words());
        if (title.aboutWords() != null) s = Math.max(s, cosine(title.aboutWords(), subject.words()));
        // one issuer's name contains the other's ("Ban Chấp hành Đảng bộ tỉnh" in "… tỉnh Lạng Sơn")
        if (doc.issuerKey() != null && cited.issuerKey() != null
                && !doc.issuerKey().contains(cited.issuerKey()) && !cited.issuerKey().contains(doc.issuerKey())) s -= ISSUER_PENALTY;
        return Math.max(0, s);
    }

    /** dot / (|a| |b|), 0 when either is empty; the dot product is exact (integers), so the result does not depend on order. */
    static double cosine(WordCounts a, WordCounts b) {
        if (a.squares() <= 0 || b.squares() <= 0) return 0;
        long dot = 0;
        int[] x = a.ids(), y = b.ids();
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else dot += (long) a.idCounts()[i++] * b.idCounts()[j++];
        }
        return dot / (Math.sqrt(a.squares()) * Math.sqrt(b.squares()));
    }

    /** What {@link #score} reads of a cited node: nodes with equal keys score alike against any document. */
    static List<String> candidateKey(GraphNode cited) {
        String scope = cited.scope() == null ? null : cited.scope().startsWith("?") ? "?" : NodeScope.province(cited.scope());
        return java.util.Arrays.asList(cited.type(), cited.date(), scope, cited.subject(), cited.issuer());
    }

    /** What {@link #score} reads of a numberless document: documents with equal keys score alike against any node. */
    static List<String> documentKey(GraphNode doc) {
        String province = doc.jurisdiction() == null ? null : NodeScope.province(doc.jurisdiction());
        return java.util.Arrays.asList(doc.type(), doc.date(), province, doc.title(), doc.issuer());
    }

    /** The word counts {@link #score} compares a title by: the whole title's, and its "Về …" part's when it has one. */
    List<WordCounts> titleWords(String title) {
        Text t = text(title);
        return t.aboutWords() == null ? List.of(t.words()) : List.of(t.words(), t.aboutWords());
    }

    /** The word counts of a cited subject, as {@link #score} compares them. */
    WordCounts subjectWords(String subject) {
        return text(subject).words();
    }

    private Text text(String s) {
        return texts.computeIfAbsent(s, k -> {
            String about = about(k);
            return new Text(words(k), about == null ? null : words(about), AMENDS.matcher(Canonical.fold(k)).lookingAt());
        });
    }

    private static boolean contradicts(String a, String b) {
        return a != null && b != null && !a.equals(b) && !a.startsWith(b) && !b.startsWith(a);
    }

    private String issuerKey(String issuer) {
        return issuerKeys.computeIfAbsent(issuer, k -> Canonical.fold(k).replaceAll("\\s+", " ").strip());
    }

    /** The title from its "Về …" on, when a heading line ("CỦA BAN CHẤP HÀNH …") comes first; else null. */
    private static String about(String title) {
        java.util.regex.Matcher m = ABOUT.matcher(Canonical.fold(title));
        return m.find() && m.start() > 0 ? title.substring(m.start()) : null;
    }

    private static final java.util.regex.Pattern ABOUT = java.util.regex.Pattern.compile("(?<![\\p{L}])ve(?![\\p{L}])");

    /** Folded word counts, without the subject opener "về"/"về việc" and punctuation. */
    private WordCounts words(String s) {
        String f = Canonical.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceFirst("^ve (viec )?", "");
        Map<CharSequence, Integer> counts = new HashMap<>();
        for (String w : List.of(f.split(" "))) if (!w.isEmpty()) counts.merge(w, 1, Integer::sum);
        java.util.TreeMap<Integer, Integer> byId = new java.util.TreeMap<>();
        double squares = 0;
        int max = 0;
        for (Map.Entry<CharSequence, Integer> e : counts.entrySet()) {
            max = Math.max(max, e.getValue());
            byId.put(wordIds.computeIfAbsent(e.getKey(), w -> wordIds.size()), e.getValue());
            squares += (double) e.getValue() * e.getValue();
        }
        int[] ids = new int[byId.size()], idCounts = new int[byId.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : byId.entrySet()) {
            ids[i] = e.getKey();
            idCounts[i++] = e.getValue();
        }
        return new WordCounts(counts, ids, idCounts, squares, max);
    }
}
