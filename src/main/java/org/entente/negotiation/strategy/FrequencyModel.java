package org.entente.negotiation.strategy;

import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;

import java.util.HashMap;
import java.util.Map;

/**
 * Frequency opponent model, HardHeaded style (van Krimpen, Looije &amp; Hajizadeh 2013; Baarslag,
 * Hendrikx, Hindriks &amp; Jonker 2013): an issue whose value the opponent keeps between consecutive
 * offers gains weight (+{@link #LEARNING_RATE}, then renormalised); a value is liked in proportion
 * to how often it was offered (Laplace-smoothed, scaled so the most frequent value scores 1).
 */
public final class FrequencyModel implements OpponentModel {
    public static final double LEARNING_RATE = 0.2;

    private final OutcomeSpace space;
    private final Map<String, double[]> weights = new HashMap<>();
    private final Map<String, int[][]> counts = new HashMap<>();
    private final Map<String, Offer> last = new HashMap<>();

    public FrequencyModel(OutcomeSpace space) {
        this.space = space;
    }

    @Override
    public void observe(String party, Offer offer) {
        double[] w = weights.computeIfAbsent(party, p -> uniform());
        int[][] c = counts.computeIfAbsent(party, p -> emptyCounts());
        Offer prev = last.put(party, offer);
        int n = space.issueCount();
        if (prev != null) {
            double add = LEARNING_RATE / n, sum = 0;
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

    /** The learned weight of each issue for {@code party} (uniform before any offer). */
    public double[] issueWeights(String party) {
        return weights.getOrDefault(party, uniform()).clone();
    }

    private double[] uniform() {
        double[] w = new double[space.issueCount()];
        java.util.Arrays.fill(w, 1.0 / Math.max(1, w.length));
        return w;
    }

    private int[][] emptyCounts() {
        int[][] c = new int[space.issueCount()][];
        for (int i = 0; i < c.length; i++) c[i] = new int[space.size(i)];
        return c;
    }
}
