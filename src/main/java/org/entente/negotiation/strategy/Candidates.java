package org.entente.negotiation.strategy;

import org.entente.model.DiscreteIssue;
import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
        List<Offer> sorted = new ArrayList<>(offers);
        sorted.sort(Comparator.<Offer>comparingDouble(self::of)
                .thenComparing(Comparator.<Offer>comparingDouble(others::of).reversed())
                .thenComparing(Offer::toString));
        this.offers = sorted.toArray(new Offer[0]);
        this.own = new double[this.offers.length];
        for (int i = 0; i < own.length; i++) own[i] = self.of(this.offers[i]);
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
        Set<Offer> seen = new HashSet<>();
        List<Offer> all = new ArrayList<>();
        for (LinearUtility[] pair : pairs) {
            for (Offer o : frontier(pair[0], pair[1])) if (seen.add(o)) all.add(o);
            if (space != null) for (Offer o : concessionPath(pair[0], pair[1], space)) if (seen.add(o)) all.add(o);
        }
        return new Candidates(all, self, others);
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
        List<Offer> path = new ArrayList<>();
        int[] x = a.best().toArray();
        path.add(new Offer(x));
        int n = x.length;
        int limit = 1;
        for (int i = 0; i < n; i++) limit += 2 * a.size(i);
        for (int step = 0; step < limit; step++) {
            int bestIssue = -1, bestValue = -1;
            double bestRatio = Double.NEGATIVE_INFINITY, bestLoss = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                boolean discrete = space.issues().get(i) instanceof DiscreteIssue;
                int from = discrete ? 0 : Math.max(0, x[i] - 1);
                int to = discrete ? a.size(i) - 1 : Math.min(a.size(i) - 1, x[i] + 1);
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
            path.add(new Offer(x));
        }
        return path;
    }

    /** Offers maximising α·a + (1−α)·b for α on a grid of {@link #ALPHAS} values, in first-seen order. */
    public static List<Offer> frontier(LinearUtility a, LinearUtility b) {
        Map<Offer, Boolean> out = new LinkedHashMap<>();
        int n = a.issueCount();
        int[] x = new int[n];
        for (int s = 0; s < ALPHAS; s++) {
            double alpha = (double) s / (ALPHAS - 1);
            for (int i = 0; i < n; i++) {
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
                x[i] = arg;
            }
            out.putIfAbsent(new Offer(x), Boolean.TRUE);
        }
        return new ArrayList<>(out.keySet());
    }

    /** The candidates that pass {@code keep}; when none does, {@code fallback} alone. */
    public Candidates filter(Predicate<Offer> keep, Offer fallback, LinearUtility self, LinearUtility others) {
        List<Offer> kept = new ArrayList<>();
        for (Offer o : offers) if (keep.test(o)) kept.add(o);
        if (kept.isEmpty()) kept.add(fallback);
        return new Candidates(kept, self, others);
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
