package org.entente.results;

import java.util.List;

/** Rows of cells as right-aligned columns for the terminal: what the commands print after a run. */
final class TextTable {
    private TextTable() {
    }

    /** The rows (the first is the header), each cell right-aligned in its column, two spaces apart. */
    static String format(List<List<String>> table) {
        int[] w = new int[table.get(0).size()];
        for (List<String> r : table) for (int i = 0; i < r.size(); i++) w[i] = Math.max(w[i], r.get(i).length());
        StringBuilder b = new StringBuilder();
        for (List<String> r : table) {
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) b.append("  ");
                String cell = r.get(i);
                b.append(" ".repeat(w[i] - cell.length())).append(cell);
            }
            b.append('\n');
        }
        return b.toString();
    }
}
