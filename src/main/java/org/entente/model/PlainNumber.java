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
    /** log10(2): a power of two's exponent times it is its decimal logarithm. */
    private static final double LOG10_2 = 0.30102999566398120;
    private static final double[] POW10 = new double[23];
    /** The powers of ten a long holds, 10^0 to 10^18. */
    private static final long[] LONG_POW10 = new long[19];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p; // exact: 10^i = 5^i · 2^i with 5^i < 2^53 up to i = 22
            if (i < LONG_POW10.length) LONG_POW10[i] = (long) p;
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
        // ⌊log10 a⌋ or one less, from the binary exponent (no logarithm): one step below puts y at 10^10 or more
        int e = floor(Math.getExponent(a) * LOG10_2);
        double y = scaled(a, DIGITS - 1 - e);
        if (y < LOW) y = scaled(a, DIGITS - 1 - --e);
        else if (y >= HIGH) y = scaled(a, DIGITS - 1 - ++e);
        if (!(y >= LOW + 1 && y < HIGH - 1)) return false;
        double floor = (long) y; // y is positive and below 10^10: truncation is the floor
        double fraction = y - floor;
        if (Math.abs(fraction - 0.5) < 1e-4) return false;
        long n = (long) floor + (fraction > 0.5 ? 1 : 0);
        int exponent = e - (DIGITS - 1); // value = n * 10^exponent
        while (n % 10 == 0) {
            n /= 10;
            exponent++;
        }
        if (x < 0) b.append('-');
        appendPlain(b, n, exponent);
        return true;
    }

    /** ⌊v⌋ of a v within ±22 (a decimal exponent here): what Math.floor gives, without StrictMath's call under C1. */
    private static int floor(double v) {
        int t = (int) v;
        return v < t ? t - 1 : t;
    }

    /** a * 10^p with one correctly rounded operation (p within ±22). */
    private static double scaled(double a, int p) {
        if (p >= 0) return p < POW10.length ? a * POW10[p] : Double.NaN;
        return -p < POW10.length ? a / POW10[-p] : Double.NaN;
    }

    /**
     * n * 10^exponent (n > 0, without trailing zeros) as a plain decimal, as BigDecimal.toPlainString writes
     * it: the integer part ({@code 0} when there is none), then the fraction with its leading zeros.
     */
    private static void appendPlain(StringBuilder b, long n, int exponent) {
        if (exponent >= 0) {
            b.append(n);
            for (int i = 0; i < exponent; i++) b.append('0');
            return;
        }
        int places = -exponent;
        long whole = places < LONG_POW10.length ? n / LONG_POW10[places] : 0;
        long fraction = places < LONG_POW10.length ? n % LONG_POW10[places] : n;
        b.append(whole).append('.');
        for (int i = digits(fraction); i < places; i++) b.append('0');
        b.append(fraction);
    }

    /** The number of decimal digits of n > 0. */
    private static int digits(long n) {
        int d = 1;
        while (d < LONG_POW10.length && n >= LONG_POW10[d]) d++;
        return d;
    }
}
