package org.entente.report;

import java.util.Arrays;

/**
 * Quantiles of a stream in bounded memory: exact (sorted sample) while at most {@code capacity}
 * values have been seen, then the P² estimates (Jain &amp; Chlamtac 1985) kept alongside from the
 * start. Deterministic: no sampling, so the same file always gives the same chart.
 */
public final class StreamingQuantiles {
    private final double[] probabilities;
    private final int capacity;
    private double[] buffer;
    private int count;
    private final P2[] estimators;

    public StreamingQuantiles(int capacity, double... probabilities) {
        this.probabilities = probabilities.clone();
        this.capacity = capacity;
        this.buffer = new double[Math.min(capacity, 16)];
        this.estimators = new P2[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) estimators[i] = new P2(probabilities[i]);
    }

    public void add(double x) {
        if (Double.isNaN(x)) return;
        if (buffer != null) {
            if (count < capacity) {
                if (count == buffer.length) buffer = Arrays.copyOf(buffer, Math.min(capacity, buffer.length * 2));
                buffer[count] = x;
            } else {
                buffer = null;
            }
        }
        for (P2 e : estimators) e.add(x);
        count++;
    }

    public long count() {
        return count;
    }

    /** Whether the quantiles are exact (the stream fit in the buffer). */
    public boolean exact() {
        return buffer != null;
    }

    /** The quantile for the {@code i}-th probability given at construction (NaN when empty). */
    public double quantile(int i) {
        if (count == 0) return Double.NaN;
        if (buffer != null) {
            double[] sorted = Arrays.copyOf(buffer, count);
            Arrays.sort(sorted);
            // linear interpolation between order statistics (type 7, as R's default and numpy's)
            double h = (count - 1) * probabilities[i];
            int lo = (int) Math.floor(h);
            int hi = Math.min(count - 1, lo + 1);
            return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }
        return estimators[i].value();
    }

    /** The P² estimator of one quantile: five markers adjusted by piecewise-parabolic interpolation. */
    private static final class P2 {
        private final double p;
        private final double[] q = new double[5];
        private final double[] n = new double[5];
        private final double[] np = new double[5];
        private final double[] dn = new double[5];
        private int seen;

        P2(double p) {
            this.p = p;
            dn[0] = 0;
            dn[1] = p / 2;
            dn[2] = p;
            dn[3] = (1 + p) / 2;
            dn[4] = 1;
        }

        void add(double x) {
            if (seen < 5) {
                q[seen++] = x;
                if (seen == 5) {
                    Arrays.sort(q);
                    for (int i = 0; i < 5; i++) n[i] = i;
                    np[0] = 0;
                    np[1] = 2 * p;
                    np[2] = 4 * p;
                    np[3] = 2 + 2 * p;
                    np[4] = 4;
                }
                return;
            }
            seen++;
            int k;
            if (x < q[0]) {
                q[0] = x;
                k = 0;
            } else if (x >= q[4]) {
                q[4] = Math.max(q[4], x);
                k = 3;
            } else {
                k = 0;
                while (k < 3 && x >= q[k + 1]) k++;
            }
            for (int i = k + 1; i < 5; i++) n[i]++;
            for (int i = 0; i < 5; i++) np[i] += dn[i];
            for (int i = 1; i <= 3; i++) {
                double d = np[i] - n[i];
                if ((d >= 1 && n[i + 1] - n[i] > 1) || (d <= -1 && n[i - 1] - n[i] < -1)) {
                    int s = d >= 0 ? 1 : -1;
                    double candidate = parabolic(i, s);
                    if (q[i - 1] < candidate && candidate < q[i + 1]) {
                        q[i] = candidate;
                    } else {
                        q[i] = q[i] + s * (q[i + s] - q[i]) / (n[i + s] - n[i]);
                    }
                    n[i] += s;
                }
            }
        }

        private double parabolic(int i, int s) {
            return q[i] + s / (n[i + 1] - n[i - 1]) * ((n[i] - n[i - 1] + s) * (q[i + 1] - q[i]) / (n[i + 1] - n[i])
                    + (n[i + 1] - n[i] - s) * (q[i] - q[i - 1]) / (n[i] - n[i - 1]));
        }

        double value() {
            if (seen >= 5) return q[2];
            double[] s = Arrays.copyOf(q, seen);
            Arrays.sort(s);
            return s[(int) Math.min(seen - 1, Math.round((seen - 1) * p))];
        }
    }
}
