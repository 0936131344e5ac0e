package org.entente.results;

import org.entente.evaluation.Standing;

/**
 * tournament.csv: one row per entrant, best first (docs/outputs.md). The contract's columns come
 * first; {@code failed}, the agreement rate's Wilson interval and the mean distances from the Pareto
 * frontier and the Kalai–Smorodinsky point are appended.
 */
public final class TournamentColumns {
    public static final String RANK = "rank";
    public static final String STRATEGY = "strategy";
    public static final String RUNS = "runs";
    public static final IntervalColumns AGREEMENT_RATE = SummaryColumns.AGREEMENT_RATE;
    public static final IntervalColumns UTILITY = SummaryColumns.interval("utility");
    public static final String NASH_DISTANCE = SummaryColumns.mean(RunsColumns.NASH_DISTANCE);
    public static final String WELFARE = SummaryColumns.mean(RunsColumns.WELFARE);
    public static final String FAILED = SummaryColumns.FAILED;

    private TournamentColumns() {
    }

    public static Schema<Standing> schema() {
        return Schema.<Standing>builder()
                .integer(RANK, s -> s.rank())
                .add(STRATEGY, CellKind.TEXT, Standing::entrant)
                .integer(RUNS, s -> s.runs())
                .add(AGREEMENT_RATE.estimate(), CellKind.NUMBER, s -> Csv.number(s.agreement().estimate()))
                .interval(UTILITY, Standing::utility)
                .add(NASH_DISTANCE, CellKind.NUMBER, s -> Csv.number(s.nashDistance()))
                .add(WELFARE, CellKind.NUMBER, s -> Csv.number(s.welfare()))
                .integer(FAILED, s -> s.failed())
                .add(AGREEMENT_RATE.lo(), CellKind.NUMBER, s -> Csv.number(s.agreement().lo()))
                .add(AGREEMENT_RATE.hi(), CellKind.NUMBER, s -> Csv.number(s.agreement().hi()))
                .add(SummaryColumns.mean(RunsColumns.PARETO_DISTANCE), CellKind.NUMBER, s -> Csv.number(s.paretoDistance()))
                .add(SummaryColumns.mean(RunsColumns.KS_DISTANCE), CellKind.NUMBER, s -> Csv.number(s.ksDistance()))
                .build();
    }
}
