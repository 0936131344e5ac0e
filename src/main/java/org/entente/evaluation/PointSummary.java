package org.entente.evaluation;

import org.entente.analysis.Interval;

import java.util.List;
import java.util.Map;

/**
 * One design point's aggregates (a summary.csv row): runs, failed runs, agreement rate (Wilson),
 * mean utility per party (t interval, scenario party order), mean rounds and the implementation
 * model's per-run scalars (t intervals). Rates and means are over the runs that did not fail.
 */
public record PointSummary(int point, Map<String, Object> assignments, long runs, long failed, Interval agreement,
                           List<Interval> utilities, double roundsMean, Map<String, Interval> implementation) {
}
