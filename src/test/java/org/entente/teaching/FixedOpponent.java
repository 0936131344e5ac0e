package org.entente.teaching;

import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;

/**
 * A predictable test opponent: always offers tariff=60 alignment=joint_statement, and accepts any
 * offer worth at least 0.5 to it.
 */
final class FixedOpponent implements Negotiator {
    static final Offer OFFER = new Offer(12, 1);
    private final NegotiatorContext context;

    FixedOpponent(NegotiatorContext context) {
        this.context = context;
    }

    @Override
    public Reply onTurn(Request.Turn turn) {
        if (turn.standing() != null && context.self().utility().of(turn.standing()) >= 0.5) {
            return new Reply.Accept(turn.proposer());
        }
        return new Reply.Propose(OFFER);
    }

    @Override
    public Reply onSimultaneous(Request.Simultaneous request) {
        return new Reply.Propose(OFFER);
    }

    @Override
    public boolean onMutationVote(Request.MutationVote vote) {
        return true;
    }

    @Override
    public boolean onFinalVote(Request.FinalVote vote) {
        return true;
    }

    @Override
    public boolean proceedDespite(Offer offer, Ratification forecast) {
        return true;
    }

    @Override
    public Reply afterWithdrawal(Request request) {
        return new Reply.Propose(OFFER);
    }
}
