package org.entente.analysis;

import org.entente.analysis.Objectives.Objective;

import java.util.Arrays;

/**
 * A two-party grid's reference points without enumerating the grid, built issue by issue. {@link #kept}: a partial
 * package is dropped when another is at least as good for both parties, exactly, and better for one by more than
 * {@link #MARGIN}, or when no completion can be individually rational; floating-point addition is monotone and the
 * margin outlives the rounding of the remaining terms, so every completion of a dropped package is dominated by the
 * same completion of a kept one, and the Pareto sweep and best utilities over the kept outcomes are the grid's.
 * {@link #argmax}: the outcomes near an objective's maximum, found with bounds, settle which one a scan of every
 * outcome picks. Either gives up (null, -1) when it cannot be sure, and the caller scans every outcome.
 */
final class IssueFrontier {
    /** How much better for one party a kept package must be to drop another (far above {@link Dominance#EPS}). */
    static final double MARGIN = 1e-9;
    /** Most partial packages to hold at once. */
    private static final int LIMIT = 1 << 18;

    private final double[][][] t;
    private final double[] r;
    /** remaining[i][p]: the most party p can still add from issues i.. on. */
    private final double[][] remaining;
    /** Whether the utilities are small enough for rounding to stay far below the margin. */
    private final boolean fine;
    /** suffixes[i]: the kept packages of issues i.. alone (what a partial package can still add); null if too many. */
    private final PartialPackages[] suffixes;

    IssueFrontier(double[][][] t, double[] r) {
        this.t = t;
        this.r = r;
        int m = t[0].length;
        this.remaining = new double[m + 1][2];
        double magnitude = 0;
        for (int i = m - 1; i >= 0; i--) {
            for (int p = 0; p < 2; p++) {
                double most = Double.NEGATIVE_INFINITY, largest = 0;
                for (double v : t[p][i]) {
                    most = Math.max(most, v);
                    largest = Math.max(largest, Math.abs(v));
                }
                remaining[i][p] = remaining[i + 1][p] + most;
                magnitude += largest;
            }
        }
        this.fine = 2 * m * Math.ulp(magnitude) < MARGIN / 4;
        this.suffixes = new PartialPackages[m + 1];
        suffixes[m] = PartialPackages.start();
        for (int i = m - 1; i >= 0 && suffixes[i + 1] != null; i--) {
            PartialPackages all = suffixes[i + 1].extend(t[0][i], t[1][i], (x, y) -> true, LIMIT);
            suffixes[i] = all == null ? null : undominated(all);
        }
    }

    /** The packages no other one beats by more than the margin for one party while being as good for the other. */
    private static PartialPackages undominated(PartialPackages level) {
        int[] all = new int[level.size()];
        for (int q = 0; q < all.length; q++) all[q] = q;
        int[] survivors = ParetoFrontier.sweep(new double[][]{level.a(), level.b()}, all, MARGIN, 0);
        Arrays.sort(survivors);
        return level.select(survivors);
    }

    /** The kept outcomes in lexicographic order; null when too many or the utilities too large. */
    OutcomeSet kept() {
        if (!fine) return null;
        PartialPackages level = PartialPackages.start();
        for (int i = 0; i < t[0].length; i++) {
            int next = i + 1;
            level = level.extend(t[0][i], t[1][i], (x, y) -> !hopeless(x, 0, next) && !hopeless(y, 1, next), LIMIT);
            if (level == null) return null;
            level = undominated(level);
        }
        return new OutcomeSet(new double[][]{level.a(), level.b()}, level.index());
    }

    /**
     * Whether some completion of a partial package with utilities (x, y) may reach {@code floor} under f: every
     * completion adds at most what a kept package of the remaining issues adds (with room for rounding).
     */
    private static boolean reaches(Objective f, double x, double y, PartialPackages rest, double floor) {
        double[] v = new double[2];
        for (int q = 0; q < rest.size(); q++) {
            v[0] = x + rest.a()[q] + MARGIN;
            v[1] = y + rest.b()[q] + MARGIN;
            if (f.of(v) >= floor) return true;
        }
        return false;
    }

    /** No completion of party p's partial utility reaches its reservation (with room for rounding). */
    private boolean hopeless(double partial, int p, int issue) {
        return partial + remaining[issue][p] < r[p] - Dominance.EPS - MARGIN;
    }

    /**
     * The grid index of the outcome that scanning every individually rational outcome in lexicographic order for
     * the maximum of {@code f} picks ({@code f} monotone in every utility; an outcome replaces the best so far when
     * it {@link Dominance#beats} it), given the maximum {@code top}; -1 when that cannot be told without the scan.
     * The outcomes within tolerance of the maximum are all found; the first of them is picked when each beats every
     * other outcome, whatever came before it.
     */
    int argmax(Objective f, boolean relative, double top) {
        if (!fine || suffixes[0] == null) return -1;
        double eps = Dominance.EPS;
        double floor = relative ? top / ((1 + eps) * (1 + eps) * (1 + eps)) : top - 3 * eps;
        double[] v = new double[2];
        PartialPackages level = PartialPackages.start();
        for (int i = 0; i < t[0].length && level != null; i++) {
            int next = i + 1;
            level = level.extend(t[0][i], t[1][i], (x, y) -> !hopeless(x, 0, next) && !hopeless(y, 1, next)
                    && reaches(f, x, y, suffixes[next], floor), LIMIT);
        }
        if (level == null) return -1;
        double[] fx = new double[level.size()];
        double high = Double.NEGATIVE_INFINITY;
        for (int q = 0; q < fx.length; q++) {
            v[0] = level.a()[q];
            v[1] = level.b()[q];
            fx[q] = Dominance.rational(v, r) ? f.of(v) : Double.NaN;
            if (fx[q] >= high) high = fx[q];
        }
        if (!(high >= floor)) return -1;
        int first = -1;
        double low = Double.POSITIVE_INFINITY;
        for (int q = 0; q < fx.length; q++) {
            if (Double.isNaN(fx[q]) || Dominance.beats(high, fx[q], relative)) continue;
            if (first < 0) first = q;
            low = Math.min(low, fx[q]);
        }
        for (double x : fx) {
            if (!Double.isNaN(x) && Dominance.beats(high, x, relative) && !Dominance.beats(low, x, relative)) return -1;
        }
        // every outcome not found is below the floor, so beaten by all of them too
        return Dominance.beats(low, floor, relative) ? level.index()[first] : -1;
    }
}
