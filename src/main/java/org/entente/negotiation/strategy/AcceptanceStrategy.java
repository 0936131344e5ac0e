package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/**
 * The acceptance part of a negotiator (GENIUS BOA "A"): take {@code offer} or counter with
 * {@code next}? Asked only about offers the party may accept at all ({@link Session#mayAccept}).
 */
public interface AcceptanceStrategy {
    boolean accepts(Session session, Offer offer, Offer next, double target);
}
