package org.entente.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Confidence intervals: Wilson score for proportions, a score interval that stays in [0, 1] for means
 * of quantities in [0, 1], Student t for other means (commons-math3).
 */
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
     * 95% interval for the mean of values in [0, 1] that never leaves [0, 1]: the Wilson score interval
     * on the effective sample size N = n·m(1−m)/s² (the quasi-binomial score interval: the variance
     * taken proportional to μ(1−μ), scaled to the sample's), with Student's t quantile t(0.975, n−1) in
     * place of z. For 0/1 data with the z quantile it is Wilson's interval; as N grows it approaches the
     * t interval. A sample without spread (s² = 0) gives [m, m], as the t interval does. The bounds are
     * NaN when n &lt; 2; the estimate is NaN when n = 0.
     */
    public static Interval unitMean(long n, double mean, double variance) {
        if (n <= 0) return new Interval(Double.NaN, Double.NaN, Double.NaN);
        if (n < 2) return new Interval(mean, Double.NaN, Double.NaN);
        double m = Math.min(1.0, Math.max(0.0, mean));
        double spread = m * (1 - m);
        if (!(variance > 0) || spread <= 0) return new Interval(mean, m, m);
        double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.975);
        double effective = n * spread / variance;
        double t2 = t * t;
        double denom = 1 + t2 / effective;
        double centre = (m + t2 / (2 * effective)) / denom;
        double half = t * Math.sqrt(variance / n + t2 / (4 * effective * effective)) / denom;
        return new Interval(mean, Math.max(0.0, centre - half), Math.min(1.0, centre + half));
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
