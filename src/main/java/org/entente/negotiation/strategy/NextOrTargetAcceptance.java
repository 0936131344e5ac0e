package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/**
 * AC_next ∨ AC_target (Baarslag, Hindriks &amp; Jonker 2014): accept an offer worth at least what the
 * party would offer next, or at least its current target. The presets' acceptance.
 */
public final class NextOrTargetAcceptance implements AcceptanceStrategy {

    @Override
    public boolean accepts(Session s, Offer offer, Offer next, double target) {
        double u = s.utility(offer);
        return u >= s.utility(next) - 1e-12 || u >= target - 1e-12;
    }
}
