package org.entente.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small CSV file held in memory: its header and rows, with lookups by column name.
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
        try (CsvReader r = new CsvReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            List<String> header = r.next();
            if (header == null) return EMPTY;
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header = new ArrayList<>(header);
                header.set(0, header.get(0).substring(1));
            }
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

    public int index(String column) {
        return columns.indexOf(column);
    }

    /** The cell of {@code row} in {@code column}, or "" when the column or cell is absent. */
    public String get(List<String> row, String column) {
        int i = index(column);
        return i >= 0 && i < row.size() ? row.get(i) : "";
    }

    /** The cell as a number, NaN when absent, empty or not a number. */
    public double number(List<String> row, String column) {
        return parse(get(row, column));
    }

    /** Columns strictly between {@code after} and {@code before} (e.g. the swept parameters). */
    public List<String> between(String after, String before) {
        int a = index(after);
        int b = index(before);
        if (a < 0 || b < 0 || b <= a) return List.of();
        return columns.subList(a + 1, b);
    }

    /** Columns starting with {@code prefix} and ending with {@code suffix}, mapped to the middle part. */
    public Map<String, String> matching(String prefix, String suffix) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String c : columns) {
            if (c.startsWith(prefix) && c.endsWith(suffix) && c.length() > prefix.length() + suffix.length()) {
                m.put(c.substring(prefix.length(), c.length() - suffix.length()), c);
            }
        }
        return m;
    }

    /** Lenient number parsing: empty or malformed cells are NaN. */
    public static double parse(String s) {
        if (s == null || s.isBlank()) return Double.NaN;
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Column name → position, for callers that look up many cells per row. */
    public Map<String, Integer> positions() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) m.putIfAbsent(columns.get(i), i);
        return m;
    }
}
