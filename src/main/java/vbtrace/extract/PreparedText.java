package vbtrace.extract;

/**
 * A document as the targets and deadlines stages read it: the matching form (one tone placement,
 * lower case, same offsets), its sentences and the scope of each line. Computed once per document
 * and handed to both stages ({@link TargetExtractor#extract(PreparedText, vbtrace.structure.DocumentStructure)},
 * {@link DeadlineExtractor#extract(PreparedText, vbtrace.structure.DocumentStructure)}).
 */
public final class PreparedText {
    final String text;
    final String low;
    /** {@code low} as an array, for the scans that walk every character. */
    final char[] lowChars;
    final SentenceIndex sentences;
    final HorizonScope scopes;

    private PreparedText(String text) {
        this.text = text;
        this.lowChars = TargetLexicon.matchingChars(text);
        this.low = new String(lowChars);
        this.sentences = SentenceIndex.of(text, lowChars);
        this.scopes = HorizonScope.of(text, low);
    }

    public static PreparedText of(String text) {
        return new PreparedText(text);
    }
}
