package org.entente.report;

import org.entente.results.Csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A column held as numbers alone, 8 bytes a row in blocks of rows ({@link RowBlocks}): for the
 * measures the report only computes with, such as utilities, whose cells are mostly distinct. Its
 * text is not kept.
 */
final class NumberColumn implements TableColumn {
    private final String name;
    private final List<double[]> blocks = new ArrayList<>();
    private int size;

    NumberColumn(String name) {
        this.name = name;
    }

    @Override
    public void add(String cell) {
        if (RowBlocks.at(size) == 0) blocks.add(new double[RowBlocks.SIZE]);
        blocks.get(RowBlocks.block(size))[RowBlocks.at(size)] = Csv.toNumber(cell);
        size++;
    }

    /** Refused: the column was read as numbers; its text is not kept. */
    @Override
    public String text(int row) {
        throw new IllegalStateException("column " + name + " was read as numbers alone; its text is not kept");
    }

    @Override
    public double number(int row) {
        return blocks.get(RowBlocks.block(row))[RowBlocks.at(row)];
    }
}
