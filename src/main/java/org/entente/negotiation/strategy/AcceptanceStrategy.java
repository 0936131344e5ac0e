package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/**
 * The acceptance part of a negotiator (GENIUS BOA "A"): take {@code offer}, which would be agreed
 * in round {@code agreedIn}, or counter now with {@code next}? {@code target} is the offering part's
 * target worth now. Asked only about offers the party may accept at all ({@link Session#mayAccept}).
 */
public interface AcceptanceStrategy {
    boolean accepts(Session session, Offer offer, int agreedIn, Offer next, double target);
}
