package org.entente.analysis;

/**
 * Individual rationality and Pareto dominance between utility vectors, with the tolerance every
 * reference point uses so that rounding in sums of table entries never decides a comparison.
 */
final class Dominance {
    /** Tolerance for comparing utilities (rounding in sums of table entries). */
    static final double EPS = 1e-12;

    private Dominance() {
    }

    /** Every party gets at least its reservation (within tolerance). */
    static boolean rational(double[] u, double[] r) {
        for (int p = 0; p < u.length; p++) if (u[p] < r[p] - EPS) return false;
        return true;
    }

    /** a is at least as good as b for every party and better for one (within tolerance). */
    static boolean dominates(double[] a, double[] b) {
        boolean strict = false;
        for (int p = 0; p < a.length; p++) {
            if (a[p] < b[p] - EPS) return false;
            if (a[p] > b[p] + EPS) strict = true;
        }
        return strict;
    }

    /**
     * Whether v replaces the running best m in a scan for a maximum: by more than the tolerance, absolute or
     * relative to m (the Nash products).
     */
    static boolean beats(double v, double m, boolean relative) {
        return relative ? v > m * (1 + EPS) : v > m + EPS;
    }

    /** Equal within tolerance for every party. */
    static boolean near(double[] a, double[] b) {
        for (int p = 0; p < a.length; p++) if (Math.abs(a[p] - b[p]) > EPS) return false;
        return true;
    }
}
