package org.entente.evaluation;

import org.entente.analysis.Interval;
import org.entente.analysis.Statistics;

/** Welford's streaming mean and variance, fed in run_id order so results are reproducible. */
final class RunningMean {
    private long n;
    private double mean;
    private double m2;

    void add(double x) {
        if (Double.isNaN(x)) return;
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
    }

    double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    Interval interval() {
        return Statistics.tInterval(n, mean(), n > 1 ? m2 / (n - 1) : Double.NaN);
    }
}
