package vbtrace.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * What the parser process is asked to do with one file.
 *
 * @param path       absolute path of the file
 * @param ocr        which PDF pages to read by OCR (Tesseract, Vietnamese)
 * @param writeLimit most characters of text to extract; the rest is cut off with a warning
 * @param ocrDpi     resolution at which PDF pages are rendered for OCR
 */
record ParseRequest(String path, Ocr ocr, int writeLimit, int ocrDpi) {
    enum Ocr {
        /** the text layer only */
        NONE,
        /** the text layer, and OCR for pages that have (almost) none: Tika's AUTO strategy */
        PAGES_WITHOUT_TEXT,
        /** OCR of every page, the text layer ignored */
        ALL
    }

    ParseRequest withOcr(Ocr mode) {
        return new ParseRequest(path, mode, writeLimit, ocrDpi);
    }

    void writeTo(DataOutputStream out) throws IOException {
        Wire.writeString(out, path);
        out.writeByte(ocr.ordinal());
        out.writeInt(writeLimit);
        out.writeInt(ocrDpi);
    }

    static ParseRequest readFrom(DataInputStream in) throws IOException {
        return new ParseRequest(Wire.readString(in), Ocr.values()[in.readByte()], in.readInt(), in.readInt());
    }
}
