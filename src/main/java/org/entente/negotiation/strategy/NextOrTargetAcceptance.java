package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/**
 * AC_next ∨ AC_target (Baarslag, Hindriks &amp; Jonker 2014): accept an offer worth at least what the
 * party would offer next (agreed now, at the soonest), or at least its current target. Most presets' acceptance.
 */
public final class NextOrTargetAcceptance implements AcceptanceStrategy {

    @Override
    public boolean accepts(Session s, Offer offer, int agreedIn, Offer next, double target) {
        double w = s.worth(offer, agreedIn);
        return w >= s.worthNow(next) - 1e-12 || w >= target - 1e-12;
    }
}
