package org.entente.results;

import org.entente.evaluation.RunRecord;
import org.entente.evaluation.TraceRow;
import org.entente.outcome.YearRecord;

import java.util.List;

/**
 * Encodes run records as the lines of the per-run files through their schemas: runs.csv,
 * years.csv, rounds.csv (when the plan keeps traces) and dance.csv (run 0 always). Thread-safe.
 */
public final class RunEncoder {
    private final Schema<RunRecord> runs;
    private final Schema<YearsColumns.Row> years = YearsColumns.schema();
    private final Schema<TraceRow> rounds;
    private final boolean trace;

    public RunEncoder(Layout layout, boolean trace) {
        this.runs = RunsColumns.schema(layout);
        this.rounds = RoundsColumns.schema(layout);
        this.trace = trace;
    }

    public RunLines encode(RunRecord r) {
        StringBuilder y = new StringBuilder();
        for (YearRecord year : r.years()) years.appendRow(y, new YearsColumns.Row(r.runId(), year));
        String roundsLines = trace ? traceRows(r.trace()) : "";
        String dance = r.runId() == 0 ? (trace ? roundsLines : traceRows(r.trace())) : null;
        return new RunLines(r.runId(), r.error(), runs.row(r), y.toString(), roundsLines, dance);
    }

    private String traceRows(List<TraceRow> rows) {
        StringBuilder b = new StringBuilder();
        for (TraceRow t : rows) rounds.appendRow(b, t);
        return b.toString();
    }

    Schema<RunRecord> runs() {
        return runs;
    }

    Schema<YearsColumns.Row> years() {
        return years;
    }

    Schema<TraceRow> rounds() {
        return rounds;
    }

    boolean trace() {
        return trace;
    }
}
