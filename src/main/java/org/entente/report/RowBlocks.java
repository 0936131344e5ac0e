package org.entente.report;

/**
 * Where a row's cell lives in a column held in fixed blocks of rows: the columns of a large table
 * grow a block at a time (no copying, no array larger than a block) and waste at most one block.
 */
final class RowBlocks {
    private static final int SHIFT = 13;
    /** Rows per block: 8,192, so a block of numbers is 64 KB. */
    static final int SIZE = 1 << SHIFT;

    private RowBlocks() {
    }

    /** The block holding {@code row}. */
    static int block(int row) {
        return row >>> SHIFT;
    }

    /** The place of {@code row} in its block. */
    static int at(int row) {
        return row & (SIZE - 1);
    }
}
