package org.entente.results;

/**
 * years_summary.csv: per design point, party, year after agreement and series of the implementation
 * model, over every run that reached that year: {@code n, mean, sd} (exact sums, so the same for any
 * split of the runs) and the quantiles {@code q05 … q95} (within {@link ValueBins#RELATIVE_ERROR}).
 */
public final class YearsSummaryColumns {
    public static final String POINT = RunsColumns.POINT;
    public static final String PARTY = YearsColumns.PARTY;
    public static final String YEAR = YearsColumns.YEAR;
    public static final String SERIES = "series";
    public static final String N = "n";
    public static final String MEAN = "mean";
    public static final String SD = "sd";
    public static final String Q05 = "q05", Q25 = "q25", Q50 = "q50", Q75 = "q75", Q95 = "q95";

    private static final Schema<Row> SCHEMA = Schema.<Row>builder()
            .integer(POINT, r -> r.point())
            .add(PARTY, CellKind.TEXT, Row::party)
            .integer(YEAR, r -> r.year())
            .add(SERIES, CellKind.TEXT, Row::series)
            .integer(N, r -> r.cell().n())
            .number(MEAN, r -> r.cell().mean())
            .number(SD, r -> r.cell().sd())
            .numbers(java.util.List.of(Q05, Q25, Q50, Q75, Q95), q -> q, (r, i) -> r.quantiles()[i])
            .build();

    /** A row: one series of one party in one year of one point, with its accumulated values. */
    record Row(int point, String party, int year, String series, YearCell cell, double[] quantiles) {
        Row(int point, String party, int year, String series, YearCell cell) {
            this(point, party, year, series, cell, cell.quantiles());
        }
    }

    private YearsSummaryColumns() {
    }

    static Schema<Row> schema() {
        return SCHEMA;
    }

    /** The header's column names, for readers. */
    public static java.util.List<String> names() {
        return SCHEMA.names();
    }
}
