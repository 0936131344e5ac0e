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
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private PlainNumber() {
    }

    /** x as Numbers writes it with ten significant digits, or null when only the exact value can say. */
    static String format(double x) {
        double a = Math.abs(x);
        if (!(a >= 1e-12 && a < 1e21)) return null;
        int e = (int) Math.floor(Math.log10(a));
        double y = scaled(a, DIGITS - 1 - e);
        if (y < LOW) y = scaled(a, DIGITS - 1 - --e);
        else if (y >= HIGH) y = scaled(a, DIGITS - 1 - ++e);
        if (!(y >= LOW + 1 && y < HIGH - 1)) return null;
        double floor = Math.floor(y);
        double fraction = y - floor;
        if (Math.abs(fraction - 0.5) < 1e-4) return null;
        long n = (long) floor + (fraction > 0.5 ? 1 : 0);
        int exponent = e - (DIGITS - 1); // value = n * 10^exponent
        while (n % 10 == 0) {
            n /= 10;
            exponent++;
        }
        return plain(x < 0, Long.toString(n), exponent);
    }

    /** a * 10^p with one correctly rounded operation (p within ±22). */
    private static double scaled(double a, int p) {
        if (p >= 0) return p < POW10.length ? a * POW10[p] : Double.NaN;
        return -p < POW10.length ? a / POW10[-p] : Double.NaN;
    }

    /** digits * 10^exponent as a plain decimal, as BigDecimal.toPlainString writes it. */
    private static String plain(boolean negative, String digits, int exponent) {
        StringBuilder b = new StringBuilder(digits.length() + Math.abs(exponent) + 3);
        if (negative) b.append('-');
        if (exponent >= 0) {
            b.append(digits);
            for (int i = 0; i < exponent; i++) b.append('0');
            return b.toString();
        }
        int point = digits.length() + exponent; // digits before the decimal point
        if (point > 0) {
            b.append(digits, 0, point).append('.').append(digits, point, digits.length());
        } else {
            b.append("0.");
            for (int i = 0; i < -point; i++) b.append('0');
            b.append(digits);
        }
        return b.toString();
    }
}
