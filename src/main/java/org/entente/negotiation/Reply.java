package org.entente.negotiation;

/** A head's answer to a {@link Request}. */
public sealed interface Reply {

    /** Makes (or, under monotonic concession, keeps) an offer. */
    record Propose(Offer offer) implements Reply {
    }

    /** Accepts the offer made by {@code proposer}. */
    record Accept(String proposer) implements Reply {
    }

    /** Walks away; the negotiation ends without agreement. */
    record EndNegotiation(String reason) implements Reply {
    }

    /** A yes/no vote (single text). */
    record Ballot(boolean yes) implements Reply {
    }
}
