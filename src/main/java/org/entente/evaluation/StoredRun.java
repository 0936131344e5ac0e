package org.entente.evaluation;

import org.entente.analysis.AgreementDistances;
import org.entente.outcome.YearRecord;

import java.util.List;

/**
 * A run as read back from a results directory (runs.csv with its years.csv rows), for the
 * aggregates of summary.csv: numbers as written, so that a single, a resumed and a merged
 * directory aggregate the very same values. Utilities in scenario party order (NaN when empty), as are
 * the agreement's distances from the reference points.
 */
public record StoredRun(long runId, int point, long seed, boolean failed, boolean agreement, List<Double> utilities,
                        double rounds, AgreementDistances distances, List<YearRecord> years) {
    public StoredRun {
        utilities = List.copyOf(utilities);
        years = List.copyOf(years);
    }
}
