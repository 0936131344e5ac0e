package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/**
 * Time-dependent concession (Faratin, Sierra &amp; Jennings 1998): target(τ) = Pmin + (Pmax − Pmin)
 * (1 − τ^(1/e)) with τ the normalised time and Pmax, Pmin worths in the current round; it offers
 * what its opponent model suggests at the own utility worth that target now.
 * e &lt; 1 is Boulware (firm until late), e = 1 linear, e &gt; 1 conceder.
 */
public final class TimeDependentOffering implements OfferingStrategy {
    private final double e;
    private final OpponentModel model;

    public TimeDependentOffering(double e, OpponentModel model) {
        if (!(e > 0)) throw new IllegalArgumentException("concession exponent e must be > 0, got " + e);
        this.e = e;
        this.model = model;
    }

    /** The target utility at normalised time t. */
    public static double target(double pmax, double pmin, double e, double t) {
        return pmin + (pmax - pmin) * (1 - Math.pow(Math.max(0, Math.min(1, t)), 1 / e));
    }

    @Override
    public Offer propose(Session s) {
        return model.offerAtLeast(s, s.utilityFor(target(s)));
    }

    @Override
    public double target(Session s) {
        return aspiration(s, s.time());
    }

    @Override
    public double aspiration(Session s, double t) {
        return target(s.best(), s.floor(), e, t);
    }
}
