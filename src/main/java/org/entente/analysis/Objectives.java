package org.entente.analysis;

/**
 * The quantities the bargaining solutions optimise over a utility vector u (scenario party order)
 * with reservations r: welfare, the Nash product (plain and weighted by power), and the two Kalai–Smorodinsky criteria
 * (docs/reference-points.md). Gains are over reservations; {@code best} is each party's highest
 * utility among the individually rational outcomes.
 */
final class Objectives {
    private Objectives() {
    }

    /** An objective over a utility vector, maximised by the approximate search. */
    @FunctionalInterface
    interface Objective {
        double of(double[] u);
    }

    /** Sum of utilities. */
    static double welfare(double[] u) {
        double s = 0;
        for (double v : u) s += v;
        return s;
    }

    /** Product of gains over reservations, each clamped at 0 (IR outcomes within tolerance). */
    static double nashProduct(double[] u, double[] r) {
        double prod = 1;
        for (int p = 0; p < u.length; p++) prod *= Math.max(0, u[p] - r[p]);
        return prod;
    }

    /**
     * The weighted Nash product: each gain over the reservation (clamped at 0) raised to the party's
     * share of power {@code w} (the shares sum to 1).
     */
    static double weightedNashProduct(double[] u, double[] r, double[] w) {
        double prod = 1;
        for (int p = 0; p < u.length; p++) prod *= Math.pow(Math.max(0, u[p] - r[p]), w[p]);
        return prod;
    }

    /** The smallest gain as a share of the party's best IR gain; parties with no room count as 1. */
    static double ksShare(double[] u, double[] r, double[] best) {
        double min = Double.POSITIVE_INFINITY;
        for (int p = 0; p < u.length; p++) {
            double range = best[p] - r[p];
            double s = range > Dominance.EPS ? Math.max(0, u[p] - r[p]) / range : 1.0;
            min = Math.min(min, s);
        }
        return min == Double.POSITIVE_INFINITY ? 1.0 : min;
    }

    /**
     * Euclidean distance of the normalised gains (u - r) / (best - r) from the diagonal where they
     * are all equal (the line from the disagreement point to the ideal point), GENIUS's and
     * GeniusWeb's Kalai–Smorodinsky criterion. Parties with no room (best = r) are left out.
     */
    static double diagonalDistance(double[] u, double[] r, double[] best) {
        double sum = 0;
        int k = 0;
        for (int p = 0; p < u.length; p++) {
            double range = best[p] - r[p];
            if (range <= Dominance.EPS) continue;
            sum += (u[p] - r[p]) / range;
            k++;
        }
        if (k == 0) return 0;
        double mean = sum / k, ss = 0;
        for (int p = 0; p < u.length; p++) {
            double range = best[p] - r[p];
            if (range <= Dominance.EPS) continue;
            double d = (u[p] - r[p]) / range - mean;
            ss += d * d;
        }
        return Math.sqrt(ss);
    }
}
