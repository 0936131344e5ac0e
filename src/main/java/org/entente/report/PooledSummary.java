package org.entente.report;

import org.entente.results.SummaryColumns;
import org.apache.commons.math3.distribution.TDistribution;
import org.entente.analysis.Interval;
import org.entente.analysis.Statistics;

import java.util.List;

/**
 * Pools summary.csv rows (design points) into one mean with a 95% t interval, as if computed from
 * all their runs: each row's sample variance is recovered from its t interval
 * (s² = n·(half-width / t(0.975, n−1))²), then the pooled mean and variance follow exactly from
 * the rows' counts, means and variances (within-point plus between-point sums of squares).
 */
final class PooledSummary {
    private PooledSummary() {
    }

    /** The runs behind a summary row's means: {@code runs − failed} (runs alone when failed is absent). */
    static double okRuns(CsvTable sum, List<String> row) {
        double runs = sum.number(row, SummaryColumns.RUNS);
        double failed = sum.number(row, SummaryColumns.FAILED);
        if (Double.isNaN(runs)) return Double.NaN;
        return Double.isNaN(failed) ? runs : runs - failed;
    }

    /**
     * The pooled estimate of column {@code <key>.mean} over {@code rows}; a single row keeps its own
     * interval. Rows without runs or without an estimate are left out.
     */
    static Interval pool(CsvTable sum, List<List<String>> rows, String key) {
        String mean = SummaryColumns.mean(key), lo = SummaryColumns.lo(key), hi = SummaryColumns.hi(key);
        if (rows.size() == 1) {
            List<String> r = rows.get(0);
            return new Interval(sum.number(r, mean), sum.number(r, lo), sum.number(r, hi));
        }
        long total = 0;
        double weighted = 0;
        int k = rows.size();
        double[] n = new double[k], m = new double[k], v = new double[k];
        for (int i = 0; i < k; i++) {
            List<String> r = rows.get(i);
            n[i] = okRuns(sum, r);
            m[i] = sum.number(r, mean);
            if (Double.isNaN(n[i]) || n[i] < 1 || Double.isNaN(m[i])) {
                n[i] = 0;
                continue;
            }
            v[i] = variance((long) n[i], sum.number(r, lo), sum.number(r, hi));
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
        return Statistics.tInterval(total, grand, total > 1 ? ss / (total - 1) : 0);
    }

    /** The sample variance behind a 95% t interval of {@code n} values; 0 when the interval is undefined. */
    static double variance(long n, double lo, double hi) {
        if (n < 2 || Double.isNaN(lo) || Double.isNaN(hi)) return 0;
        double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.975);
        double half = (hi - lo) / 2;
        return n * (half / t) * (half / t);
    }
}
