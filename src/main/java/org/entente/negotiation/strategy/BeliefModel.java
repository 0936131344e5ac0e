package org.entente.negotiation.strategy;

import org.entente.negotiation.Game;
import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;

/**
 * Takes the others to want what the design point's scenario says they want (common knowledge);
 * learns nothing from their offers. The run's private noise makes it slightly wrong. At a target it
 * suggests the candidate with the smallest own utility at or above it: the most generous to the
 * others at that level, as believed.
 */
public final class BeliefModel implements OpponentModel {
    private final Game beliefs;

    public BeliefModel(Game beliefs) {
        this.beliefs = beliefs;
    }

    @Override
    public void observe(String party, Offer offer) {
    }

    @Override
    public LinearUtility utilityOf(String party) {
        return beliefs.party(party).utility();
    }

    @Override
    public Offer offerAtLeast(Session s, double target) {
        return s.candidates().get(s.candidates().lowestAtLeast(target));
    }
}
