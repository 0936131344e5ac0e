package org.entente.results;

import org.entente.evaluation.FrontierPoint;

/** frontier.csv: the base scenario's Pareto frontier and reference points, one row per point. */
public final class FrontierColumns {
    public static final String KIND = "kind";
    public static final ColumnFamily UTILITY = RunsColumns.UTILITY;

    private FrontierColumns() {
    }

    public static Schema<FrontierPoint> schema(Layout layout) {
        return Schema.<FrontierPoint>builder()
                .add(KIND, CellKind.TEXT, FrontierPoint::kind)
                .each(layout.parties(), UTILITY::of, CellKind.NUMBER, (f, i) -> Csv.number(f.utility(i)))
                .build();
    }
}
