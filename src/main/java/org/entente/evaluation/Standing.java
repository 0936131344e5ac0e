package org.entente.evaluation;

import org.entente.analysis.Interval;

/**
 * One entrant's line of a tournament's standings (a tournament.csv row): its rank (1 for the best;
 * entrants tied on both criteria share a rank), its name, the runs it played counted per seat and
 * how many failed; over the others, its agreement rate (Wilson interval) and mean own utility (t
 * interval), the mean distances of its agreements from the Nash point, the Pareto frontier and the
 * Kalai–Smorodinsky point, and the mean welfare of its runs.
 */
public record Standing(int rank, String entrant, long runs, long failed, Interval agreement, Interval utility,
                       double nashDistance, double paretoDistance, double ksDistance, double welfare) {
}
