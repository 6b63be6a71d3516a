package vbtrace.text;

import vbtrace.DataFiles;
import java.util.ArrayList;
import java.util.List;

/** Loads the data files of this package: one entry a line, {@code #} comments and blank lines skipped. */
final class WordLists {
    private WordLists() {}

    static List<String> load(String name) {
        return new ArrayList<>(DataFiles.lines("/vbtrace/text/" + name).stream()
                .map(l -> java.text.Normalizer.normalize(l.strip(), java.text.Normalizer.Form.NFC)).toList());
    }
}
