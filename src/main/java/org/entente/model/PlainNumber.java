package org.entente.model;

/**
 * The fast path of {@link Numbers#format(double)} (plain decimal, 10 significant digits, half-up on the exact
 * binary value) without BigDecimal: the value is scaled to ten integer digits in double arithmetic, which is
 * exact to about 1e-6 of a unit there, so the rounding is certain unless the fraction lies within 1e-4 of one
 * half (or the value is outside 1e-12..1e21, or scaling lands on a decade's edge); in those cases it returns
 * null and Numbers rounds the exact value. Every CSV number cell passes through here.
 */
final class PlainNumber {
    private static final int DIGITS = 10;
    private static final double LOW = 1e9;
    private static final double HIGH = 1e10;
    /** The longest text written: a sign, "0.", eleven zeros (10^-12 is the smallest value) and ten digits. */
    private static final int LONGEST = 24;
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p; // exact: 10^i = 5^i · 2^i with 5^i < 2^53 up to i = 22
            p *= 10;
        }
    }

    private PlainNumber() {
    }

    /** x as Numbers writes it with ten significant digits, or null when only the exact value can say. */
    static String format(double x) {
        StringBuilder b = new StringBuilder(24);
        return appendTo(b, x) ? b.toString() : null;
    }

    /**
     * Appends x as {@link #format} writes it and returns true, or appends nothing and returns false when only
     * the exact value can say. The digits go straight into {@code b}: no string per number.
     */
    static boolean appendTo(StringBuilder b, double x) {
        double a = Math.abs(x);
        if (!(a >= 1e-12 && a < 1e21)) return false;
        int e = floor(Math.log10(a));
        double y = scaled(a, DIGITS - 1 - e);
        if (y < LOW) y = scaled(a, DIGITS - 1 - --e);
        else if (y >= HIGH) y = scaled(a, DIGITS - 1 - ++e);
        if (!(y >= LOW + 1 && y < HIGH - 1)) return false;
        double floor = (long) y; // y is positive and below 10^10: truncation is the floor
        double fraction = y - floor;
        if (Math.abs(fraction - 0.5) < 1e-4) return false;
        long n = (long) floor + (fraction > 0.5 ? 1 : 0); // ten digits: y lies in [10^9 + 1, 10^10 - 1)
        appendPlain(b, x < 0, n, e);
        return true;
    }

    /**
     * Writes ±n · 10^(e − 9) (n of exactly ten digits) as a plain decimal, as BigDecimal.toPlainString writes it once
     * the trailing zeros are gone: the integer part ({@code 0} when there is none), then the fraction, if any, with its
     * leading zeros. The digits are taken out once, into one array appended whole.
     */
    private static void appendPlain(StringBuilder b, boolean negative, long n, int e) {
        char[] digits = new char[DIGITS];
        int high = (int) (n / 100_000);
        int low = (int) (n - high * 100_000L);
        for (int i = DIGITS - 1; i >= DIGITS / 2; i--) {
            digits[i] = (char) ('0' + low % 10);
            low /= 10;
        }
        for (int i = DIGITS / 2 - 1; i >= 0; i--) {
            digits[i] = (char) ('0' + high % 10);
            high /= 10;
        }
        int last = DIGITS - 1; // the last digit that is not a trailing zero (the first digit is never 0)
        while (digits[last] == '0') last--;
        char[] out = new char[LONGEST];
        int k = 0;
        if (negative) out[k++] = '-';
        if (e < 0) {
            out[k++] = '0';
            out[k++] = '.';
            for (int i = -1; i > e; i--) out[k++] = '0';
            for (int i = 0; i <= last; i++) out[k++] = digits[i];
        } else {
            for (int i = 0; i <= e; i++) out[k++] = i < DIGITS ? digits[i] : '0';
            if (last > e) {
                out[k++] = '.';
                for (int i = e + 1; i <= last; i++) out[k++] = digits[i];
            }
        }
        b.append(out, 0, k);
    }

    /** ⌊v⌋ of a v within ±22 (a logarithm here): what Math.floor gives, without StrictMath's call under C1. */
    private static int floor(double v) {
        int t = (int) v;
        return v < t ? t - 1 : t;
    }

    /** a * 10^p with one correctly rounded operation (p within ±22). */
    private static double scaled(double a, int p) {
        if (p >= 0) return p < POW10.length ? a * POW10[p] : Double.NaN;
        return -p < POW10.length ? a / POW10[-p] : Double.NaN;
    }

}
