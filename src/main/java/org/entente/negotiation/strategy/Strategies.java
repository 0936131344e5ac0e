package org.entente.negotiation.strategy;

import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;

/** Builds a party's negotiator from its strategy spec (docs/strategies.md). */
public final class Strategies {
    private Strategies() {
    }

    public static Negotiator create(NegotiatorContext context) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
