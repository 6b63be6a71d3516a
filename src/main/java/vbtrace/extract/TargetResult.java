package vbtrace.extract;

import java.util.List;
import vbtrace.model.Target;

/** Commitments (targets) and measured statistics of the current state (baselines). */
public record TargetResult(List<Target> targets, List<Target> baselines) {
    public TargetResult {
        targets = List.copyOf(targets);
        baselines = List.copyOf(baselines);
    }
}
