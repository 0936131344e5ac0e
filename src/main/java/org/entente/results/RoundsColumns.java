package org.entente.results;

import org.entente.evaluation.TraceRow;

/**
 * rounds.csv (with trace) and dance.csv (run 0): one row per action of a run, with the package it
 * concerns ({@code issue.<id>}) and each party's undiscounted utility of it ({@code utility.<party>}).
 */
public final class RoundsColumns {
    public static final String RUN_ID = RunsColumns.RUN_ID;
    public static final String ROUND = "round";
    public static final String ACTOR = "actor";
    public static final String ACTION = "action";
    public static final ColumnFamily ISSUE = RunsColumns.ISSUE;
    public static final ColumnFamily UTILITY = RunsColumns.UTILITY;
    public static final String DETAIL = "detail";

    private RoundsColumns() {
    }

    public static Schema<TraceRow> schema(Layout layout) {
        return Schema.<TraceRow>builder()
                .integer(RUN_ID, t -> t.runId())
                .integer(ROUND, t -> t.event().round())
                .add(ACTOR, CellKind.TEXT, t -> t.event().actor())
                .add(ACTION, CellKind.TEXT, t -> t.event().action())
                .each(layout.issues(), ISSUE::of, CellKind.TEXT, TraceRow::term)
                .each(layout.parties(), UTILITY::of, CellKind.NUMBER, (t, i) -> Csv.number(t.utility(i)))
                .add(DETAIL, CellKind.TEXT, t -> t.event().detail())
                .build();
    }
}
