package org.entente.results;


import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows as Entente writes them: comma separated, {@code \n} line ends, a cell quoted when
 * it holds a comma, quote or line break (quotes doubled). Line breaks inside free text are written
 * as spaces so every record is exactly one line (readers and resume can work line by line).
 */
public final class Csv {
    private Csv() {
    }

    /** The row's cells as one line, with the trailing {@code \n}. */
    public static String row(List<String> cells) {
        StringBuilder b = new StringBuilder(cells.size() * 8);
        appendRow(b, cells);
        return b.toString();
    }

    public static void appendRow(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            appendCell(b, cells.get(i));
        }
        b.append('\n');
    }

    static void appendCell(StringBuilder b, String cell) {
        if (cell == null || cell.isEmpty()) return;
        String c = cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                ? cell.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ') : cell;
        boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0;
        if (!quote) {
            b.append(c);
            return;
        }
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
    }

    /** A number cell: locale-free, plain decimal exactly as model/Numbers writes it (via PlainNumber); NaN as the empty cell. */
    public static String number(double x) {
        return Double.isNaN(x) ? "" : PlainNumber.format(x);
    }

    public static String bool(boolean b) {
        return b ? "true" : "false";
    }

    /**
     * Parses one line (without its line end) into cells; null when the line is not a well-formed
     * record (an unterminated quote, e.g. a line cut short).
     */
    public static List<String> parse(String line) {
        List<String> out = new ArrayList<>(24);
        int i = 0, n = line.length();
        while (true) {
            String value;
            if (i < n && line.charAt(i) == '"') {
                StringBuilder cell = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                if (!closed) return null;
                if (i < n && line.charAt(i) != ',') return null;
                value = cell.toString();
            } else {
                // an unquoted cell runs to the next comma: one substring instead of a char-by-char copy
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                value = line.substring(i, end);
                i = end;
            }
            out.add(value);
            if (i >= n) break;
            i++; // the comma
        }
        return out;
    }
}
