package vbtrace.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Length-prefixed UTF-8 strings for the parser-process pipe (DataOutput.writeUTF stops at 64 KB). */
final class Wire {
    private Wire() {}

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) throw new IOException("corrupt message from the parser process");
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
