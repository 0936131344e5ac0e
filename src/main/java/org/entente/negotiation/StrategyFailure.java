package org.entente.negotiation;

/**
 * A party's strategy threw while answering a request. Carries the party and the round so the run
 * can be reported as failed with a message the user can act on.
 */
public final class StrategyFailure extends RuntimeException {
    private final String party;

    public StrategyFailure(String party, int round, Throwable cause) {
        super("strategy of party " + party + " failed in round " + round + ": "
                + (cause.getMessage() != null ? cause.getMessage() : cause.toString()), cause);
        this.party = party;
    }

    public String party() {
        return party;
    }
}
