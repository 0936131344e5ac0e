package org.entente.results;

import org.entente.outcome.ImplementationModel;
import org.entente.outcome.YearRecord;

/**
 * years.csv: one row per run, year and party; after {@code run_id, year, party} one column per
 * series of the implementation model ({@link ImplementationModel#columns()}), declared there.
 */
public final class YearsColumns {
    public static final String RUN_ID = RunsColumns.RUN_ID;
    public static final String YEAR = "year";
    public static final String PARTY = "party";

    private static final Schema<Row> SCHEMA = Schema.<Row>builder()
            .integer(RUN_ID, r -> r.runId())
            .integer(YEAR, r -> r.year().year())
            .add(PARTY, CellKind.TEXT, r -> r.year().party())
            .numbers(ImplementationModel.columns(), series -> series, (r, i) -> r.year().at(i))
            .build();

    /** A years.csv row: one year of one party in one run. */
    public record Row(long runId, YearRecord year) {
    }

    private YearsColumns() {
    }

    public static Schema<Row> schema() {
        return SCHEMA;
    }
}
