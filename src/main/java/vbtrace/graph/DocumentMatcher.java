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

    private final Map<String, Map<CharSequence, Integer>> wordsCache = new HashMap<>();

    /** The match score of {@code doc} (a numberless corpus document) against {@code cited}, or 0 when impossible. */
    double score(GraphNode doc, GraphNode cited) {
        if (contradicts(doc.type(), cited.type()) || contradicts(doc.date(), cited.date())) return 0;
        if (doc.jurisdiction() != null && cited.scope() != null && !cited.scope().startsWith("?")
                && !NodeScope.province(doc.jurisdiction()).equals(NodeScope.province(cited.scope()))) return 0;
        if (doc.title() == null || cited.subject() == null) return 0;
        // "sửa đổi, bổ sung một số điều của <X>" describes X's amendment: a text titled like X is X (or
        // its consolidation), not the amending document.
        if (AMENDS.matcher(Canonical.fold(cited.subject())).lookingAt() != AMENDS.matcher(Canonical.fold(doc.title())).lookingAt()) {
            return 0;
        }
        Map<CharSequence, Integer> subject = wordsCache.computeIfAbsent(cited.subject(), DocumentMatcher::words);
        double s = COSINE.cosineSimilarity(wordsCache.computeIfAbsent(doc.title(), DocumentMatcher::words), subject);
        String about = about(doc.title());
        if (about != null) s = Math.max(s, COSINE.cosineSimilarity(wordsCache.computeIfAbsent(about, DocumentMatcher::words), subject));
        if (doc.issuer() != null && cited.issuer() != null && !sameBody(doc.issuer(), cited.issuer())) s -= ISSUER_PENALTY;
        return Math.max(0, s);
    }

    private static boolean contradicts(String a, String b) {
        return a != null && b != null && !a.equals(b) && !a.startsWith(b) && !b.startsWith(a);
    }

    /** One issuer's name contains the other's ("Ban Chấp hành Đảng bộ tỉnh" in "… tỉnh Lạng Sơn"). */
    private static boolean sameBody(String a, String b) {
        String x = Canonical.fold(a).replaceAll("\\s+", " ").strip();
        String y = Canonical.fold(b).replaceAll("\\s+", " ").strip();
        return x.contains(y) || y.contains(x);
    }

    /** The title from its "Về …" on, when a heading line ("CỦA BAN CHẤP HÀNH …") comes first; else null. */
    private static String about(String title) {
        java.util.regex.Matcher m = ABOUT.matcher(Canonical.fold(title));
        return m.find() && m.start() > 0 ? title.substring(m.start()) : null;
    }

    private static final java.util.regex.Pattern ABOUT = java.util.regex.Pattern.compile("(?<![\\p{L}])ve(?![\\p{L}])");

    /** The distinct words {@link #score} compares a title by: the whole title's, and its "Về …" part's when it has one. */
    static List<java.util.Set<CharSequence>> titleWordSets(String title) {
        String about = about(title);
        return about == null ? List.of(words(title).keySet()) : List.of(words(title).keySet(), words(about).keySet());
    }

    /** Folded word counts, without the subject opener "về"/"về việc" and punctuation. */
    static Map<CharSequence, Integer> words(String s) {
        String f = Canonical.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceFirst("^ve (viec )?", "");
        Map<CharSequence, Integer> counts = new HashMap<>();
        for (String w : List.of(f.split(" "))) if (!w.isEmpty()) counts.merge(w, 1, Integer::sum);
        return counts;
    }
}
