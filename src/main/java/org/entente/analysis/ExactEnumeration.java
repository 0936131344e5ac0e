package org.entente.analysis;

import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact reference points by enumerating every outcome of the grid in odometer order (last issue
 * fastest), updating per-issue prefix sums incrementally, so the sums are added in the same order
 * as {@code LinearUtility.of} and bit-identical to what negotiators see. Outcome indices are in
 * lexicographic order (first issue most significant), which is the tie-break order. Two parties scan only
 * {@link IssueFrontier}'s kept outcomes when that provably gives the same points; otherwise every outcome.
 */
final class ExactEnumeration {
    private final Game game;
    private final int n;
    private final int m;
    private final int[] sizes;
    private final double[][][] t;
    private final double[] r;
    private final double[] shares;

    ExactEnumeration(Game game) {
        this.game = game;
        this.n = game.parties().size();
        this.m = game.space().issueCount();
        this.sizes = new int[m];
        for (int i = 0; i < m; i++) sizes[i] = game.space().size(i);
        this.t = GameTables.tables(game);
        this.r = GameTables.reservations(game);
        this.shares = GameTables.powerShares(game);
    }

    ReferencePoints run() {
        double card = game.space().cardinality();
        if (card > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("grid too large to enumerate: " + card);
        ReferencePoints points = n == 2 ? fromKept() : null;
        return points != null ? points : everyOutcome();
    }

    /** The reference points from {@link IssueFrontier}'s kept outcomes; null when they might differ from {@link #everyOutcome}'s. */
    ReferencePoints fromKept() {
        IssueFrontier frontier = new IssueFrontier(t, r);
        OutcomeSet kept = frontier.kept();
        return kept == null ? null : scan(kept, frontier);
    }

    /** The reference points from scanning every outcome of the grid. */
    ReferencePoints everyOutcome() {
        return scan(new OutcomeSet(utilities((int) game.space().cardinality()), null), null);
    }

    /**
     * The reference points from scanning {@code set}: every outcome, or {@code frontier}'s kept ones, which settles
     * the maxima of the scans instead (null when it cannot).
     */
    private ReferencePoints scan(OutcomeSet set, IssueFrontier frontier) {
        double card = game.space().cardinality();
        int total = set.size();
        double[][] u = set.u();

        // pass 1: IR outcomes, best utilities, max welfare, Nash product (plain and weighted)
        int[] ir = new int[total];
        int nIr = 0;
        double[] best = new double[n];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        int welfareArg = -1, nashArg = -1, weightedArg = -1;
        double welfareMax = Double.NEGATIVE_INFINITY, nashMax = Double.NEGATIVE_INFINITY;
        double weightedMax = Double.NEGATIVE_INFINITY;
        boolean equalShares = GameTables.equal(shares);
        double[] v = new double[n];
        for (int idx = 0; idx < total; idx++) {
            boolean ok = true;
            double w = 0;
            for (int p = 0; p < n; p++) {
                v[p] = u[p][idx];
                if (v[p] < r[p] - Dominance.EPS) {
                    ok = false;
                    break;
                }
                w += v[p];
            }
            if (!ok) continue;
            ir[nIr++] = idx;
            for (int p = 0; p < n; p++) if (v[p] > best[p]) best[p] = v[p];
            if (Dominance.beats(w, welfareMax, false)) {
                welfareMax = w;
                welfareArg = idx;
            }
            double np = Objectives.nashProduct(v, r);
            if (nashArg < 0 || Dominance.beats(np, nashMax, true)) {
                nashMax = np;
                nashArg = idx;
            }
            if (equalShares) continue;
            double wnp = Objectives.weightedNashProduct(v, r, shares);
            if (weightedArg < 0 || Dominance.beats(wnp, weightedMax, true)) {
                weightedMax = wnp;
                weightedArg = idx;
            }
        }
        if (equalShares) weightedArg = nashArg;
        if (nIr == 0) {
            return new ReferencePoints(card, 0, null, null, null, null, null, List.of(), List.of(), true);
        }
        // pass 2: Kalai–Smorodinsky (largest smallest share)
        int ksArg = -1;
        double ksMax = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < nIr; j++) {
            int idx = ir[j];
            for (int p = 0; p < n; p++) v[p] = u[p][idx];
            double s = Objectives.ksShare(v, r, best);
            if (Dominance.beats(s, ksMax, false)) {
                ksMax = s;
                ksArg = idx;
            }
        }
        int[] irs = Arrays.copyOf(ir, nIr);
        int[] pareto = n == 2 ? ParetoFrontier.twoParties(u, irs) : ParetoFrontier.manyParties(u, irs);
        int nearestArg = nearestDiagonal(u, pareto, best);
        List<double[]> front = frontier(u, pareto);
        int[] args = {set.outcome(nashArg), set.outcome(weightedArg), set.outcome(ksArg), set.outcome(welfareArg)};
        if (frontier != null) {
            args[0] = frontier.argmax(x -> Objectives.nashProduct(x, r), true, nashMax);
            args[1] = equalShares ? args[0] : frontier.argmax(x -> Objectives.weightedNashProduct(x, r, shares), true, weightedMax);
            args[2] = frontier.argmax(x -> Objectives.ksShare(x, r, best), false, ksMax);
            args[3] = frontier.argmax(Objectives::welfare, false, welfareMax);
            for (int a : args) if (a < 0) return null;
        }
        return new ReferencePoints(card, pareto.length, point(args[0]), point(args[1]), point(args[2]),
                point(set.outcome(nearestArg)), point(args[3]), ParetoFrontier.thin(front), front, true);
    }

    /** The Pareto outcome nearest the diagonal of equal normalised gains; ties to the lowest index. */
    private int nearestDiagonal(double[][] u, int[] pareto, double[] best) {
        double[] v = new double[n];
        int arg = -1;
        double min = Double.POSITIVE_INFINITY;
        for (int idx : pareto) {
            for (int p = 0; p < n; p++) v[p] = u[p][idx];
            double d = Objectives.diagonalDistance(v, r, best);
            if (arg < 0 || d < min - Dominance.EPS || (Math.abs(d - min) <= Dominance.EPS && idx < arg)) {
                min = d;
                arg = idx;
            }
        }
        return arg;
    }

    /** u[p][idx] for every outcome, idx in lexicographic order (last issue fastest). */
    private double[][] utilities(int total) {
        double[][] u = new double[n][total];
        int[] x = new int[m];
        double[] pre = new double[(m + 1) * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < n; p++) pre[(i + 1) * n + p] = pre[i * n + p] + t[p][i][0];
        }
        int top = m * n;
        for (int idx = 0; idx < total; idx++) {
            for (int p = 0; p < n; p++) u[p][idx] = pre[top + p];
            int j = m - 1;
            while (j >= 0 && ++x[j] == sizes[j]) {
                x[j] = 0;
                j--;
            }
            if (j < 0) break;
            for (int i = j; i < m; i++) {
                int xi = x[i];
                int a = i * n, b = a + n;
                for (int p = 0; p < n; p++) pre[b + p] = pre[a + p] + t[p][i][xi];
            }
        }
        return u;
    }

    private ReferencePoint point(int idx) {
        int[] x = new int[m];
        for (int i = m - 1; i >= 0; i--) {
            x[i] = idx % sizes[i];
            idx /= sizes[i];
        }
        return ReferenceAnalysis.point(game, new Offer(x));
    }

    /** The distinct utility vectors of the Pareto outcomes, sorted. */
    private List<double[]> frontier(double[][] u, int[] pareto) {
        List<double[]> pts = new ArrayList<>(pareto.length);
        for (int q : pareto) {
            double[] v = new double[n];
            for (int p = 0; p < n; p++) v[p] = u[p][q];
            pts.add(v);
        }
        return List.copyOf(ParetoFrontier.distinctSorted(pts));
    }
}
