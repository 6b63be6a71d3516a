package vbtrace.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * What the parser process is asked to do with one file.
 *
 * @param path       absolute path of the file
 * @param ocr        read PDF pages by OCR (Tesseract, Vietnamese) instead of their text layer
 * @param writeLimit most characters of text to extract; the rest is cut off with a warning
 * @param ocrDpi     resolution at which PDF pages are rendered for OCR
 */
record ParseRequest(String path, boolean ocr, int writeLimit, int ocrDpi) {
    void writeTo(DataOutputStream out) throws IOException {
        Wire.writeString(out, path);
        out.writeBoolean(ocr);
        out.writeInt(writeLimit);
        out.writeInt(ocrDpi);
    }

    static ParseRequest readFrom(DataInputStream in) throws IOException {
        return new ParseRequest(Wire.readString(in), in.readBoolean(), in.readInt(), in.readInt());
    }
}
