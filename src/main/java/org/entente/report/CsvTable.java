package org.entente.report;

import org.entente.analysis.Interval;
import org.entente.results.Csv;
import org.entente.results.CsvReader;
import org.entente.results.IntervalColumns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small results file held in memory: its header and rows, with cells looked up by column name.
 * A missing or empty file reads as a table with no columns and no rows.
 */
public record CsvTable(List<String> columns, List<List<String>> rows, boolean truncated) {

    public CsvTable {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(rows);
    }

    public static final CsvTable EMPTY = new CsvTable(List.of(), List.of(), false);

    /** Reads the whole file. */
    public static CsvTable read(Path file) throws IOException {
        return read(file, Integer.MAX_VALUE);
    }

    /** Reads at most {@code maxRows} rows; {@code truncated} says whether more were left. */
    public static CsvTable read(Path file, int maxRows) throws IOException {
        if (file == null || !Files.isRegularFile(file)) return EMPTY;
        try (CsvReader r = CsvReader.open(file)) {
            List<String> header = r.next();
            if (header == null) return EMPTY;
            List<List<String>> rows = new ArrayList<>();
            List<String> row;
            boolean more = false;
            while ((row = r.next()) != null) {
                if (rows.size() >= maxRows) {
                    more = true;
                    break;
                }
                rows.add(row);
            }
            return new CsvTable(header, rows, more);
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    /** The cell of {@code row} in {@code column}, or "" when the column or cell is absent. */
    public String get(List<String> row, String column) {
        int i = columns.indexOf(column);
        return i >= 0 && i < row.size() ? row.get(i) : "";
    }

    /** The cell as a number, NaN when absent, empty or not a number. */
    public double number(List<String> row, String column) {
        return Csv.toNumber(get(row, column));
    }

    /** The estimate and interval of {@code row} in {@code columns}, each NaN when absent, empty or not a number. */
    public Interval interval(List<String> row, IntervalColumns columns) {
        return new Interval(number(row, columns.estimate()), number(row, columns.lo()), number(row, columns.hi()));
    }
}
