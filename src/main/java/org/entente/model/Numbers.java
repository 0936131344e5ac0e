package org.entente.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** Locale-free number formatting shared by CSVs, transcripts and the report. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Shortest plain decimal for x with at most 10 significant digits: "0.5", "12", "1e-05" never
     * (always plain), NaN and infinities as "NaN", "Infinity", "-Infinity".
     */
    public static String format(double x) {
        String fast = PlainNumber.format(x);
        return fast != null ? fast : format(x, 10);
    }

    /** Appends {@link #format(double)} of x to b; the usual number without a string of its own. */
    public static void appendTo(StringBuilder b, double x) {
        if (!PlainNumber.appendTo(b, x)) b.append(format(x, 10));
    }

    /** Like {@link #format(double)} with at most {@code digits} significant digits (rounding the exact value). */
    public static String format(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.toString(x);
        if (x == 0.0) return "0";
        BigDecimal d = new BigDecimal(x).round(new MathContext(digits)).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
