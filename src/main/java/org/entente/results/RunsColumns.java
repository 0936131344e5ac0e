package org.entente.results;

import org.entente.evaluation.RunRecord;
import org.entente.outcome.ImplementationModel;

import java.util.List;

/**
 * runs.csv: one row per run (docs/outputs.md). Its columns are declared once, in {@link #schema};
 * a new column is one line there. The swept parameters' columns stand between {@code seed} and
 * {@code protocol}, named by their paths.
 */
public final class RunsColumns {
    public static final String RUN_ID = "run_id";
    public static final String POINT = "point";
    public static final String REPLICATE = "replicate";
    public static final String SEED = "seed";
    public static final String PROTOCOL = "protocol";
    /** What each party played: its strategy's label, or the tournament entrant's name. */
    public static final ColumnFamily STRATEGY = new ColumnFamily("strategy.", "");
    public static final String AGREEMENT = "agreement";
    public static final String RATIFIED = "ratified";
    public static final String ROUNDS = "rounds";
    public static final String AGREEMENT_ROUND = "agreement_round";
    public static final ColumnFamily ISSUE = new ColumnFamily("issue.", "");
    public static final ColumnFamily UTILITY = new ColumnFamily("utility.", "");
    public static final String WELFARE = "welfare";
    public static final String PARETO_DISTANCE = "pareto_distance";
    public static final String NASH_DISTANCE = "nash_distance";
    public static final String KS_DISTANCE = "ks_distance";
    public static final String BLOCKED_BY = "blocked_by";
    public static final String STATUS = "status";
    /** The values of {@link #STATUS}. */
    public static final String OK = "ok", FAILED = "failed";

    private RunsColumns() {
    }

    public static Schema<RunRecord> schema(Layout layout) {
        List<String> swept = layout.swept();
        List<String> measures = measures(layout);
        return Schema.<RunRecord>builder()
                .integer(RUN_ID, r -> r.runId())
                .integer(POINT, r -> r.request().point())
                .integer(REPLICATE, r -> r.request().replicate())
                .integer(SEED, r -> r.request().seed())
                .each(swept, path -> path, CellKind.TEXT, (r, i) -> Csv.value(r.request().assignments().get(swept.get(i))))
                .add(PROTOCOL, CellKind.TEXT, RunRecord::protocol)
                .each(layout.parties(), STRATEGY::of, CellKind.TEXT, (r, i) -> r.strategy(layout.parties().get(i)))
                .add(AGREEMENT, CellKind.FLAG, r -> Csv.bool(r.agreement()))
                .add(RATIFIED, CellKind.FLAG, r -> Csv.bool(r.ratified()))
                .add(ROUNDS, CellKind.COUNT, r -> Csv.count(r.rounds()))
                .add(AGREEMENT_ROUND, CellKind.COUNT, r -> Csv.count(r.agreementRound()))
                .each(layout.issues(), ISSUE::of, CellKind.TEXT, RunRecord::agreedTerm)
                .numbers(layout.parties(), UTILITY::of, (r, i) -> r.evaluation().party(i).utility())
                .numbers(layout.parties(), party -> "value." + party, (r, i) -> r.evaluation().party(i).value())
                .number(WELFARE, r -> r.evaluation().welfare())
                .number("nash_product", r -> r.evaluation().nashProduct())
                .number(PARETO_DISTANCE, r -> r.evaluation().distances().pareto())
                .number(NASH_DISTANCE, r -> r.evaluation().distances().nash())
                .number(KS_DISTANCE, r -> r.evaluation().distances().kalaiSmorodinsky())
                .numbers(measures, m -> m, (r, i) -> r.failed() ? Double.NaN : r.measures().get(measures.get(i)))
                .add(BLOCKED_BY, CellKind.TEXT, r -> String.join(" ", r.blockedBy()))
                .add(STATUS, CellKind.TEXT, r -> r.failed() ? FAILED : OK)
                .add("error", CellKind.TEXT, r -> r.failed() ? r.error() : "")
                .build();
    }

    /**
     * The implementation model's per-run measures ({@code compliance.<party>}, {@code trade.<party>}, ...:
     * {@link ImplementationModel#runSummary}), from which summary.csv aggregates them, so it needs no years.csv.
     */
    public static List<String> measures(Layout layout) {
        return List.copyOf(ImplementationModel.runSummary(layout.parties(), List.of()).keySet());
    }

    /** The swept parameters' columns of a runs.csv header. */
    public static List<String> swept(List<String> header) {
        return between(header, SEED, PROTOCOL);
    }

    /** The columns strictly between two others (none when either is missing). */
    static List<String> between(List<String> header, String after, String before) {
        int a = header.indexOf(after);
        int b = header.indexOf(before);
        return a < 0 || b <= a ? List.of() : List.copyOf(header.subList(a + 1, b));
    }
}
