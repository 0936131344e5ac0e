package org.entente.negotiation;

/**
 * A party's head as a decision maker: answers the mechanism's requests. Implementations are
 * compositions of an offering strategy, an acceptance strategy and an opponent model
 * (GENIUS BOA, NegMAS), created by {@code org.entente.negotiation.strategy.Strategies}.
 * One instance per party per run; it may keep state across requests of that run.
 */
public interface Negotiator {
    Reply onTurn(Request.Turn turn);

    Reply onSimultaneous(Request.Simultaneous request);

    boolean onMutationVote(Request.MutationVote vote);

    boolean onFinalVote(Request.FinalVote vote);

    /**
     * The head consulted its officials before accepting or finalising {@code offer} and got
     * {@code forecast}. Return true to go ahead anyway (a head that ignores its officials),
     * false to withdraw (two-level aware).
     */
    boolean proceedDespite(Offer offer, Ratification forecast);

    /** After withdrawing an acceptance in answer to {@code request}: what to do instead (never Accept). */
    Reply afterWithdrawal(Request request);
}
