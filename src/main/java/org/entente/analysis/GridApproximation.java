package org.entente.analysis;

import org.entente.analysis.Objectives.Objective;
import org.entente.model.Seeds;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reference points of grids too large to enumerate. Weighted-sum maximisers (exact per issue,
 * because utilities are additive) over many weight vectors give supported Pareto points;
 * {@link CoordinateAscent} from the best of them, on each objective restricted to IR outcomes,
 * refines Nash (plain and weighted), Kalai–Smorodinsky and max welfare. Seeded, deterministic.
 */
final class GridApproximation {
    private static final int STARTS = 24;
    private final Game game;
    private final int n;
    private final int m;
    private final double[][][] t;
    private final double[] r;
    private final CoordinateAscent ascent;
    private final List<int[]> candidates = new ArrayList<>();

    GridApproximation(Game game) {
        this.game = game;
        this.n = game.parties().size();
        this.m = game.space().issueCount();
        this.t = GameTables.tables(game);
        this.r = GameTables.reservations(game);
        this.ascent = new CoordinateAscent(t, r);
    }

    ReferencePoints run() {
        double card = game.space().cardinality();
        for (double[] w : weights()) candidates.add(weightedArgmax(w));
        // best IR utility per party (the KS normaliser), refined by ascent
        double[] best = new double[n];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        for (int p = 0; p < n; p++) {
            final int party = p;
            int[] x = optimise(u -> u[party]);
            if (x != null) best[p] = ascent.utilities(x)[p];
        }
        boolean anyIr = false;
        for (int[] x : candidates) if (Dominance.rational(ascent.utilities(x), r)) anyIr = true;
        if (!anyIr) return new ReferencePoints(card, 0, null, null, null, null, null, List.of(), List.of(), false);
        for (int[] x : candidates) {
            double[] u = ascent.utilities(x);
            if (Dominance.rational(u, r)) for (int p = 0; p < n; p++) best[p] = Math.max(best[p], u[p]);
        }
        int[] welfare = optimise(Objectives::welfare);
        int[] nash = optimise(u -> Objectives.nashProduct(u, r));
        int[] ks = optimise(u -> Objectives.ksShare(u, r, best));
        // Pareto points among all IR candidates found
        List<double[]> irPts = new ArrayList<>();
        for (int[] x : candidates) {
            double[] u = ascent.utilities(x);
            if (Dominance.rational(u, r)) irPts.add(u);
        }
        List<double[]> front = ParetoFrontier.nonDominated(irPts);
        int[] nearest = nearestDiagonal(best);
        // last, so the candidates it adds change none of the points above
        double[] shares = GameTables.powerShares(game);
        int[] weighted = GameTables.equal(shares) ? nash : optimise(u -> Objectives.weightedNashProduct(u, r, shares));
        return new ReferencePoints(card, front.size(), point(nash), point(weighted), point(ks), point(nearest),
                point(welfare), ParetoFrontier.thin(front), List.copyOf(front), false);
    }

    /** Among the non-dominated IR candidates, the one nearest the diagonal; ties to the lowest offer. */
    private int[] nearestDiagonal(double[] best) {
        List<int[]> ir = new ArrayList<>();
        List<double[]> irU = new ArrayList<>();
        for (int[] x : candidates) {
            double[] u = ascent.utilities(x);
            if (Dominance.rational(u, r)) {
                ir.add(x);
                irU.add(u);
            }
        }
        int[] arg = null;
        double min = Double.POSITIVE_INFINITY;
        for (int c = 0; c < ir.size(); c++) {
            double[] u = irU.get(c);
            boolean dominated = false;
            for (double[] o : irU) {
                if (Dominance.dominates(o, u)) {
                    dominated = true;
                    break;
                }
            }
            if (dominated) continue;
            double d = Objectives.diagonalDistance(u, r, best);
            if (arg == null || d < min - Dominance.EPS || (Math.abs(d - min) <= Dominance.EPS && lexLess(ir.get(c), arg))) {
                min = d;
                arg = ir.get(c);
            }
        }
        return arg;
    }

    private ReferencePoint point(int[] x) {
        return x == null ? null : ReferenceAnalysis.point(game, new Offer(x));
    }

    /** Weight vectors: a fine grid for two parties, vertices plus seeded random ones otherwise. */
    private List<double[]> weights() {
        List<double[]> ws = new ArrayList<>();
        if (n == 2) {
            for (int j = 0; j <= 2000; j++) ws.add(new double[]{j / 2000.0, 1 - j / 2000.0});
            return ws;
        }
        for (int p = 0; p < n; p++) {
            double[] w = new double[n];
            w[p] = 1;
            ws.add(w);
        }
        double[] eq = new double[n];
        Arrays.fill(eq, 1.0 / n);
        ws.add(eq);
        SplittableRandom rnd = Seeds.random(0L, "reference-points");
        for (int j = 0; j < 3000; j++) {
            double[] w = new double[n];
            double s = 0;
            for (int p = 0; p < n; p++) {
                w[p] = -Math.log(1 - rnd.nextDouble()); // Dirichlet(1,...,1)
                s += w[p];
            }
            for (int p = 0; p < n; p++) w[p] /= s;
            ws.add(w);
        }
        return ws;
    }

    private int[] weightedArgmax(double[] w) {
        int[] x = new int[m];
        for (int i = 0; i < m; i++) {
            int arg = 0;
            double bestV = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < t[0][i].length; k++) {
                double s = 0;
                for (int p = 0; p < n; p++) s += w[p] * t[p][i][k];
                if (s > bestV + Dominance.EPS) {
                    bestV = s;
                    arg = k;
                }
            }
            x[i] = arg;
        }
        return x;
    }

    /**
     * Maximises f over IR outcomes by coordinate ascent from the best STARTS candidates
     * (ranked by f among IR ones, then by shortfall); returns the best IR optimum found or null.
     */
    private int[] optimise(Objective f) {
        List<int[]> starts = new ArrayList<>(candidates);
        starts.sort((x, y) -> {
            double[] ux = ascent.utilities(x), uy = ascent.utilities(y);
            double sx = ascent.shortfall(ux), sy = ascent.shortfall(uy);
            if (sx > Dominance.EPS || sy > Dominance.EPS) return Double.compare(sx, sy);
            return Double.compare(f.of(uy), f.of(ux));
        });
        int[] bestX = null;
        double bestF = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < Math.min(STARTS, starts.size()); s++) {
            int[] x = ascent.ascend(starts.get(s).clone(), f);
            double[] u = ascent.utilities(x);
            if (!Dominance.rational(u, r)) continue;
            candidates.add(x);
            double v = f.of(u);
            if (v > bestF + Dominance.EPS || (Math.abs(v - bestF) <= Dominance.EPS && lexLess(x, bestX))) {
                bestF = v;
                bestX = x;
            }
        }
        return bestX;
    }

    private static boolean lexLess(int[] a, int[] b) {
        if (b == null) return true;
        return Arrays.compare(a, b) < 0;
    }
}
