package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/** Never concedes: always its best offer, aiming at Pmax throughout. */
public final class HardlinerOffering implements OfferingStrategy {

    @Override
    public Offer propose(Session s) {
        return s.candidates().best();
    }

    @Override
    public double target(Session s) {
        return s.best();
    }

    @Override
    public double aspiration(Session s, double t) {
        return s.best();
    }

    @Override
    public boolean stepsDownWhenRepeating() {
        return false;
    }
}
