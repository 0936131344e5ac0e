package org.entente.results;

import org.entente.evaluation.RunRecord;
import org.entente.evaluation.TraceRow;
import org.entente.model.YearsOutput;
import org.entente.outcome.YearRecord;

import java.util.List;

/**
 * Encodes run records as the lines of the per-run files through their schemas: runs.csv,
 * years.csv (the runs outputs.years keeps), rounds.csv (when the plan keeps traces) and dance.csv
 * (run 0 always). Thread-safe.
 */
public final class RunEncoder {
    /** Characters set aside per years.csv row. */
    private static final int YEARS_ROW = 192;

    private final Schema<RunRecord> runs;
    private final Schema<YearsColumns.Row> years = YearsColumns.schema();
    private final Schema<TraceRow> rounds;
    private final boolean trace;
    private final YearsOutput keptYears;

    /** @param keptYears which runs' years go to years.csv */
    public RunEncoder(Layout layout, boolean trace, YearsOutput keptYears) {
        this.runs = RunsColumns.schema(layout);
        this.rounds = RoundsColumns.schema(layout);
        this.trace = trace;
        this.keptYears = keptYears;
    }

    public RunLines encode(RunRecord r) {
        boolean keeps = keptYears.keeps(r.request().replicate());
        // room for its rows at once (the default scenario's are about 156 characters), not 16 characters doubled
        StringBuilder y = new StringBuilder(keeps ? r.years().size() * YEARS_ROW : 0);
        if (keeps) {
            for (YearRecord year : r.years()) years.appendRow(y, new YearsColumns.Row(r.runId(), year));
        }
        String roundsLines = trace ? traceRows(r.trace()) : "";
        String dance = r.runId() == 0 ? (trace ? roundsLines : traceRows(r.trace())) : null;
        return new RunLines(r.runId(), r.request().point(), r.error(), runs.row(r), y.toString(), roundsLines, dance,
                r.years());
    }

    private String traceRows(List<TraceRow> rows) {
        StringBuilder b = new StringBuilder();
        for (TraceRow t : rows) rounds.appendRow(b, t);
        return b.toString();
    }

    Schema<RunRecord> runs() {
        return runs;
    }

    Schema<YearsColumns.Row> yearsSchema() {
        return years;
    }

    Schema<TraceRow> rounds() {
        return rounds;
    }

    boolean trace() {
        return trace;
    }

    /** Whether years.csv is written at all. */
    boolean years() {
        return keptYears != YearsOutput.NONE;
    }
}
