package vbtrace.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;
import vbtrace.text.Canonical;

/**
 * Decides whether a corpus document with no number of its own is the document others cite: the
 * type, jurisdiction and date must not contradict (when both sides know them), and the title must
 * be close to the subject the citing documents give (cosine similarity of folded word counts,
 * Commons Text). A different issuer costs {@link #ISSUER_PENALTY}. Scores below
 * {@link #THRESHOLD} are no match.
 */
final class DocumentMatcher {
    static final double THRESHOLD = 0.85;
    static final double ISSUER_PENALTY = 0.1;
    private static final java.util.regex.Pattern AMENDS = java.util.regex.Pattern.compile(
            "\\W*(?:ve\\s+(?:viec\\s+)?)?(?:sua doi|bo sung|bai bo|thay the|dinh chinh|hop nhat|dieu chinh)");
    private static final CosineSimilarity COSINE = new CosineSimilarity();

    /** What a title or subject is compared by, computed once per text: the matcher scores each against many. */
    private record Text(Map<CharSequence, Integer> words, Map<CharSequence, Integer> aboutWords, boolean amends) {}

    private final Map<String, Text> texts = new HashMap<>();
    private final Map<String, String> issuerKeys = new HashMap<>();

    /** The match score of {@code doc} (a numberless corpus document) against {@code cited}, or 0 when impossible. */
    double score(GraphNode doc, GraphNode cited) {
        if (contradicts(doc.type(), cited.type()) || contradicts(doc.date(), cited.date())) return 0;
        if (doc.jurisdiction() != null && cited.scope() != null && !cited.scope().startsWith("?")
                && !NodeScope.province(doc.jurisdiction()).equals(NodeScope.province(cited.scope()))) return 0;
        if (doc.title() == null || cited.subject() == null) return 0;
        Text title = text(doc.title()), subject = text(cited.subject());
        // "sửa đổi, bổ sung một số điều của <X>" describes X's amendment: a text titled like X is X (or
        // its consolidation), not the amending document.
        if (subject.amends() != title.amends()) return 0;
        double s = COSINE.cosineSimilarity(title.words(), subject.words());
        if (title.aboutWords() != null) s = Math.max(s, COSINE.cosineSimilarity(title.aboutWords(), subject.words()));
        if (doc.issuer() != null && cited.issuer() != null && !sameBody(doc.issuer(), cited.issuer())) s -= ISSUER_PENALTY;
        return Math.max(0, s);
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

    /** The distinct words {@link #score} compares a title by: the whole title's, and its "Về …" part's when it has one. */
    List<java.util.Set<CharSequence>> titleWordSets(String title) {
        Text t = text(title);
        return t.aboutWords() == null ? List.of(t.words().keySet()) : List.of(t.words().keySet(), t.aboutWords().keySet());
    }

    /** The distinct words of a cited subject, as {@link #score} compares them. */
    java.util.Set<CharSequence> subjectWords(String subject) {
        return text(subject).words().keySet();
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

    /** One issuer's name contains the other's ("Ban Chấp hành Đảng bộ tỉnh" in "… tỉnh Lạng Sơn"). */
    private boolean sameBody(String a, String b) {
        String x = issuerKey(a), y = issuerKey(b);
        return x.contains(y) || y.contains(x);
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
    private static Map<CharSequence, Integer> words(String s) {
        String f = Canonical.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceFirst("^ve (viec )?", "");
        Map<CharSequence, Integer> counts = new HashMap<>();
        for (String w : List.of(f.split(" "))) if (!w.isEmpty()) counts.merge(w, 1, Integer::sum);
        return counts;
    }
}
