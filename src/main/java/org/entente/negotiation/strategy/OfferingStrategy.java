package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/** The bidding part of a negotiator (GENIUS BOA "B"): which offer to make now. */
public interface OfferingStrategy {

    /** The offer to make at the session's current round; called once per own move. */
    Offer propose(Session session);

    /** The worth it currently aims at (AC_target of the acceptance part). */
    double target(Session session);

    /**
     * Its concession curve at normalised time t in [0, 1] (as worth in the current round), for
     * mediated votes where no offers are exchanged; by default linear from Pmax to Pmin.
     */
    default double aspiration(Session session, double t) {
        return session.floor() + (session.best() - session.floor()) * (1 - t);
    }

    /**
     * Under monotonic concession, when it would repeat its previous offer: whether to make the
     * smallest concession along its candidates instead (so that the protocol's no-concession
     * conflict rule does not end the talks early). Parts with a concession rule of their own say no.
     */
    default boolean stepsDownWhenRepeating() {
        return true;
    }

    /**
     * Whether it expects no agreement worth its reservation from here on although it could still
     * propose one (it knows the others would refuse); it then breaks off like a hopeless party.
     */
    default boolean expectsNothing(Session session) {
        return false;
    }
}
