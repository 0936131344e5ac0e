package org.entente.negotiation.protocol;

/**
 * A party's reply broke the protocol's rules (an offer outside the grid, an accept with nothing to
 * accept, a reply of the wrong kind). Thrown from {@code Mechanism.onReplies}; the caller turns it
 * into a failed run whose error is this message.
 */
public final class ProtocolViolation extends RuntimeException {
    private final String party;

    public ProtocolViolation(String party, String message) {
        super(party + ": " + message);
        this.party = party;
    }

    /** The party whose reply broke the rules. */
    public String party() {
        return party;
    }
}
