package org.entente.analysis;

import org.entente.analysis.Objectives.Objective;

/**
 * Local search over the offer grid for {@link GridApproximation}: from a start, first remove any
 * shortfall below the reservations, then move one issue at a time to its best grid value; when
 * no single move helps, try the best simultaneous change of two issues (escapes the kinks of the
 * min in Kalai–Smorodinsky) while one such sweep stays affordable.
 */
final class CoordinateAscent {
    /** Most trial evaluations of one two-issue move sweep. */
    private static final double PAIR_WORK = 2e6;
    private static final int SWEEPS = 200;
    private final int n;
    private final int m;
    private final double[][][] t;
    private final double[] r;

    CoordinateAscent(double[][][] t, double[] r) {
        this.t = t;
        this.r = r;
        this.n = t.length;
        this.m = n == 0 ? 0 : t[0].length;
    }

    double[] utilities(int[] x) {
        double[] u = new double[n];
        for (int p = 0; p < n; p++) {
            double s = 0;
            for (int i = 0; i < m; i++) s += t[p][i][x[i]];
            u[p] = s;
        }
        return u;
    }

    /** Shortfall below the reservations (0 when IR): ascent first removes it, then climbs. */
    double shortfall(double[] u) {
        double s = 0;
        for (int p = 0; p < n; p++) s += Math.max(0, r[p] - u[p]);
        return s;
    }

    /** One issue at a time, move to the grid value that most improves (shortfall, then f); x is changed. */
    int[] ascend(int[] x, Objective f) {
        double[] u = utilities(x);
        double[] trial = new double[n];
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean moved = false;
            for (int i = 0; i < m; i++) {
                double curShort = shortfall(u), curF = f.of(u);
                int arg = x[i];
                for (int k = 0; k < t[0][i].length; k++) {
                    if (k == x[i]) continue;
                    for (int p = 0; p < n; p++) trial[p] = u[p] - t[p][i][x[i]] + t[p][i][k];
                    double sh = shortfall(trial);
                    double fv = f.of(trial);
                    if (better(sh, fv, curShort, curF)) {
                        curShort = sh;
                        curF = fv;
                        arg = k;
                    }
                }
                if (arg != x[i]) {
                    for (int p = 0; p < n; p++) u[p] = u[p] - t[p][i][x[i]] + t[p][i][arg];
                    x[i] = arg;
                    moved = true;
                }
            }
            if (!moved && pairsAffordable()) moved = pairMove(x, u, f);
            if (!moved) break;
        }
        return x;
    }

    private static boolean better(double sh, double fv, double curShort, double curF) {
        return sh < curShort - Dominance.EPS || (sh <= curShort + Dominance.EPS && sh <= Dominance.EPS && fv > curF + Dominance.EPS);
    }

    private boolean pairsAffordable() {
        double work = 0;
        for (int i = 0; i < m; i++) for (int j = i + 1; j < m; j++) work += (double) t[0][i].length * t[0][j].length;
        return work <= PAIR_WORK;
    }

    /** The best simultaneous change of two issues; true if moved. */
    private boolean pairMove(int[] x, double[] u, Objective f) {
        double curShort = shortfall(u), curF = f.of(u);
        double[] trial = new double[n];
        int bi = -1, bj = -1, bk = 0, bl = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                for (int k = 0; k < t[0][i].length; k++) {
                    for (int l = 0; l < t[0][j].length; l++) {
                        if (k == x[i] && l == x[j]) continue;
                        for (int p = 0; p < n; p++) {
                            trial[p] = u[p] - t[p][i][x[i]] + t[p][i][k] - t[p][j][x[j]] + t[p][j][l];
                        }
                        double sh = shortfall(trial), fv = f.of(trial);
                        if (better(sh, fv, curShort, curF)) {
                            curShort = sh;
                            curF = fv;
                            bi = i;
                            bj = j;
                            bk = k;
                            bl = l;
                        }
                    }
                }
            }
        }
        if (bi < 0) return false;
        for (int p = 0; p < n; p++) {
            u[p] += -t[p][bi][x[bi]] + t[p][bi][bk] - t[p][bj][x[bj]] + t[p][bj][bl];
        }
        x[bi] = bk;
        x[bj] = bl;
        return true;
    }
}
