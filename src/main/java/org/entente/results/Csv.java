package org.entente.results;

import org.entente.model.Numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV format of Entente (RFC 4180): comma separated, {@code \n} line ends, a cell quoted when
 * it holds a comma or quote (quotes doubled). Line breaks inside free text are written as spaces so
 * every record Entente writes is exactly one line (resume and merge can work line by line); the
 * parser still reads quoted line breaks written by other tools ({@link CsvReader}).
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

    private static void appendRow(StringBuilder b, List<String> cells) {
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

    /** A number cell: locale-free, plain decimal exactly as model/Numbers writes it; NaN as the empty cell. */
    public static String number(double x) {
        return Double.isNaN(x) ? "" : Numbers.format(x);
    }

    /** Appends a number cell as {@link #number} writes it (a number never needs quotes); NaN as the empty cell. */
    static void appendNumber(StringBuilder b, double x) {
        if (!Double.isNaN(x)) Numbers.appendTo(b, x);
    }

    public static String bool(boolean b) {
        return b ? "true" : "false";
    }

    /** A yes/no that may not apply: the empty cell for null. */
    public static String bool(Boolean b) {
        return b == null ? "" : bool(b.booleanValue());
    }

    /** A count that may not apply: the empty cell for null. */
    public static String count(Integer n) {
        return n == null ? "" : Integer.toString(n);
    }

    /** A value of a swept parameter: numbers plain, names as they are, the empty cell for null. */
    public static String value(Object v) {
        if (v == null) return "";
        if (v instanceof Number n) return number(n.doubleValue());
        return v.toString();
    }

    /** Lenient number reading: empty or malformed cells are NaN. */
    public static double toNumber(String s) {
        if (s == null || s.isBlank()) return Double.NaN;
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Parses one record's text (without its final line end) into cells; null when it is not a
     * well-formed record (an unterminated quote, e.g. a line cut short, or text after a closing quote).
     */
    public static List<String> parse(String text) {
        return parse(text, false);
    }

    /** Whether a record's text ends inside a quoted cell (its record goes on after the line break). */
    static boolean endsInsideQuote(String line) {
        int i = 0, n = line.length();
        while (i < n) {
            if (line.charAt(i) == '"') {
                int j = i + 1;
                while (true) {
                    if (j >= n) return true;
                    if (line.charAt(j) == '"') {
                        if (j + 1 < n && line.charAt(j + 1) == '"') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                i = j + 1;
            }
            int comma = line.indexOf(',', i);
            if (comma < 0) return false;
            i = comma + 1;
        }
        return false;
    }

    /**
     * As {@link #parse(String)}; when {@code lenient}, a malformed record is read as well as it goes
     * (an unterminated quote runs to the end, text after a closing quote joins the cell) instead of null.
     */
    static List<String> parse(String line, boolean lenient) {
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
                if (!closed && !lenient) return null;
                if (i < n && line.charAt(i) != ',') {
                    if (!lenient) return null;
                    int comma = line.indexOf(',', i);
                    int end = comma < 0 ? n : comma;
                    cell.append(line, i, end);
                    i = end;
                }
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
