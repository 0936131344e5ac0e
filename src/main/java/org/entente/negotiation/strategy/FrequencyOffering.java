package org.entente.negotiation.strategy;

import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;

import java.util.ArrayList;
import java.util.List;

/**
 * Time-dependent target with a frequency opponent model (Baarslag, Hendrikx, Hindriks &amp; Jonker
 * 2013, HardHeaded-style bidding): among its candidates with own utility at or above the target it
 * offers the one the model predicts the others like most. Every {@link #REBUILD} rounds it adds the
 * frontier of its own utility against the learned model to its candidates.
 */
public final class FrequencyOffering implements OfferingStrategy {
    public static final int REBUILD = 5;

    private final double e;
    private final FrequencyModel model;
    private Candidates candidates;
    private int builtAt = Integer.MIN_VALUE;

    public FrequencyOffering(double e, FrequencyModel model) {
        if (!(e > 0)) throw new IllegalArgumentException("concession exponent e must be > 0, got " + e);
        this.e = e;
        this.model = model;
    }

    @Override
    public Offer propose(Session s) {
        LinearUtility predicted = Session.mean(s.others().stream().map(model::utilityOf).toList());
        if (candidates == null || s.round() - builtAt >= REBUILD) {
            List<Offer> learned = new ArrayList<>();
            for (Offer o : Candidates.frontier(s.self().utility(), predicted)) if (s.admissible(o)) learned.add(o);
            for (Offer o : Candidates.concessionPath(s.self().utility(), predicted, s.context().space())) {
                if (s.admissible(o)) learned.add(o);
            }
            candidates = s.candidates().with(learned, s.self().utility(), s.othersBelieved());
            builtAt = s.round();
        }
        double target = target(s);
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

    @Override
    public double target(Session s) {
        return aspiration(s, s.time());
    }

    @Override
    public double aspiration(Session s, double t) {
        return TimeDependentOffering.target(s.best(), s.floor(), e, t);
    }
}
