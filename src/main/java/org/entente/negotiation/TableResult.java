package org.entente.negotiation;

/**
 * How the negotiation ended at the table (before ratification). {@code round} is the round of the
 * agreement (t in the discount), {@code rounds} how many rounds were played; {@code reason} says
 * why it ended (accepted, deadline, breakoff, conflict, ...).
 */
public record TableResult(boolean agreed, Offer offer, int round, int rounds, String reason) implements Step {

    /** No agreement after {@code rounds} rounds, for {@code reason}. */
    public static TableResult noAgreement(int rounds, String reason) {
        return new TableResult(false, null, -1, rounds, reason);
    }
}
