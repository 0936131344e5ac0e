package org.entente.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Confidence intervals: Wilson score for proportions, Student t for means (commons-math3). */
public final class Statistics {
    /** The two-sided 95% normal quantile, 1.959963984540054. */
    private static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private Statistics() {
    }

    /**
     * 95% Wilson score interval for {@code successes} out of {@code n} (Wilson 1927): centre
     * (p + z²/2n) / (1 + z²/n), half-width z √(p(1−p)/n + z²/4n²) / (1 + z²/n). All NaN when n = 0.
     */
    public static Interval wilson(long successes, long n) {
        if (n <= 0) return new Interval(Double.NaN, Double.NaN, Double.NaN);
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        return new Interval(p, Math.max(0.0, centre - half), Math.min(1.0, centre + half));
    }

    /**
     * 95% t interval for the mean of a sample given its count, mean and sample variance (n − 1
     * denominator): mean ± t(0.975, n−1) √(variance / n). The bounds are NaN when n &lt; 2; the
     * estimate is NaN when n = 0.
     */
    public static Interval tInterval(long n, double mean, double variance) {
        if (n <= 0) return new Interval(Double.NaN, Double.NaN, Double.NaN);
        if (n < 2) return new Interval(mean, Double.NaN, Double.NaN);
        double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.975);
        double half = t * Math.sqrt(Math.max(0.0, variance) / n);
        return new Interval(mean, mean - half, mean + half);
    }
}
