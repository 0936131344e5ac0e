package org.entente.outcome;

import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The post-agreement implementation model: compliance, oversight, shocks and influence over the
 * years (docs/model.md). Pure and deterministic given the run's world and seed.
 */
public final class ImplementationModel {
    private ImplementationModel() {
    }

    /** The tracked series, in years.csv column order after {@code run_id, year, party}. */
    public static List<String> columns() {
        return List.of("trade", "infrastructure", "influence", "compliance", "trust", "debt");
    }

    /** Years 1..years for every party, party by party within each year (empty without agreement is allowed). */
    public static List<YearRecord> simulate(RunWorld world, RunOutcome outcome) {
        return List.of();
    }

    /**
     * Per-run scalars for summary.csv, in a fixed order for a given scenario (keys such as
     * {@code compliance.<party>}); the summary reports mean and 95% interval of each.
     */
    public static Map<String, Double> runSummary(RunWorld world, List<YearRecord> years) {
        return new LinkedHashMap<>();
    }
}
