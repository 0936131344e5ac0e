package org.entente.negotiation;

/**
 * A party's strategy could not be built or threw while answering a request: the message names the
 * party and the round, so the failed run says what went wrong where.
 */
public final class StrategyFailure extends RuntimeException {

    public StrategyFailure(String party, int round, Throwable cause) {
        super("strategy of " + party + " failed: "
                + (cause.getMessage() != null ? cause.getMessage() : cause.toString()) + " (round " + round + ")", cause);
    }
}
