package vbtrace.text;

import java.util.List;

/** Text decoded from bytes (or repaired from a legacy font encoding), with what was done. */
public record DecodedText(String text, String encoding, List<String> warnings) {
    public DecodedText {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
