package org.entente.negotiation.strategy;

import org.entente.model.DiscreteIssue;
import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The offers a party considers, sorted by its own utility (ascending; ties: better for the others
 * first). Built from weighted-sum frontiers max_x [α·u_self(x) + (1−α)·u_other(x)] over a fine grid
 * of α — separable per issue because every utility is additive — so a party never enumerates the
 * whole agreement space and its concession path runs along the (supported) Pareto frontier.
 */
public final class Candidates {
    /** Number of α values from 0 to 1 used for each frontier. */
    public static final int ALPHAS = 501;

    private final Offer[] offers;
    private final double[] own;

    private Candidates(List<Offer> offers, LinearUtility self, LinearUtility others) {
        // sort keys evaluated once per offer, not once per comparison
        int n = offers.size();
        double[] mine = new double[n];
        double[] theirs = new double[n];
        for (int i = 0; i < n; i++) {
            mine[i] = self.of(offers.get(i));
            theirs[i] = others.of(offers.get(i));
        }
        int[] order = CandidateOrder.of(offers, mine, theirs);
        this.offers = new Offer[n];
        this.own = new double[n];
        for (int i = 0; i < n; i++) {
            this.offers[i] = offers.get(order[i]);
            this.own[i] = mine[order[i]];
        }
    }

    /**
     * The frontier offers of every pair (a, b) in {@code pairs}, deduplicated and sorted by {@code self}
     * (ties broken by {@code others}, the mean utility of the other parties).
     */
    public static Candidates of(LinearUtility self, LinearUtility others, List<LinearUtility[]> pairs) {
        return of(self, others, pairs, null);
    }

    /**
     * As {@link #of(LinearUtility, LinearUtility, List)}, plus for every pair the greedy
     * {@link #concessionPath} of its first utility towards its second (when {@code space} is given).
     */
    public static Candidates of(LinearUtility self, LinearUtility others, List<LinearUtility[]> pairs,
                                OutcomeSpace space) {
        DistinctOffers all = new DistinctOffers();
        for (LinearUtility[] pair : pairs) {
            addFrontier(pair[0], pair[1], all);
            if (space != null) addConcessionPath(pair[0], pair[1], space, all);
        }
        return new Candidates(all.inOrder(), self, others);
    }

    /** The weighted-sum frontier of self against others alone. */
    public static Candidates of(LinearUtility self, LinearUtility others) {
        return of(self, others, List.<LinearUtility[]>of(new LinearUtility[]{self, others}));
    }

    /**
     * A greedy concession path from the best offer for {@code a} towards {@code b}: each step changes
     * one issue (numeric issues by one grid step, discrete issues to any option) to the value that
     * gives b the most per unit of a's loss (a free gain for b first), until no step helps b. Unlike
     * weighted sums it also visits the non-supported Pareto points (e.g. every point of a linear split).
     */
    public static List<Offer> concessionPath(LinearUtility a, LinearUtility b, OutcomeSpace space) {
        DistinctOffers path = new DistinctOffers();
        addConcessionPath(a, b, space, path);
        return path.inOrder();
    }

    /** Adds the offers of {@link #concessionPath} to {@code out}. */
    private static void addConcessionPath(LinearUtility a, LinearUtility b, OutcomeSpace space, DistinctOffers out) {
        int[] x = a.best().toArray();
        out.add(x);
        int n = x.length;
        boolean[] discrete = new boolean[n];
        for (int i = 0; i < n; i++) discrete[i] = space.issues().get(i) instanceof DiscreteIssue;
        int limit = 1;
        for (int i = 0; i < n; i++) limit += 2 * a.size(i);
        for (int step = 0; step < limit; step++) {
            int bestIssue = -1, bestValue = -1;
            double bestRatio = Double.NEGATIVE_INFINITY, bestLoss = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                int from = discrete[i] ? 0 : Math.max(0, x[i] - 1);
                int to = discrete[i] ? a.size(i) - 1 : Math.min(a.size(i) - 1, x[i] + 1);
                for (int k = from; k <= to; k++) {
                    if (k == x[i]) continue;
                    double gain = b.term(i, k) - b.term(i, x[i]);
                    if (gain <= 1e-12) continue;
                    double loss = a.term(i, x[i]) - a.term(i, k);
                    double ratio = loss <= 1e-12 ? Double.POSITIVE_INFINITY : gain / loss;
                    if (ratio > bestRatio + 1e-12 || (Math.abs(ratio - bestRatio) <= 1e-12 && loss < bestLoss)) {
                        bestRatio = ratio;
                        bestLoss = loss;
                        bestIssue = i;
                        bestValue = k;
                    }
                }
            }
            if (bestIssue < 0) break;
            x[bestIssue] = bestValue;
            out.add(x);
        }
    }

    /** Offers maximising α·a + (1−α)·b for α on a grid of {@link #ALPHAS} values, in first-seen order. */
    public static List<Offer> frontier(LinearUtility a, LinearUtility b) {
        DistinctOffers out = new DistinctOffers();
        addFrontier(a, b, out);
        return out.inOrder();
    }

    /** Adds the offers of {@link #frontier} to {@code out}. */
    private static void addFrontier(LinearUtility a, LinearUtility b, DistinctOffers out) {
        int n = a.issueCount();
        // per issue: the grid indices where its argmax changes (starts) and the argmax from there on
        int[][] starts = new int[n][];
        int[][] args = new int[n][];
        int[] pos = new int[n];
        for (int i = 0; i < n; i++) {
            int[][] seg = segments(a, b, i);
            starts[i] = seg[0];
            args[i] = seg[1];
        }
        int[] x = new int[n];
        int s = 0;
        while (s < ALPHAS) {
            int next = ALPHAS;
            for (int i = 0; i < n; i++) {
                while (pos[i] + 1 < starts[i].length && starts[i][pos[i] + 1] <= s) pos[i]++;
                x[i] = args[i][pos[i]];
                if (pos[i] + 1 < starts[i].length) next = Math.min(next, starts[i][pos[i] + 1]);
            }
            out.add(x);
            s = next;
        }
    }

    /** The same frontier by scanning every α and every option: the definition {@link #frontier} must match. */
    static List<Offer> frontierByScan(LinearUtility a, LinearUtility b) {
        Map<Offer, Boolean> out = new LinkedHashMap<>();
        int n = a.issueCount();
        int[] x = new int[n];
        for (int s = 0; s < ALPHAS; s++) {
            for (int i = 0; i < n; i++) x[i] = argmax(a, b, i, alpha(s));
            out.putIfAbsent(new Offer(x), Boolean.TRUE);
        }
        return new ArrayList<>(out.keySet());
    }

    private static double alpha(int s) {
        return (double) s / (ALPHAS - 1);
    }

    /**
     * The option of issue i maximising α·a + (1−α)·b, ties (within 1e-12) going to the larger a + b,
     * then to the lower index.
     */
    static int argmax(LinearUtility a, LinearUtility b, int i, double alpha) {
        int arg = 0;
        double bestScore = Double.NEGATIVE_INFINITY, bestSum = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < a.size(i); k++) {
            double ta = a.term(i, k), tb = b.term(i, k);
            double score = alpha * ta + (1 - alpha) * tb;
            double sum = ta + tb;
            if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && sum > bestSum + 1e-12)) {
                arg = k;
                bestScore = score;
                bestSum = sum;
            }
        }
        return arg;
    }

    /**
     * {@link #argmax} of issue i over the α grid as segments: {starts, args}, the argmax being
     * args[j] from grid index starts[j] until the next start. Walks the upper envelope of the options'
     * score lines: two options' scores differ by c + α·d, linear in α, so once the argmax t at a grid
     * point leads every other option by more than twice {@link #SEPARATED} (far beyond the 1e-12 tie
     * tolerance and rounding), t stays the argmax up to the first α where some option could close that
     * lead to {@code SEPARATED}, and the walk jumps there (one grid step short). Where an option is
     * that close to t (near a crossing) the walk goes grid point by grid point. Options tied with t at
     * every α are told apart by a + b, which α does not change, and do not stop a jump.
     */
    static int[][] segments(LinearUtility a, LinearUtility b, int i) {
        int m = a.size(i);
        double scale = 1;
        for (int k = 0; k < m; k++) scale = Math.max(scale, Math.max(Math.abs(a.term(i, k)), Math.abs(b.term(i, k))));
        int[] starts = new int[4];
        int[] args = new int[4];
        int count = 0;
        int s = 0;
        while (s < ALPHAS) {
            double alpha = alpha(s);
            int t = argmax(a, b, i, alpha);
            if (count == 0 || args[count - 1] != t) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * count);
                    args = Arrays.copyOf(args, 2 * count);
                }
                starts[count] = s;
                args[count++] = t;
            }
            s = lastCertain(a, b, i, t, s, scale) + 1;
        }
        return new int[][]{Arrays.copyOf(starts, count), Arrays.copyOf(args, count)};
    }

    /**
     * The last grid index up to which option t, the argmax at grid index s, is certainly the argmax
     * ({@link #segments}); s itself when some option is too close to t there. {@code scale}: the largest
     * magnitude of the issue's terms (at least 1), which {@link #SEPARATED} is relative to.
     */
    private static int lastCertain(LinearUtility a, LinearUtility b, int i, int t, int s, double scale) {
        int last = ALPHAS - 1;
        double separated = SEPARATED * scale;
        double lead = 2 * separated;
        double alpha = alpha(s);
        double ta = a.term(i, t), tb = b.term(i, t);
        double scoreT = alpha * ta + (1 - alpha) * tb;
        int certain = last;
        for (int x = 0; x < a.size(i); x++) {
            if (x == t) continue;
            double xa = a.term(i, x), xb = b.term(i, x);
            double c = tb - xb;
            double d = (ta - tb) - (xa - xb);
            // equal options (e.g. two values a peaked preference rates the same) tie at every α,
            // far inside the 1e-12 tolerance, and are told apart by a + b, which α does not change
            if (Math.abs(c) <= TIED && Math.abs(c + d) <= TIED && scale <= 2) continue;
            double gap = scoreT - (alpha * xa + (1 - alpha) * xb);
            if (!(gap > lead)) return s;
            if (d >= 0) continue; // t's lead over x only grows with α
            // t's lead over x falls to SEPARATED at α = alpha + (gap - separated) / -d: stop one grid step short
            double closes = Math.floor((alpha + (gap - separated) / -d) * last) - 1;
            if (closes < certain) certain = (int) Math.max(s, closes);
        }
        return certain;
    }

    /** Score gap (relative to the tables' scale) beyond which two options are certainly ordered (see {@link #segments}). */
    private static final double SEPARATED = 1e-8;
    /** Score gap below which two options tie at every α (rounding included) under the 1e-12 tolerance. */
    private static final double TIED = 1e-13;

    /**
     * The candidates that pass {@code keep}, in the same order (a subsequence of a sorted sequence is
     * sorted: no sort again); when none does, {@code fallback} alone.
     */
    public Candidates filter(Predicate<Offer> keep, Offer fallback, LinearUtility self, LinearUtility others) {
        int[] kept = new int[offers.length];
        int n = 0;
        for (int i = 0; i < offers.length; i++) if (keep.test(offers[i])) kept[n++] = i;
        if (n == 0) return new Candidates(List.of(fallback), self, others);
        Offer[] o = new Offer[n];
        double[] u = new double[n];
        for (int j = 0; j < n; j++) {
            o[j] = offers[kept[j]];
            u[j] = own[kept[j]];
        }
        return new Candidates(o, u);
    }

    private Candidates(Offer[] sorted, double[] own) {
        this.offers = sorted;
        this.own = own;
    }

    /** These candidates together with {@code more}, sorted again. */
    public Candidates with(List<Offer> more, LinearUtility self, LinearUtility others) {
        Set<Offer> seen = new HashSet<>(Arrays.asList(offers));
        List<Offer> all = new ArrayList<>(Arrays.asList(offers));
        for (Offer o : more) if (seen.add(o)) all.add(o);
        return new Candidates(all, self, others);
    }

    public int size() {
        return offers.length;
    }

    public Offer get(int i) {
        return offers[i];
    }

    /** Own utility of candidate i. */
    public double utility(int i) {
        return own[i];
    }

    /** The candidate best for the party itself. */
    public Offer best() {
        return offers[offers.length - 1];
    }

    public double bestUtility() {
        return own[own.length - 1];
    }

    /**
     * Index of the candidate with the smallest own utility at or above {@code target} (the most
     * generous to the others at that level); the best candidate when none reaches it.
     */
    public int lowestAtLeast(double target) {
        int lo = 0, hi = own.length - 1;
        if (own[hi] < target - 1e-12) return hi;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (own[mid] >= target - 1e-12) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** Index of {@code offer} among the candidates, or -1. */
    public int indexOf(Offer offer) {
        for (int i = 0; i < offers.length; i++) if (offers[i].equals(offer)) return i;
        return -1;
    }

    /** Index of the best candidate whose own utility is strictly below {@code utility}, or -1. */
    public int highestBelow(double utility) {
        int idx = lowestAtLeast(utility);
        if (own[idx] < utility - 1e-12) return idx;
        return idx - 1;
    }

    public List<Offer> offers() {
        return List.of(offers);
    }
}
