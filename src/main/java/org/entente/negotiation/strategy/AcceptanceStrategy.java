package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/** The acceptance part of a negotiator (GENIUS BOA "A"): take {@code offer} or counter with {@code next}? */
public interface AcceptanceStrategy {
    boolean accepts(Session session, Offer offer, Offer next, double target);
}
