package org.entente.report;

import org.entente.results.Csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column held as its distinct cells and one code a row ({@link RowCodes}: a byte while the column
 * has at most 256 distinct cells): the exact text of every cell, and each distinct cell's number
 * parsed once. Small for the columns that take few values (status, strategies, agreed terms, swept
 * parameters); a column of mostly distinct numbers is a {@link NumberColumn}.
 */
final class TextColumn implements TableColumn {
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private double[] numbers = new double[16];
    private final RowCodes rows = new RowCodes();

    @Override
    public void add(String cell) {
        Integer code = codes.get(cell);
        if (code == null) {
            code = values.size();
            codes.put(cell, code);
            values.add(cell);
            if (code == numbers.length) numbers = Arrays.copyOf(numbers, 2 * code);
            numbers[code] = Csv.toNumber(cell);
        }
        rows.add(code);
    }

    @Override
    public String text(int row) {
        return values.get(rows.get(row));
    }

    @Override
    public double number(int row) {
        return numbers[rows.get(row)];
    }
}
