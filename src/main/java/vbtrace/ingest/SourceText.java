package vbtrace.ingest;

import java.util.List;
import vbtrace.model.Span;
import vbtrace.text.OffsetMap;

/**
 * A file turned into text: the normalized text every later stage reads (NFC, layout repaired),
 * the raw extracted text with offsets back into it, and how it was read.
 *
 * @param source   the path as given by the user
 * @param sha256   hex digest of the file's bytes
 * @param text     normalized text; all offsets in the extraction record point into it
 * @param rawText  the text as decoded or extracted, before layout repair
 * @param offsets  normalized offset → raw offset
 * @param stamps   spans of {@code text} recognized as received-document stamps
 * @param format   detected media type ("text/plain", "application/pdf", …)
 * @param encoding detected or converted encoding ("UTF-8", "TCVN3", …), null for binary formats
 * @param warnings what was repaired or converted, one human-readable line each
 */
public record SourceText(String source, String sha256, String text, String rawText, OffsetMap offsets,
                         List<Span> stamps, String format, String encoding, List<String> warnings) {
    public SourceText {
        stamps = stamps == null ? List.of() : List.copyOf(stamps);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
