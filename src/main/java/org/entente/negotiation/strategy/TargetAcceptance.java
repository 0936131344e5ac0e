package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/** AC_target: accept an offer worth at least the offering part's current target. */
public final class TargetAcceptance implements AcceptanceStrategy {

    @Override
    public boolean accepts(Session s, Offer offer, int agreedIn, Offer next, double target) {
        return s.worth(offer, agreedIn) >= target - 1e-12;
    }
}
