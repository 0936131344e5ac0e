package org.entente.results;

import org.entente.analysis.Interval;
import org.entente.evaluation.PointSummary;

import java.util.List;
import java.util.function.Function;

/**
 * summary.csv: one row per design point. An estimate with its 95% interval takes three columns,
 * {@code <key>.mean, <key>.lo, <key>.hi} (the agreement rate: {@code agreement_rate, _lo, _hi});
 * the agreements' mean distances from the reference points ({@code pareto_distance}, {@code nash_distance},
 * {@code ks_distance}) and the implementation model's aggregates follow {@code rounds.mean}. The swept parameters' columns
 * stand between {@code point} and {@code runs}.
 */
public final class SummaryColumns {
    public static final String POINT = "point";
    public static final String RUNS = "runs";
    public static final String FAILED = "failed";
    public static final String AGREEMENT_RATE = "agreement_rate";
    public static final String AGREEMENT_RATE_LO = "agreement_rate_lo";
    public static final String AGREEMENT_RATE_HI = "agreement_rate_hi";
    public static final String ROUNDS_MEAN = "rounds.mean";
    /** Each party's mean utility: {@code utility.<party>.mean}. */
    public static final ColumnFamily UTILITY_MEAN = new ColumnFamily(RunsColumns.UTILITY.prefix(), ".mean");

    private SummaryColumns() {
    }

    public static String mean(String key) {
        return key + ".mean";
    }

    public static String lo(String key) {
        return key + ".lo";
    }

    public static String hi(String key) {
        return key + ".hi";
    }

    /** @param implementationKeys the implementation model's aggregates, in order */
    public static Schema<PointSummary> schema(Layout layout, List<String> implementationKeys) {
        List<String> swept = layout.swept();
        Schema.Builder<PointSummary> b = Schema.<PointSummary>builder()
                .add(POINT, CellKind.INTEGER, s -> Integer.toString(s.point()))
                .each(swept, path -> path, CellKind.TEXT, (s, i) -> Csv.value(s.assignments().get(swept.get(i))))
                .add(RUNS, CellKind.INTEGER, s -> Long.toString(s.runs()))
                .add(FAILED, CellKind.INTEGER, s -> Long.toString(s.failed()))
                .add(AGREEMENT_RATE, CellKind.NUMBER, s -> Csv.number(s.agreement().estimate()))
                .add(AGREEMENT_RATE_LO, CellKind.NUMBER, s -> Csv.number(s.agreement().lo()))
                .add(AGREEMENT_RATE_HI, CellKind.NUMBER, s -> Csv.number(s.agreement().hi()));
        for (int p = 0; p < layout.parties().size(); p++) {
            int party = p;
            interval(b, RunsColumns.UTILITY.of(layout.parties().get(p)), s -> s.utilities().get(party));
        }
        b.add(ROUNDS_MEAN, CellKind.NUMBER, s -> Csv.number(s.roundsMean()));
        interval(b, RunsColumns.PARETO_DISTANCE, PointSummary::paretoDistance);
        interval(b, RunsColumns.NASH_DISTANCE, PointSummary::nashDistance);
        interval(b, RunsColumns.KS_DISTANCE, PointSummary::ksDistance);
        for (String k : implementationKeys) interval(b, k, s -> s.implementation().get(k));
        return b.build();
    }

    private static void interval(Schema.Builder<PointSummary> b, String key, Function<PointSummary, Interval> of) {
        b.add(mean(key), CellKind.NUMBER, s -> Csv.number(of.apply(s).estimate()))
                .add(lo(key), CellKind.NUMBER, s -> Csv.number(of.apply(s).lo()))
                .add(hi(key), CellKind.NUMBER, s -> Csv.number(of.apply(s).hi()));
    }

    /** The swept parameters' columns of a summary.csv header. */
    public static List<String> swept(List<String> header) {
        return RunsColumns.between(header, POINT, RUNS);
    }
}
