package vbtrace.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text Tika extracted from a file, before any Vietnamese repair.
 *
 * @param text        the body text
 * @param mediaType   the detected media type
 * @param pageLetters letters found on each page, in page order (PDF only; empty otherwise)
 * @param truncated   the write limit was reached and the text is cut off
 */
record ParsedDocument(String text, String mediaType, List<Integer> pageLetters, boolean truncated) {
    ParsedDocument {
        pageLetters = List.copyOf(pageLetters);
    }

    void writeTo(DataOutputStream out) throws IOException {
        Wire.writeString(out, text);
        Wire.writeString(out, mediaType);
        out.writeInt(pageLetters.size());
        for (int n : pageLetters) out.writeInt(n);
        out.writeBoolean(truncated);
    }

    static ParsedDocument readFrom(DataInputStream in) throws IOException {
        String text = Wire.readString(in);
        String type = Wire.readString(in);
        int pages = in.readInt();
        List<Integer> letters = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) letters.add(in.readInt());
        return new ParsedDocument(text, type, letters, in.readBoolean());
    }
}
