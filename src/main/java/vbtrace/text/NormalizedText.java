package vbtrace.text;

import java.util.List;
import vbtrace.model.Span;

/**
 * Normalized text with offsets back to its input, the spans recognized as received-document
 * stamps (no later stage reads a number or date from them), and what was repaired.
 */
public record NormalizedText(String text, OffsetMap offsets, List<Span> stamps, List<String> warnings) {
    public NormalizedText {
        stamps = stamps == null ? List.of() : List.copyOf(stamps);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Footnote markers "[n]" of the text linked to their footnotes (both stay in the text). */
    public List<Footnote> footnotes() {
        return Footnotes.link(text);
    }
}
