package vbtrace.extract;

import vbtrace.DataFiles;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference stage's data files ({@code vbtrace/extract/references/*.txt}): NFC lines, no comments. */
final class ReferenceData {
    private ReferenceData() {}

    static List<String> lines(String name) {
        return new ArrayList<>(DataFiles.lines("/vbtrace/extract/references/" + name).stream()
                .map(l -> Normalizer.normalize(l.strip(), Normalizer.Form.NFC)).toList());
    }
}
