package org.entente.negotiation;

import java.util.Map;

/** What a mechanism (through the chair) asks of a party's head. */
public sealed interface Request {
    int round();

    /**
     * Alternating offers / SAOP: it is this party's turn. {@code standing} is the offer on the
     * table (null at the first turn), made by {@code proposer}; {@code acceptedBy} counts how many
     * parties have accepted it so far in this stack.
     */
    record Turn(int round, Offer standing, String proposer, int acceptedBy) implements Request {
    }

    /**
     * Monotonic concession: propose simultaneously. {@code offers} holds every party's offer of the
     * previous round (empty in round 0), including this party's own.
     */
    record Simultaneous(int round, Map<String, Offer> offers) implements Request {
    }

    /** Single text: the mediator proposes replacing {@code text} by {@code proposal}; vote yes or no. */
    record MutationVote(int round, Offer text, Offer proposal) implements Request {
    }

    /** Single text: the final vote on the negotiating text at the deadline. */
    record FinalVote(int round, Offer text) implements Request {
    }
}
