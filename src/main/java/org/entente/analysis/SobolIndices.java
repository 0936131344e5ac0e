package org.entente.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Variance-based sensitivity indices from a Saltelli sample: first order by Saltelli et al. (2010,
 * table 2, b) S1_i = mean(f(B)·(f(AB_i) − f(A))) / V, total by Jansen (1999)
 * ST_i = mean((f(A) − f(AB_i))²) / (2V), V the variance of f over A and B together. Outputs are
 * centred on their mean first (the estimates are then shift-invariant). Intervals: percentile
 * bootstrap over base samples. An output that does not vary has no indices (NaN).
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    public static List<SobolIndex> estimate(SaltelliSample s, Bootstrap bootstrap) {
        int n = s.size(), k = s.parameters();
        double[] point = indices(s, Bootstrap.everyUnit(n));
        double[][] ci = bootstrap.intervals(n, 2 * k, units -> indices(s, units));
        List<SobolIndex> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            out.add(new SobolIndex(new Interval(point[i], ci[i][0], ci[i][1]),
                    new Interval(point[k + i], ci[k + i][0], ci[k + i][1]), n));
        }
        return out;
    }

    /** S1 of every parameter, then ST of every parameter, on the base samples {@code units}. */
    static double[] indices(SaltelliSample s, int[] units) {
        int n = units.length, k = s.parameters();
        double[] a = new double[n], b = new double[n];
        double mean = 0;
        for (int j = 0; j < n; j++) {
            a[j] = s.a()[units[j]];
            b[j] = s.b()[units[j]];
            mean += a[j] + b[j];
        }
        mean /= 2.0 * n;
        double variance = 0;
        for (int j = 0; j < n; j++) {
            a[j] -= mean;
            b[j] -= mean;
            variance += a[j] * a[j] + b[j] * b[j];
        }
        variance /= 2.0 * n;
        double[] out = new double[2 * k];
        for (int i = 0; i < k; i++) {
            double[] abi = s.ab()[i];
            double first = 0, total = 0;
            for (int j = 0; j < n; j++) {
                double ab = abi[units[j]] - mean;
                first += b[j] * (ab - a[j]);
                double d = a[j] - ab;
                total += d * d;
            }
            out[i] = variance > 0 ? first / n / variance : Double.NaN;
            out[k + i] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
        }
        return out;
    }
}
