package org.entente.interop;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference points of a small linear additive negotiation by plain brute force, written for
 * the tests apart from the production code: every outcome, every pair compared for dominance.
 * Ties go to the lexicographically lowest outcome, as Entente's do. {@code weighted[p][i][k]} is
 * party p's weighted utility of value k of issue i.
 */
public record BruteForceSpecials(int outcomes, int paretoSize, int[] nash, int[] maxWelfare, int[] ksNearest,
                                 double nearestDistance, double[] best) {
    private static final double EPS = 1e-12;

    public static BruteForceSpecials of(double[][][] weighted, double[] reservation) {
        int n = weighted.length, m = weighted[0].length;
        List<int[]> all = new ArrayList<>();
        int[] x = new int[m];
        while (true) {
            all.add(x.clone());
            int j = m - 1;
            while (j >= 0 && ++x[j] == weighted[0][j].length) x[j--] = 0;
            if (j < 0) break;
        }
        List<int[]> ir = new ArrayList<>();
        List<double[]> irU = new ArrayList<>();
        for (int[] o : all) {
            double[] u = utilities(weighted, o);
            boolean ok = true;
            for (int p = 0; p < n; p++) ok &= u[p] >= reservation[p] - EPS;
            if (ok) {
                ir.add(o);
                irU.add(u);
            }
        }
        double[] best = new double[n];
        for (double[] u : irU) for (int p = 0; p < n; p++) best[p] = Math.max(best[p], u[p]);
        int nash = -1, welfare = -1, nearest = -1, pareto = 0;
        double nashV = -1, welfareV = -1, nearestV = Double.MAX_VALUE;
        for (int a = 0; a < ir.size(); a++) {
            double[] u = irU.get(a);
            double prod = 1, sum = 0;
            for (int p = 0; p < n; p++) {
                prod *= u[p] - reservation[p];
                sum += u[p];
            }
            if (prod > nashV * (1 + EPS)) {
                nashV = prod;
                nash = a;
            }
            if (sum > welfareV + EPS) {
                welfareV = sum;
                welfare = a;
            }
            boolean dominated = false;
            for (double[] v : irU) dominated |= dominates(v, u);
            if (dominated) continue;
            pareto++;
            double d = spread(u, reservation, best);
            if (d < nearestV - EPS) {
                nearestV = d;
                nearest = a;
            }
        }
        return new BruteForceSpecials(all.size(), pareto, ir.get(nash), ir.get(welfare), ir.get(nearest), nearestV, best);
    }

    public static double[] utilities(double[][][] weighted, int[] o) {
        double[] u = new double[weighted.length];
        for (int p = 0; p < u.length; p++) for (int i = 0; i < o.length; i++) u[p] += weighted[p][i][o[i]];
        return u;
    }

    private static boolean dominates(double[] v, double[] u) {
        boolean strict = false;
        for (int p = 0; p < u.length; p++) {
            if (v[p] < u[p] - EPS) return false;
            strict |= v[p] > u[p] + EPS;
        }
        return strict;
    }

    /** Root of the summed squared deviations of the normalised gains (u - r) / (best - r) from their mean. */
    public static double spread(double[] u, double[] r, double[] best) {
        double[] g = new double[u.length];
        double mean = 0;
        for (int p = 0; p < u.length; p++) {
            g[p] = (u[p] - r[p]) / (best[p] - r[p]);
            mean += g[p] / u.length;
        }
        double ss = 0;
        for (double v : g) ss += (v - mean) * (v - mean);
        return Math.sqrt(ss);
    }

    /** weights[i] * values[i][k] for one party. */
    public static double[][] weigh(double[] weights, double[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = new double[values[i].length];
            for (int k = 0; k < values[i].length; k++) out[i][k] = weights[i] * values[i][k];
        }
        return out;
    }

    /** Values linear from a at the first grid point to b at the last, on n points. */
    public static double[] linear(double a, double b, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) v[k] = a + (b - a) * k / (n - 1);
        return v;
    }
}
