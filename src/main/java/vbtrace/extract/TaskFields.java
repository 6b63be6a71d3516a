package vbtrace.extract;

import vbtrace.DataFiles;
import java.util.HashMap;
import java.util.Map;
import vbtrace.model.Role;
import vbtrace.text.Canonical;

/**
 * Labelled fields of a task item, as plans of ministries and provinces write them under each task:
 * "- Cơ quan chủ trì: Bộ Công an." (LEAD), "- Cơ quan thực hiện: …" (RESPONSIBLE), "- Cơ quan phối
 * hợp: …" (coordinators). Labels from {@code tasks/field-labels.tsv}.
 */
final class TaskFields {
    /** A field line: its role and where its value starts. */
    record Field(Role role, int valueStart) {}

    private static final int MAX_LABEL = 40;
    private static final Map<String, Role> LABELS = load();

    private TaskFields() {}

    /** The field of the line {@code [from, lineEnd)} of {@code text}, or null when it is no field. */
    static Field read(String text, int from, int lineEnd) {
        int colon = indexOf(text, ':', from, Math.min(lineEnd, from + MAX_LABEL + 1));
        if (colon < 0) return null;
        StringBuilder unmarked = new StringBuilder(colon - from);
        for (int i = from; i < colon; i++) {
            char c = text.charAt(i);
            if (c != '*' && c != '_') unmarked.append(c);
        }
        String label = oneSpace(Canonical.fold(unmarked.toString().strip()));
        Role role = LABELS.get(label);
        return role == null ? null : new Field(role, colon + 1);
    }

    /** Each run of whitespace ({@code \s}) as one space. */
    private static String oneSpace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) b.append(c);
            else if (!inRun) b.append(' ');
            inRun = space;
        }
        return b.toString();
    }

    /** The first {@code c} in {@code [from, to)}, or -1: a label's colon is near, never searched for further. */
    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == c) return i;
        return -1;
    }

    private static Map<String, Role> load() {
        Map<String, Role> out = new HashMap<>();
        for (String line : DataFiles.lines("/vbtrace/extract/tasks/field-labels.tsv")) {
            String[] f = line.split("\t");
            out.put(Canonical.fold(f[0].strip()), Role.valueOf(f[1].strip()));
        }
        return out;
    }
}
