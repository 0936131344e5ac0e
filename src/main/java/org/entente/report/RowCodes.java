package org.entente.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The code of each row of a {@link TextColumn}, in blocks of rows: one byte a row while every code is
 * below 256 (a column of few distinct cells), four bytes a row from the first code above.
 */
final class RowCodes {
    private static final int BYTE_CODES = 256;
    private final List<byte[]> narrow = new ArrayList<>();
    private List<int[]> wide;
    private int size;

    void add(int code) {
        if (wide == null && code >= BYTE_CODES) widen();
        int at = RowBlocks.at(size);
        if (wide == null) {
            if (at == 0) narrow.add(new byte[RowBlocks.SIZE]);
            narrow.get(RowBlocks.block(size))[at] = (byte) code;
        } else {
            if (at == 0) wide.add(new int[RowBlocks.SIZE]);
            wide.get(RowBlocks.block(size))[at] = code;
        }
        size++;
    }

    int get(int row) {
        int at = RowBlocks.at(row);
        return wide == null ? narrow.get(RowBlocks.block(row))[at] & 0xFF : wide.get(RowBlocks.block(row))[at];
    }

    private void widen() {
        wide = new ArrayList<>();
        for (byte[] block : narrow) {
            int[] codes = new int[RowBlocks.SIZE];
            for (int i = 0; i < codes.length; i++) codes[i] = block[i] & 0xFF;
            wide.add(codes);
        }
        narrow.clear();
    }
}
