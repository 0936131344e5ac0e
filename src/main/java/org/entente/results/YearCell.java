package org.entente.results;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;

/**
 * The values of one series of one party in one year of one design point, accumulated so that any
 * split of the runs merges to the same state: the count, exact sums of the values and their
 * squares ({@link ExactSum}), the extremes and the {@link ValueBins}. NaN and infinite values are
 * left out.
 */
final class YearCell {
    /** The quantiles of years_summary.csv, in percent. */
    static final int[] PERCENTS = {5, 25, 50, 75, 95};

    private long n;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private final ExactSum sum;
    private final ExactSum squares;
    private final ValueBins bins;

    YearCell() {
        this(new ExactSum(), new ExactSum(), new ValueBins());
    }

    private YearCell(ExactSum sum, ExactSum squares, ValueBins bins) {
        this.sum = sum;
        this.squares = squares;
        this.bins = bins;
    }

    void add(double x) {
        if (!Double.isFinite(x)) return;
        n++;
        if (x < min) min = x;
        if (x > max) max = x;
        sum.add(x);
        squares.addSquare(x);
        bins.add(x);
    }

    void add(YearCell other) {
        n += other.n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        sum.add(other.sum);
        squares.add(other.squares);
        bins.add(other.bins);
    }

    long n() {
        return n;
    }

    /** The mean, rounded once from the exact sum; NaN without values. */
    double mean() {
        if (n == 0) return Double.NaN;
        ExactSum.Scaled s = sum.trimmed();
        return rounded(s.m(), s.exponent(), BigInteger.valueOf(n));
    }

    /** The sample standard deviation (n - 1), from the exact sums; NaN below two values. */
    double sd() {
        if (n < 2) return Double.NaN;
        // n·Σx² − (Σx)² is exact, as numerator · 2^low
        ExactSum.Scaled s = sum.trimmed(), q = squares.trimmed();
        int low = Math.min(q.exponent(), 2 * s.exponent());
        BigInteger numerator = q.m().multiply(BigInteger.valueOf(n)).shiftLeft(q.exponent() - low)
                .subtract(s.m().multiply(s.m()).shiftLeft(2 * s.exponent() - low));
        if (numerator.signum() <= 0) return 0;
        return Math.sqrt(rounded(numerator, low, BigInteger.valueOf(n).multiply(BigInteger.valueOf(n - 1))));
    }

    /** m · 2^exponent / divisor, rounded once to 16 significant digits (DECIMAL64), as a double. */
    private static double rounded(BigInteger m, int exponent, BigInteger divisor) {
        BigDecimal numerator = new BigDecimal(exponent >= 0 ? m.shiftLeft(exponent) : m);
        BigDecimal denominator = new BigDecimal(exponent >= 0 ? divisor : divisor.shiftLeft(-exponent));
        return numerator.divide(denominator, MathContext.DECIMAL64).doubleValue();
    }

    /** The quantiles of {@link #PERCENTS}: order statistics of rank ⌈p·n⌉ read off the bins. */
    double[] quantiles() {
        if (n == 0) return new double[]{Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        long[] ranks = new long[PERCENTS.length];
        for (int i = 0; i < ranks.length; i++) ranks[i] = Math.max(1, (PERCENTS[i] * n + 99) / 100);
        return bins.quantiles(ranks, min, max);
    }

    /** The state as text fields: n, min, max, sum, sum of squares, bins. */
    List<String> encode() {
        return List.of(Long.toString(n), n == 0 ? "" : Double.toString(min), n == 0 ? "" : Double.toString(max),
                sum.encode(), squares.encode(), bins.encode());
    }

    static YearCell decode(List<String> f, int from) {
        YearCell c = new YearCell(ExactSum.decode(f.get(from + 3)), ExactSum.decode(f.get(from + 4)),
                ValueBins.decode(f.get(from + 5)));
        c.n = Long.parseLong(f.get(from));
        if (c.n > 0) {
            c.min = Double.parseDouble(f.get(from + 1));
            c.max = Double.parseDouble(f.get(from + 2));
        }
        return c;
    }

    static final int FIELDS = 6;
}
