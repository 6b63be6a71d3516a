package vbtrace.extract;

/**
 * A document as the targets and deadlines stages read it: the matching form (one tone placement,
 * lower case, same offsets), its sentences and the scope of each line. Both stages run on the
 * same text one after the other, so the last document prepared on a thread is kept and reused.
 */
final class PreparedText {
    final String text;
    final String low;
    final SentenceIndex sentences;
    final HorizonScope scopes;

    private PreparedText(String text) {
        this.text = text;
        this.low = TargetLexicon.matchingForm(text);
        this.sentences = SentenceIndex.of(text);
        this.scopes = HorizonScope.of(text, low);
    }

    private static final ThreadLocal<PreparedText> LAST = new ThreadLocal<>();

    static PreparedText of(String text) {
        PreparedText p = LAST.get();
        if (p == null || p.text != text) {   // identity: the pipeline hands both stages the same string
            p = new PreparedText(text);
            LAST.set(p);
        }
        return p;
    }
}
