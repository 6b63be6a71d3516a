package vbtrace.extract;

import java.util.List;
import vbtrace.structure.DocumentStructure;

/** Quantitative commitments with indicator, bounds, unit and horizon year. */
public final class TargetExtractor {
    public TargetResult extract(String text, DocumentStructure structure) {
        return new TargetResult(List.of(), List.of()); // filled by the targets issue
    }
}
