package org.entente.evaluation;

import org.entente.analysis.Interval;

import java.util.List;
import java.util.Map;

/**
 * One design point's aggregates (a summary.csv row): runs, failed runs, agreement rate (Wilson),
 * mean utility per party (interval in [0, 1], scenario party order), mean rounds, the mean distances of
 * the agreements from the Pareto frontier, Nash and Kalai–Smorodinsky points (t intervals, over the
 * runs with an agreement) and the implementation model's per-run scalars (in [0, 1] for compliance and
 * influence, t otherwise). Rates and means are over the runs that did not fail.
 */
public record PointSummary(int point, Map<String, Object> assignments, long runs, long failed, Interval agreement,
                           List<Interval> utilities, double roundsMean, Interval paretoDistance, Interval nashDistance,
                           Interval ksDistance, Map<String, Interval> implementation) {
}
