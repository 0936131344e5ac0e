package org.entente.results;

import org.entente.evaluation.PointSummary;

import java.util.List;

/**
 * summary.csv: one row per design point. An estimate with its 95% interval takes three columns,
 * {@code <key>.mean, <key>.lo, <key>.hi} (the agreement rate: {@code agreement_rate, _lo, _hi});
 * the agreements' mean distances from the reference points ({@code pareto_distance}, {@code nash_distance},
 * {@code ks_distance}) and the implementation model's aggregates follow {@code rounds.mean}. The swept parameters' columns
 * stand between {@code point} and {@code runs}.
 */
public final class SummaryColumns {
    public static final String POINT = RunsColumns.POINT;
    public static final String RUNS = "runs";
    public static final String FAILED = "failed";
    public static final IntervalColumns AGREEMENT_RATE = IntervalColumns.of("agreement_rate");
    /** Each party's mean utility: {@code utility.<party>.mean}. */
    public static final ColumnFamily UTILITY_MEAN = new ColumnFamily(RunsColumns.UTILITY.prefix(), ".mean");

    private SummaryColumns() {
    }

    public static String mean(String key) {
        return key + ".mean";
    }

    /** The columns of a key's estimate with its interval: {@code <key>.mean, <key>.lo, <key>.hi}. */
    public static IntervalColumns interval(String key) {
        return new IntervalColumns(mean(key), key + ".lo", key + ".hi");
    }

    /** @param implementationKeys the implementation model's aggregates, in order */
    public static Schema<PointSummary> schema(Layout layout, List<String> implementationKeys) {
        List<String> swept = layout.swept();
        Schema.Builder<PointSummary> b = Schema.<PointSummary>builder()
                .integer(POINT, s -> s.point())
                .each(swept, path -> path, CellKind.TEXT, (s, i) -> Csv.value(s.assignments().get(swept.get(i))))
                .integer(RUNS, s -> s.runs())
                .integer(FAILED, s -> s.failed())
                .interval(AGREEMENT_RATE, PointSummary::agreement);
        for (int p = 0; p < layout.parties().size(); p++) {
            int party = p;
            b.interval(interval(RunsColumns.UTILITY.of(layout.parties().get(p))), s -> s.utilities().get(party));
        }
        b.add(mean(RunsColumns.ROUNDS), CellKind.NUMBER, s -> Csv.number(s.roundsMean()))
                .interval(interval(RunsColumns.PARETO_DISTANCE), PointSummary::paretoDistance)
                .interval(interval(RunsColumns.NASH_DISTANCE), PointSummary::nashDistance)
                .interval(interval(RunsColumns.KS_DISTANCE), PointSummary::ksDistance);
        for (String k : implementationKeys) b.interval(interval(k), s -> s.implementation().get(k));
        return b.build();
    }

    /** The swept parameters' columns of a summary.csv header. */
    public static List<String> swept(List<String> header) {
        return RunsColumns.between(header, POINT, RUNS);
    }
}
