package org.entente.report;

import org.entente.analysis.Interval;
import org.entente.results.CsvReader;
import org.entente.results.IntervalColumns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A results file held in memory column by column, read in one pass: its header, the columns the
 * caller asked for (each its text or its numbers alone, see {@link Holding}), and rows numbered from
 * 0, with cells looked up by row and column name. A missing or empty file reads as a table with no
 * columns and no rows.
 */
public final class CsvTable {

    /** How a column is held: its text (which gives its numbers too), its numbers alone, or not at all. */
    public enum Holding { TEXT, NUMBERS, NONE }

    /** Which columns of a file to hold, and how, given the file's header. */
    @FunctionalInterface
    public interface Selection {
        Holding of(String column, List<String> header);
    }

    public static final CsvTable EMPTY = new CsvTable(List.of(), Map.of(), 0);

    private final List<String> columns;
    private final Map<String, TableColumn> held;
    private final int size;

    private CsvTable(List<String> columns, Map<String, TableColumn> held, int size) {
        this.columns = List.copyOf(columns);
        this.held = held;
        this.size = size;
    }

    /** Reads the whole file, every column's text. */
    public static CsvTable read(Path file) throws IOException {
        return read(file, (column, header) -> Holding.TEXT);
    }

    /** Reads the whole file, holding the columns {@code selection} asks for (of a column named twice, the first). */
    public static CsvTable read(Path file, Selection selection) throws IOException {
        if (file == null || !Files.isRegularFile(file)) return EMPTY;
        try (CsvReader r = CsvReader.open(file)) {
            List<String> header = r.next();
            if (header == null) return EMPTY;
            TableColumn[] at = new TableColumn[header.size()];
            Map<String, TableColumn> held = new HashMap<>();
            Set<String> named = new HashSet<>();
            for (int i = 0; i < at.length; i++) {
                String name = header.get(i);
                if (!named.add(name)) continue;
                at[i] = switch (selection.of(name, header)) {
                    case TEXT -> new TextColumn();
                    case NUMBERS -> new NumberColumn(name);
                    case NONE -> null;
                };
                if (at[i] != null) held.put(name, at[i]);
            }
            int size = 0;
            List<String> row;
            while ((row = r.next()) != null) {
                for (int i = 0; i < at.length; i++) if (at[i] != null) at[i].add(i < row.size() ? row.get(i) : "");
                size++;
            }
            return new CsvTable(header, held, size);
        }
    }

    /** The header's column names, held or not. */
    public List<String> columns() {
        return columns;
    }

    /** The number of rows. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    /**
     * The cell of {@code row} in {@code column}, or "" when the file has no such column; refused for a
     * column in the file that was not held or was held as numbers alone.
     */
    public String get(int row, String column) {
        TableColumn c = held.get(column);
        if (c != null) return c.text(row);
        if (!has(column)) return "";
        throw new IllegalStateException("column " + column + " was not read");
    }

    /** The cell as a number, NaN when absent, empty or not a number; refused for a column in the file that was not held. */
    public double number(int row, String column) {
        TableColumn c = held.get(column);
        if (c != null) return c.number(row);
        if (!has(column)) return Double.NaN;
        throw new IllegalStateException("column " + column + " was not read");
    }

    /** The estimate and interval of {@code row} in {@code columns}, each NaN when absent, empty or not a number. */
    public Interval interval(int row, IntervalColumns columns) {
        return new Interval(number(row, columns.estimate()), number(row, columns.lo()), number(row, columns.hi()));
    }

    /** Every row as its cells' text, in header order (for a small table read whole). */
    public List<List<String>> rowsAsText() {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) cells.add(get(r, c));
            rows.add(cells);
        }
        return rows;
    }
}
