package org.entente.evaluation;

import org.entente.analysis.Interval;
import org.entente.analysis.Statistics;

/** Welford's streaming mean and variance, fed in run_id order so results are reproducible. */
public final class RunningMean {
    private long n;
    private double mean;
    private double m2;

    public void add(double x) {
        if (Double.isNaN(x)) return;
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
    }

    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    public Interval interval() {
        return Statistics.tInterval(n, mean(), n > 1 ? m2 / (n - 1) : Double.NaN);
    }
}
