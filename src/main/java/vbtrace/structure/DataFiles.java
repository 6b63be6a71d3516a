package vbtrace.structure;

import java.util.List;

/** Word lists and tables of this stage, read from {@code src/main/resources/vbtrace/structure/}. */
final class DataFiles {
    private DataFiles() {}

    /** Non-blank lines that are not {@code #} comments, trimmed of trailing spaces. */
    static List<String> lines(String name) {
        return vbtrace.DataFiles.lines("/vbtrace/structure/" + name);
    }

    /** Tab-separated rows. */
    static List<String[]> table(String name) {
        return lines(name).stream().map(l -> l.split("\t")).toList();
    }
}
