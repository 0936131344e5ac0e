package org.entente.negotiation.strategy;

import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Frequency opponent model, HardHeaded style (van Krimpen, Looije &amp; Hajizadeh 2013; Baarslag,
 * Hendrikx, Hindriks &amp; Jonker 2013): an issue whose value the opponent keeps between consecutive
 * offers gains weight (+learning rate / issues, then renormalised); a value is liked in proportion
 * to how often it was offered (Laplace-smoothed, scaled so the most frequent value scores 1). At a
 * target it suggests, among the candidates at or above it, the one it predicts the others like most;
 * every {@link #REBUILD} rounds it adds the frontier of own utility against the learned one to them.
 */
public final class FrequencyModel implements OpponentModel {
    public static final int REBUILD = 5;

    private final OutcomeSpace space;
    private final double learningRate;
    private final Map<String, double[]> weights = new HashMap<>();
    private final Map<String, int[][]> counts = new HashMap<>();
    private final Map<String, Offer> last = new HashMap<>();
    private Candidates candidates;
    private int builtAt = Integer.MIN_VALUE;

    public FrequencyModel(OutcomeSpace space, double learningRate) {
        this.space = space;
        this.learningRate = learningRate;
    }

    @Override
    public void observe(String party, Offer offer) {
        double[] w = weights.computeIfAbsent(party, p -> uniform());
        int[][] c = counts.computeIfAbsent(party, p -> emptyCounts());
        Offer prev = last.put(party, offer);
        int n = space.issueCount();
        if (prev != null) {
            double add = learningRate / n, sum = 0;
            for (int i = 0; i < n; i++) {
                if (prev.get(i) == offer.get(i)) w[i] += add;
                sum += w[i];
            }
            for (int i = 0; i < n; i++) w[i] /= sum;
        }
        for (int i = 0; i < n; i++) c[i][offer.get(i)]++;
    }

    @Override
    public LinearUtility utilityOf(String party) {
        double[] w = weights.getOrDefault(party, uniform());
        int[][] c = counts.getOrDefault(party, emptyCounts());
        double[][] t = new double[space.issueCount()][];
        for (int i = 0; i < t.length; i++) {
            t[i] = new double[space.size(i)];
            int max = 0;
            for (int k : c[i]) max = Math.max(max, k);
            for (int k = 0; k < t[i].length; k++) t[i][k] = w[i] * (c[i][k] + 1.0) / (max + 1.0);
        }
        return new LinearUtility(t);
    }

    @Override
    public Offer offerAtLeast(Session s, double target) {
        LinearUtility predicted = Session.mean(s.others().stream().map(this::utilityOf).toList());
        if (candidates == null || s.round() - builtAt >= REBUILD) {
            List<Offer> learned = new ArrayList<>();
            for (Offer o : Candidates.frontier(s.self().utility(), predicted)) if (s.admissible(o)) learned.add(o);
            for (Offer o : Candidates.concessionPath(s.self().utility(), predicted, s.context().space())) {
                if (s.admissible(o)) learned.add(o);
            }
            candidates = s.candidates().with(learned, s.self().utility(), s.othersBelieved());
            builtAt = s.round();
        }
        int from = candidates.lowestAtLeast(target);
        Offer pick = candidates.get(from);
        double bestPredicted = predicted.of(pick);
        for (int i = from + 1; i < candidates.size(); i++) {
            double v = predicted.of(candidates.get(i));
            if (v > bestPredicted + 1e-12) {
                bestPredicted = v;
                pick = candidates.get(i);
            }
        }
        return pick;
    }

    /** The learned weight of each issue for {@code party} (uniform before any offer). */
    public double[] issueWeights(String party) {
        return weights.getOrDefault(party, uniform()).clone();
    }

    private double[] uniform() {
        double[] w = new double[space.issueCount()];
        Arrays.fill(w, 1.0 / Math.max(1, w.length));
        return w;
    }

    private int[][] emptyCounts() {
        int[][] c = new int[space.issueCount()][];
        for (int i = 0; i < c.length; i++) c[i] = new int[space.size(i)];
        return c;
    }
}
