package org.entente.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Percentile bootstrap (Efron &amp; Tibshirani 1993) over n independent units (a Saltelli base
 * sample, a Morris trajectory): {@code resamples} draws of n units with replacement from the stream
 * {@code seed}, so the same data and seed give the same intervals on any machine.
 */
public record Bootstrap(int resamples, long seed) {
    /** Resamples used by the sensitivity analyses. */
    public static final int RESAMPLES = 1000;
    /** The interval's coverage: 95%. */
    public static final double LEVEL = 0.95;

    public Bootstrap {
        if (resamples < 1) throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
    }

    /**
     * The 95% percentile interval of each statistic: {@code statistics} maps the units' indices (a
     * resample; the same index may repeat) to one value per statistic, and is called once per
     * resample. Resamples giving NaN for a statistic are left out of its interval; all NaN when n &lt; 2.
     */
    public double[][] intervals(int n, int count, Function<int[], double[]> statistics) {
        double[][] lohi = new double[count][];
        if (n < 2) {
            for (int s = 0; s < count; s++) lohi[s] = new double[]{Double.NaN, Double.NaN};
            return lohi;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] values = new double[count][resamples];
        int[] units = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) units[j] = random.nextInt(n);
            double[] v = statistics.apply(units);
            for (int s = 0; s < count; s++) values[s][b] = v[s];
        }
        for (int s = 0; s < count; s++) lohi[s] = percentiles(values[s]);
        return lohi;
    }

    /** The units 0 … n−1 once each: the sample itself, for the point estimate. */
    public static int[] everyUnit(int n) {
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        return all;
    }

    /** The (1 − LEVEL)/2 and (1 + LEVEL)/2 quantiles of the finite values (linear interpolation). */
    static double[] percentiles(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) return new double[]{Double.NaN, Double.NaN};
        return new double[]{quantile(v, (1 - LEVEL) / 2), quantile(v, (1 + LEVEL) / 2)};
    }

    /** Quantile p of sorted values, interpolating between order statistics (Hyndman &amp; Fan type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
