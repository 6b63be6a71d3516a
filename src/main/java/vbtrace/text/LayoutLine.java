package vbtrace.text;

/**
 * One visual line of the input after inline cleaning, with what the layout stages learned about
 * it. The joiner reads these flags to decide whether the next line continues this one.
 */
final class LayoutLine {
    final MappedText text;
    /** Raw offset of the line break that ended this line (where a joining space is mapped). */
    final int rawEnd;
    /** Blank lines between this line and the previous kept one. */
    int blankBefore;
    /** Page furniture (running header, page number, a lifted stamp) was removed just before. */
    boolean pageBreakBefore;
    /** Starts a new block (table cell, heading, after a separator rule): never joined to the line before. */
    boolean blockStart;
    /** Ends a block (a markdown heading): nothing is joined after it. */
    boolean blockEnd;
    /** Markdown hard line break (trailing backslash or two spaces, or {@code <br>}). */
    boolean hardBreak;
    /** Starts with an emphasis opener ({@code *}, {@code **}). */
    boolean emphasisStart;
    /** Emphasis is still open at the end of the line, so the next line is inside the same run. */
    boolean emphasisOpenAtEnd;
    /** The line ends by closing an emphasis run that began at a line start: a styled paragraph ends. */
    boolean emphasisClosedAtEnd;
    /** Part of a received-document stamp. */
    boolean stamp;

    LayoutLine(MappedText text, int rawEnd) {
        this.text = text;
        this.rawEnd = rawEnd;
    }

    private String string;

    /** The line's text (cached: the text does not change once the line is made). */
    String string() {
        if (string == null) string = text.toString();
        return string;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
