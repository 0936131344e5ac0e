package org.entente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Pareto-optimal outcomes among individually rational ones: exact sweeps over enumerated
 * outcomes (utilities u[party][outcome index]), the non-dominated points among search candidates,
 * and the sorted, thinned list of utility vectors handed to charts.
 */
final class ParetoFrontier {
    /** Most frontier points handed to charts. */
    static final int FRONTIER_POINTS = 2000;

    private ParetoFrontier() {
    }

    /** Pareto-optimal IR outcomes for two parties: sort by (u0 desc, u1 desc), sweep. O(N log N). */
    static int[] twoParties(double[][] u, int[] irs) {
        return sweep(u, irs, Dominance.EPS, Dominance.EPS);
    }

    /**
     * The outcomes among {@code irs} (two parties) that survive a sweep in (u0 desc, u1 desc) order: an outcome goes
     * when one at least as good for the first party is better for the second by more than {@code margin}, or one
     * better for the first by more than {@code margin} is at least as good, less {@code slack}, for the second.
     */
    static int[] sweep(double[][] u, int[] irs, double margin, double slack) {
        double[] a = u[0], b = u[1];
        int[] sorted = irs.clone();
        IndexSort.sort(sorted, (x, y) -> {
            int c = Double.compare(a[y], a[x]);
            if (c != 0) return c;
            c = Double.compare(b[y], b[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        int[] out = new int[sorted.length];
        int count = 0;
        double maxAll = Double.NEGATIVE_INFINITY, maxAhead = Double.NEGATIVE_INFINITY;
        int ptr = 0;
        for (int s = 0; s < sorted.length; s++) {
            int q = sorted[s];
            while (ptr < s && a[sorted[ptr]] > a[q] + margin) {
                maxAhead = Math.max(maxAhead, b[sorted[ptr]]);
                ptr++;
            }
            boolean dominated = maxAll > b[q] + margin || maxAhead >= b[q] - slack;
            if (!dominated) out[count++] = q;
            maxAll = Math.max(maxAll, b[q]);
        }
        return Arrays.copyOf(out, count);
    }

    /** Pareto-optimal IR outcomes for any number of parties: welfare order, check the frontier so far. */
    static int[] manyParties(double[][] u, int[] irs) {
        int n = u.length;
        double[] w = new double[u[0].length];
        for (int idx : irs) for (int p = 0; p < n; p++) w[idx] += u[p][idx];
        int[] sorted = irs.clone();
        IndexSort.sort(sorted, (x, y) -> {
            int c = Double.compare(w[y], w[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        List<double[]> front = new ArrayList<>();
        int[] out = new int[sorted.length];
        int count = 0;
        for (int q : sorted) {
            double[] v = new double[n];
            for (int p = 0; p < n; p++) v[p] = u[p][q];
            boolean dominated = false;
            for (int f = front.size() - 1; f >= 0; f--) {
                if (Dominance.dominates(front.get(f), v)) {
                    dominated = true;
                    // move the dominator to the end: it is likely to dominate the next ones too
                    double[] d = front.remove(f);
                    front.add(d);
                    break;
                }
            }
            if (!dominated) {
                front.add(v);
                out[count++] = q;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** The distinct points of {@code points} that no point of {@code points} dominates, sorted. */
    static List<double[]> nonDominated(List<double[]> points) {
        List<double[]> front = new ArrayList<>();
        for (double[] v : distinctSorted(points)) {
            boolean dominated = false;
            for (double[] o : points) {
                if (Dominance.dominates(o, v)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) front.add(v);
        }
        return front;
    }

    /** Sorted by the first party's utility (then the next), duplicates (within tolerance) dropped. */
    static List<double[]> distinctSorted(List<double[]> pts) {
        List<double[]> s = new ArrayList<>(pts);
        s.sort((x, y) -> {
            for (int p = 0; p < x.length; p++) {
                int c = Double.compare(x[p], y[p]);
                if (c != 0) return c;
            }
            return 0;
        });
        List<double[]> out = new ArrayList<>(s.size());
        for (double[] v : s) {
            if (!out.isEmpty() && Dominance.near(out.get(out.size() - 1), v)) continue;
            out.add(v);
        }
        return out;
    }

    /** Thins a frontier (sorted by the first party's utility) to at most {@link #FRONTIER_POINTS}. */
    static List<double[]> thin(List<double[]> sorted) {
        if (sorted.size() <= FRONTIER_POINTS) return List.copyOf(sorted);
        List<double[]> out = new ArrayList<>(FRONTIER_POINTS);
        int last = sorted.size() - 1;
        for (int j = 0; j < FRONTIER_POINTS; j++) {
            out.add(sorted.get((int) Math.round((double) j * last / (FRONTIER_POINTS - 1))));
        }
        return List.copyOf(out);
    }
}
