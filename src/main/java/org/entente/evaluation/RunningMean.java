package org.entente.evaluation;

import org.entente.analysis.Interval;
import org.entente.analysis.Statistics;

/**
 * Welford's streaming mean and variance, fed in run_id order so results are reproducible; its interval
 * stays in [0, 1] for a quantity bounded there ({@link Statistics#unitMean}), else is Student's t.
 */
public final class RunningMean {
    private final boolean unit;
    private long n;
    private double mean;
    private double m2;

    /** @param unit whether every value lies in [0, 1] (utilities, compliance, influence) */
    public RunningMean(boolean unit) {
        this.unit = unit;
    }

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
        double variance = n > 1 ? m2 / (n - 1) : Double.NaN;
        return unit ? Statistics.unitMean(n, mean(), variance) : Statistics.tInterval(n, mean(), variance);
    }
}
