package org.entente.results;

/**
 * What a column's cells may hold, declared with the column ({@link Schema}) so that resume, merge and
 * the summary can refuse a damaged file instead of misreading it.
 */
public enum CellKind {
    /** A whole number, always present (run_id, point, year, round). */
    INTEGER,
    /** A whole number or the empty cell (a count that may not apply). */
    COUNT,
    /** A plain decimal ({@link Csv#number}), an infinity, or the empty cell (NaN). */
    NUMBER,
    /** {@code true}, {@code false} or the empty cell. */
    FLAG,
    /** Any text. */
    TEXT;

    /** Whether {@code cell} is a value of this kind. */
    public boolean accepts(String cell) {
        return switch (this) {
            case INTEGER -> isInteger(cell);
            case COUNT -> cell.isEmpty() || isInteger(cell);
            case NUMBER -> cell.isEmpty() || isDecimal(cell);
            case FLAG -> cell.isEmpty() || cell.equals("true") || cell.equals("false");
            case TEXT -> true;
        };
    }

    /** What a cell of this kind is, for messages ("a whole number"). */
    public String describe() {
        return switch (this) {
            case INTEGER -> "a whole number";
            case COUNT -> "a whole number or nothing";
            case NUMBER -> "a number or nothing";
            case FLAG -> "true, false or nothing";
            case TEXT -> "text";
        };
    }

    private static boolean isInteger(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (s.length() == i || digits(s, i) != s.length()) return false;
        if (s.length() - i < 19) return true;
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }

    private static boolean isDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (s.startsWith("Infinity", i)) return s.length() == i + 8;
        int j = digits(s, i);
        if (j == i) return false;
        if (j < s.length() && s.charAt(j) == '.') {
            int k = digits(s, j + 1);
            if (k == j + 1) return false;
            j = k;
        }
        if (j < s.length() && (s.charAt(j) == 'E' || s.charAt(j) == 'e')) {
            int k = j + 1 < s.length() && (s.charAt(j + 1) == '-' || s.charAt(j + 1) == '+') ? j + 2 : j + 1;
            int m = digits(s, k);
            if (m == k) return false;
            j = m;
        }
        return j == s.length();
    }

    /** The index after the run of ASCII digits starting at {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i;
    }
}
