package org.entente.report;

import org.entente.results.IntervalColumns;
import org.entente.results.SummaryColumns;
import org.apache.commons.math3.distribution.TDistribution;
import org.entente.analysis.Interval;
import org.entente.analysis.Statistics;
import org.entente.outcome.ImplementationModel;


/**
 * Pools summary.csv rows (design points) into one mean with a 95% interval, as if computed from all
 * their runs: each row's sample variance is recovered from its interval (a t interval:
 * s² = n·(half-width / t(0.975, n−1))²; the interval of a quantity in [0, 1],
 * {@link Statistics#unitMean}: by solving for the variance that gives its width), then the pooled
 * mean and variance follow exactly from the rows' counts, means and variances (within-point plus
 * between-point sums of squares), and the pooled interval is of the same kind.
 */
final class PooledSummary {
    private PooledSummary() {
    }

    /** The runs behind a summary row's means: {@code runs − failed} (runs alone when failed is absent). */
    static double okRuns(CsvTable sum, int row) {
        double runs = sum.number(row, SummaryColumns.RUNS);
        double failed = sum.number(row, SummaryColumns.FAILED);
        if (Double.isNaN(runs)) return Double.NaN;
        return Double.isNaN(failed) ? runs : runs - failed;
    }

    /**
     * The pooled estimate of column {@code <key>.mean} over {@code rows}; a single row keeps its own
     * interval. Rows without runs or without an estimate are left out.
     */
    static Interval pool(CsvTable sum, int[] rows, String key) {
        IntervalColumns columns = SummaryColumns.interval(key);
        boolean unit = ImplementationModel.inUnitInterval(key);
        if (rows.length == 1) return sum.interval(rows[0], columns);
        long total = 0;
        double weighted = 0;
        int k = rows.length;
        double[] n = new double[k], m = new double[k], v = new double[k];
        for (int i = 0; i < k; i++) {
            int r = rows[i];
            Interval row = sum.interval(r, columns);
            n[i] = okRuns(sum, r);
            m[i] = row.estimate();
            if (Double.isNaN(n[i]) || n[i] < 1 || Double.isNaN(m[i])) {
                n[i] = 0;
                continue;
            }
            v[i] = unit ? unitVariance((long) n[i], m[i], row.lo(), row.hi()) : variance((long) n[i], row.lo(), row.hi());
            total += (long) n[i];
            weighted += n[i] * m[i];
        }
        if (total == 0) return new Interval(Double.NaN, Double.NaN, Double.NaN);
        double grand = weighted / total;
        double ss = 0;
        for (int i = 0; i < k; i++) {
            if (n[i] == 0) continue;
            ss += (n[i] - 1) * v[i] + n[i] * (m[i] - grand) * (m[i] - grand);
        }
        double pooled = total > 1 ? ss / (total - 1) : 0;
        return unit ? Statistics.unitMean(total, grand, pooled) : Statistics.tInterval(total, grand, pooled);
    }

    /**
     * The sample variance behind a {@link Statistics#unitMean} interval of {@code n} values with mean
     * {@code mean}: its width grows with the variance, so bisection finds it (0 when undefined).
     */
    static double unitVariance(long n, double mean, double lo, double hi) {
        if (n < 2 || Double.isNaN(lo) || Double.isNaN(hi) || hi <= lo) return 0;
        double a = 0, b = mean * (1 - mean) * n / (n - 1.0);
        for (int i = 0; i < 100 && b > a; i++) {
            double mid = (a + b) / 2;
            Interval at = Statistics.unitMean(n, mean, mid);
            if (at.hi() - at.lo() < hi - lo) a = mid;
            else b = mid;
        }
        return (a + b) / 2;
    }

    /** The sample variance behind a 95% t interval of {@code n} values; 0 when the interval is undefined. */
    static double variance(long n, double lo, double hi) {
        if (n < 2 || Double.isNaN(lo) || Double.isNaN(hi)) return 0;
        double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.975);
        double half = (hi - lo) / 2;
        return n * (half / t) * (half / t);
    }
}
