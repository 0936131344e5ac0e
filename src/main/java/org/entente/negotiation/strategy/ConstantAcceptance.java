package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/** AC_const(α) (Baarslag, Hindriks &amp; Jonker 2014): accept an offer worth at least a fixed α. */
public record ConstantAcceptance(double threshold) implements AcceptanceStrategy {
    @Override
    public boolean accepts(Session s, Offer offer, int agreedIn, Offer next, double target) {
        return s.worth(offer, agreedIn) >= threshold - 1e-12;
    }
}
