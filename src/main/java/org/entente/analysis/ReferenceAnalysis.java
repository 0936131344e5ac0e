package org.entente.analysis;

import org.entente.model.Seeds;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.PartyModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Computes Nash, Kalai–Smorodinsky, max-welfare points and the Pareto frontier of a game over
 * its offer grid, among the individually rational outcomes (docs/reference-points.md).
 * Exact by enumeration up to {@link #EXACT_LIMIT} outcomes; beyond, a seeded approximation
 * (weighted-sum points plus coordinate ascent). Ties go to the lowest offer in lexicographic
 * index order (first issue most significant).
 */
public final class ReferenceAnalysis {
    /** Largest grid enumerated exactly. */
    public static final double EXACT_LIMIT = 1_000_000;
    /** Most frontier points handed to charts. */
    public static final int FRONTIER_POINTS = 2000;
    /** Tolerance for comparing utilities (rounding in sums of table entries). */
    static final double EPS = 1e-12;

    private ReferenceAnalysis() {
    }

    public static ReferencePoints compute(Game game) {
        return game.space().cardinality() <= EXACT_LIMIT ? exact(game) : approximate(game);
    }

    /** Exact reference points by enumerating every outcome (the grid must fit in memory). */
    public static ReferencePoints exact(Game game) {
        return new Enumeration(game).run();
    }

    /** Approximate reference points for grids too large to enumerate (see docs/reference-points.md). */
    public static ReferencePoints approximate(Game game) {
        return new Approximation(game).run();
    }

    // ---------------------------------------------------------------------------------------
    // shared pieces

    static double[][][] tables(Game game) {
        OutcomeSpace space = game.space();
        List<PartyModel> ps = game.parties();
        double[][][] t = new double[ps.size()][space.issueCount()][];
        for (int p = 0; p < ps.size(); p++) {
            for (int i = 0; i < space.issueCount(); i++) {
                t[p][i] = new double[space.size(i)];
                for (int k = 0; k < t[p][i].length; k++) t[p][i][k] = ps.get(p).utility().term(i, k);
            }
        }
        return t;
    }

    static double[] reservations(Game game) {
        return game.parties().stream().mapToDouble(PartyModel::reservation).toArray();
    }

    static ReferencePoint point(Game game, Offer offer) {
        if (offer == null) return null;
        double[] u = new double[game.parties().size()];
        for (int p = 0; p < u.length; p++) u[p] = game.parties().get(p).utility().of(offer);
        return new ReferencePoint(offer, u);
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

    /** Gains over reservations, clamped at 0 (IR outcomes within tolerance). */
    static double nashProduct(double[] u, double[] r) {
        double prod = 1;
        for (int p = 0; p < u.length; p++) prod *= Math.max(0, u[p] - r[p]);
        return prod;
    }

    /** The smallest gain as a share of the party's best IR gain; parties with no room count as 1. */
    static double ksShare(double[] u, double[] r, double[] best) {
        double min = Double.POSITIVE_INFINITY;
        for (int p = 0; p < u.length; p++) {
            double range = best[p] - r[p];
            double s = range > EPS ? Math.max(0, u[p] - r[p]) / range : 1.0;
            min = Math.min(min, s);
        }
        return min == Double.POSITIVE_INFINITY ? 1.0 : min;
    }

    static boolean rational(double[] u, double[] r) {
        for (int p = 0; p < u.length; p++) if (u[p] < r[p] - EPS) return false;
        return true;
    }

    static boolean dominates(double[] a, double[] b) {
        boolean strict = false;
        for (int p = 0; p < a.length; p++) {
            if (a[p] < b[p] - EPS) return false;
            if (a[p] > b[p] + EPS) strict = true;
        }
        return strict;
    }

    // ---------------------------------------------------------------------------------------
    // exact enumeration

    /** Enumerates the grid in odometer order, updating per-issue prefix sums incrementally. */
    private static final class Enumeration {
        private final Game game;
        private final int n;
        private final int m;
        private final int[] sizes;
        private final double[][][] t;
        private final double[] r;

        Enumeration(Game game) {
            this.game = game;
            this.n = game.parties().size();
            this.m = game.space().issueCount();
            this.sizes = new int[m];
            for (int i = 0; i < m; i++) sizes[i] = game.space().size(i);
            this.t = tables(game);
            this.r = reservations(game);
        }

        ReferencePoints run() {
            double card = game.space().cardinality();
            if (card > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("grid too large to enumerate: " + card);
            int total = (int) card;
            double[][] u = utilities(total);

            // pass 1: IR outcomes, best utilities, max welfare, Nash product
            int[] ir = new int[total];
            int nIr = 0;
            double[] best = new double[n];
            Arrays.fill(best, Double.NEGATIVE_INFINITY);
            int welfareArg = -1, nashArg = -1;
            double welfareMax = Double.NEGATIVE_INFINITY, nashMax = Double.NEGATIVE_INFINITY;
            double[] v = new double[n];
            for (int idx = 0; idx < total; idx++) {
                boolean ok = true;
                double w = 0;
                for (int p = 0; p < n; p++) {
                    v[p] = u[p][idx];
                    if (v[p] < r[p] - EPS) {
                        ok = false;
                        break;
                    }
                    w += v[p];
                }
                if (!ok) continue;
                ir[nIr++] = idx;
                for (int p = 0; p < n; p++) if (v[p] > best[p]) best[p] = v[p];
                if (w > welfareMax + EPS) {
                    welfareMax = w;
                    welfareArg = idx;
                }
                double np = nashProduct(v, r);
                if (nashArg < 0 || np > nashMax * (1 + EPS)) {
                    nashMax = np;
                    nashArg = idx;
                }
            }
            if (nIr == 0) {
                return new ReferencePoints(card, 0, null, null, null, List.of(), true);
            }
            // pass 2: Kalai–Smorodinsky
            int ksArg = -1;
            double ksMax = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < nIr; j++) {
                int idx = ir[j];
                for (int p = 0; p < n; p++) v[p] = u[p][idx];
                double s = ksShare(v, r, best);
                if (s > ksMax + EPS) {
                    ksMax = s;
                    ksArg = idx;
                }
            }
            int[] irs = Arrays.copyOf(ir, nIr);
            int[] pareto = n == 2 ? paretoTwo(u, irs) : paretoMany(u, irs);
            List<double[]> frontier = frontier(u, pareto);
            return new ReferencePoints(card, pareto.length, point(game, offer(nashArg)), point(game, offer(ksArg)),
                    point(game, offer(welfareArg)), frontier, true);
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

        private Offer offer(int idx) {
            if (idx < 0) return null;
            int[] x = new int[m];
            for (int i = m - 1; i >= 0; i--) {
                x[i] = idx % sizes[i];
                idx /= sizes[i];
            }
            return new Offer(x);
        }

        /** Pareto-optimal IR outcomes for two parties: sort by (u0 desc, u1 desc), sweep. */
        private int[] paretoTwo(double[][] u, int[] irs) {
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
                while (ptr < s && a[sorted[ptr]] > a[q] + EPS) {
                    maxAhead = Math.max(maxAhead, b[sorted[ptr]]);
                    ptr++;
                }
                boolean dominated = maxAll > b[q] + EPS || maxAhead >= b[q] - EPS;
                if (!dominated) out[count++] = q;
                maxAll = Math.max(maxAll, b[q]);
            }
            return Arrays.copyOf(out, count);
        }

        /** Pareto-optimal IR outcomes for any number of parties: welfare order, check the frontier so far. */
        private int[] paretoMany(double[][] u, int[] irs) {
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
                    if (dominates(front.get(f), v)) {
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

        private List<double[]> frontier(double[][] u, int[] pareto) {
            List<double[]> pts = new ArrayList<>(pareto.length);
            for (int q : pareto) {
                double[] v = new double[n];
                for (int p = 0; p < n; p++) v[p] = u[p][q];
                pts.add(v);
            }
            return thin(distinctSorted(pts));
        }
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
            if (!out.isEmpty() && near(out.get(out.size() - 1), v)) continue;
            out.add(v);
        }
        return out;
    }

    private static boolean near(double[] a, double[] b) {
        for (int p = 0; p < a.length; p++) if (Math.abs(a[p] - b[p]) > EPS) return false;
        return true;
    }

    // ---------------------------------------------------------------------------------------
    // approximation for large grids

    /**
     * Weighted-sum maximisers (exact per issue, because utilities are additive) over many weight
     * vectors give supported Pareto points; coordinate ascent from the best of them, on each
     * objective restricted to IR outcomes, refines Nash, KS and max welfare. Seeded, deterministic.
     */
    private static final class Approximation {
        private static final int STARTS = 24;
        /** Most trial evaluations of one two-issue move sweep. */
        private static final double PAIR_WORK = 2e6;
        private final Game game;
        private final int n;
        private final int m;
        private final double[][][] t;
        private final double[] r;
        private final List<int[]> candidates = new ArrayList<>();

        Approximation(Game game) {
            this.game = game;
            this.n = game.parties().size();
            this.m = game.space().issueCount();
            this.t = tables(game);
            this.r = reservations(game);
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
                if (x != null) best[p] = utilities(x)[p];
            }
            boolean anyIr = false;
            for (int[] x : candidates) if (rational(utilities(x), r)) anyIr = true;
            if (!anyIr) return new ReferencePoints(card, 0, null, null, null, List.of(), false);
            for (int[] x : candidates) {
                double[] u = utilities(x);
                if (rational(u, r)) for (int p = 0; p < n; p++) best[p] = Math.max(best[p], u[p]);
            }
            int[] welfare = optimise(u -> {
                double s = 0;
                for (double v : u) s += v;
                return s;
            });
            int[] nash = optimise(u -> nashProduct(u, r));
            int[] ks = optimise(u -> ksShare(u, r, best));
            // Pareto points among all IR candidates found
            List<double[]> irPts = new ArrayList<>();
            for (int[] x : candidates) {
                double[] u = utilities(x);
                if (rational(u, r)) irPts.add(u);
            }
            List<double[]> front = new ArrayList<>();
            for (double[] v : distinctSorted(irPts)) {
                boolean dominated = false;
                for (double[] o : irPts) {
                    if (dominates(o, v)) {
                        dominated = true;
                        break;
                    }
                }
                if (!dominated) front.add(v);
            }
            return new ReferencePoints(card, front.size(), point(game, offer(nash)), point(game, offer(ks)),
                    point(game, offer(welfare)), thin(front), false);
        }

        private static Offer offer(int[] x) {
            return x == null ? null : new Offer(x);
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
                    if (s > bestV + EPS) {
                        bestV = s;
                        arg = k;
                    }
                }
                x[i] = arg;
            }
            return x;
        }

        private double[] utilities(int[] x) {
            double[] u = new double[n];
            for (int p = 0; p < n; p++) {
                double s = 0;
                for (int i = 0; i < m; i++) s += t[p][i][x[i]];
                u[p] = s;
            }
            return u;
        }

        /** Shortfall below the reservations (0 when IR): ascent first removes it, then climbs. */
        private double shortfall(double[] u) {
            double s = 0;
            for (int p = 0; p < n; p++) s += Math.max(0, r[p] - u[p]);
            return s;
        }

        /**
         * Maximises f over IR outcomes by coordinate ascent from the best STARTS candidates
         * (ranked by f among IR ones, then by shortfall); returns the best IR optimum found or null.
         */
        private int[] optimise(Objective f) {
            List<int[]> starts = new ArrayList<>(candidates);
            starts.sort((x, y) -> {
                double[] ux = utilities(x), uy = utilities(y);
                double sx = shortfall(ux), sy = shortfall(uy);
                if (sx > EPS || sy > EPS) return Double.compare(sx, sy);
                return Double.compare(f.of(uy), f.of(ux));
            });
            int[] bestX = null;
            double bestF = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < Math.min(STARTS, starts.size()); s++) {
                int[] x = ascend(starts.get(s).clone(), f);
                double[] u = utilities(x);
                if (!rational(u, r)) continue;
                candidates.add(x);
                double v = f.of(u);
                if (v > bestF + EPS || (Math.abs(v - bestF) <= EPS && lexLess(x, bestX))) {
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

        /** One issue at a time, move to the grid value that most improves (shortfall, then f). */
        private int[] ascend(int[] x, Objective f) {
            double[] u = utilities(x);
            double[] trial = new double[n];
            for (int sweep = 0; sweep < 200; sweep++) {
                boolean moved = false;
                for (int i = 0; i < m; i++) {
                    double curShort = shortfall(u), curF = f.of(u);
                    int arg = x[i];
                    for (int k = 0; k < t[0][i].length; k++) {
                        if (k == x[i]) continue;
                        for (int p = 0; p < n; p++) trial[p] = u[p] - t[p][i][x[i]] + t[p][i][k];
                        double sh = shortfall(trial);
                        double fv = f.of(trial);
                        boolean better = sh < curShort - EPS || (sh <= curShort + EPS && sh <= EPS && fv > curF + EPS);
                        if (better) {
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

        private boolean pairsAffordable() {
            double work = 0;
            for (int i = 0; i < m; i++) for (int j = i + 1; j < m; j++) work += (double) t[0][i].length * t[0][j].length;
            return work <= PAIR_WORK;
        }

        /** The best simultaneous change of two issues (escapes kinks of min-type objectives); true if moved. */
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
                            if (sh < curShort - EPS || (sh <= curShort + EPS && sh <= EPS && fv > curF + EPS)) {
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

    /** An objective over a utility vector. */
    @FunctionalInterface
    private interface Objective {
        double of(double[] u);
    }
}
