package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/**
 * AC_next (Baarslag, Hindriks &amp; Jonker 2014): accept an offer worth at least what the party would
 * offer next (agreed now, at the soonest).
 */
public final class NextAcceptance implements AcceptanceStrategy {

    @Override
    public boolean accepts(Session s, Offer offer, int agreedIn, Offer next, double target) {
        return s.worth(offer, agreedIn) >= s.worthNow(next) - 1e-12;
    }
}
