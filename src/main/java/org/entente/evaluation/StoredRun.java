package org.entente.evaluation;

import org.entente.analysis.AgreementDistances;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run as read back from a results directory's runs.csv, for the aggregates of summary.csv:
 * numbers as written, so that a single, a resumed and a merged directory aggregate the very same
 * values. Utilities in scenario party order (NaN when empty), as are the agreement's distances from
 * the reference points; the implementation model's per-run measures by name, in runs.csv's order.
 */
public record StoredRun(long runId, int point, long seed, boolean failed, boolean agreement, List<Double> utilities,
                        double rounds, AgreementDistances distances, Map<String, Double> implementation) {
    public StoredRun {
        utilities = List.copyOf(utilities);
        implementation = Collections.unmodifiableMap(new LinkedHashMap<>(implementation));
    }
}
