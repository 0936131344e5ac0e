package org.entente.results;

import org.entente.experiment.RunPlan;
import org.entente.model.Scenario;

import java.util.List;

/**
 * What a results directory's columns depend on: the swept paths (in sweep order), the issue ids
 * and the party ids (in scenario order).
 */
public record Layout(List<String> swept, List<String> issues, List<String> parties) {
    public Layout {
        swept = List.copyOf(swept);
        issues = List.copyOf(issues);
        parties = List.copyOf(parties);
    }

    public static Layout of(RunPlan plan) {
        Scenario base = plan.config().scenario();
        return new Layout(plan.sweptPaths(), base.issueIds(), base.partyIds());
    }
}
