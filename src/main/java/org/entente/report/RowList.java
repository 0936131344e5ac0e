package org.entente.report;

import java.util.Arrays;

/** Row numbers of a {@link CsvTable} gathered in order, 4 bytes each: the runs of one group. */
final class RowList {
    private int[] rows = new int[16];
    private int size;

    void add(int row) {
        if (size == rows.length) rows = Arrays.copyOf(rows, 2 * size);
        rows[size++] = row;
    }

    int size() {
        return size;
    }

    /** The rows gathered, in the order they were added. */
    int[] toArray() {
        return Arrays.copyOf(rows, size);
    }
}
