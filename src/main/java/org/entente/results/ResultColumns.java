package org.entente.results;

import org.entente.model.Scenario;
import org.entente.outcome.ImplementationModel;

import java.util.ArrayList;
import java.util.List;

/** The column headers of the results files, in the order shared/spec/outputs.md fixes. */
public record ResultColumns(List<String> swept, List<String> issues, List<String> parties) {
    public ResultColumns {
        swept = List.copyOf(swept);
        issues = List.copyOf(issues);
        parties = List.copyOf(parties);
    }

    public static ResultColumns of(Scenario base, List<String> sweptPaths) {
        return new ResultColumns(sweptPaths, base.issueIds(), base.partyIds());
    }

    public List<String> runs() {
        List<String> h = new ArrayList<>(List.of("run_id", "point", "replicate", "seed"));
        h.addAll(swept);
        h.addAll(List.of("protocol", "agreement", "ratified", "rounds"));
        for (String i : issues) h.add("issue." + i);
        for (String p : parties) h.add("utility." + p);
        h.addAll(List.of("welfare", "nash_product", "status", "error"));
        return h;
    }

    public List<String> years() {
        List<String> h = new ArrayList<>(List.of("run_id", "year", "party"));
        h.addAll(ImplementationModel.columns());
        return h;
    }

    /** rounds.csv and dance.csv. */
    public List<String> rounds() {
        List<String> h = new ArrayList<>(List.of("run_id", "round", "actor", "action"));
        for (String i : issues) h.add("issue." + i);
        for (String p : parties) h.add("utility." + p);
        h.add("detail");
        return h;
    }

    /** summary.csv, with the implementation model's aggregate keys appended after rounds.mean. */
    public List<String> summary(List<String> implementationKeys) {
        List<String> h = new ArrayList<>(List.of("point"));
        h.addAll(swept);
        h.addAll(List.of("runs", "failed", "agreement_rate", "agreement_rate_lo", "agreement_rate_hi"));
        for (String p : parties) {
            h.add("utility." + p + ".mean");
            h.add("utility." + p + ".lo");
            h.add("utility." + p + ".hi");
        }
        h.add("rounds.mean");
        for (String k : implementationKeys) {
            h.add(k + ".mean");
            h.add(k + ".lo");
            h.add(k + ".hi");
        }
        return h;
    }

    public List<String> frontier() {
        List<String> h = new ArrayList<>(List.of("kind"));
        for (String p : parties) h.add("utility." + p);
        return h;
    }

    /** Index of the first utility column in runs.csv. */
    public int runsUtilityColumn() {
        return 4 + swept.size() + 4 + issues.size();
    }
}
