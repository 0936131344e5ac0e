package org.entente.agents;

import org.entente.negotiation.Negotiator;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;

/** A test head that makes one offer, take it or leave it: it never accepts and votes only for it. */
final class FixedOfferNegotiator implements Negotiator {
    private final Offer offer;

    FixedOfferNegotiator(Offer offer) {
        this.offer = offer;
    }

    @Override
    public Reply onTurn(Request.Turn turn) {
        return new Reply.Propose(offer);
    }

    @Override
    public Reply onSimultaneous(Request.Simultaneous request) {
        return new Reply.Propose(offer);
    }

    @Override
    public boolean onMutationVote(Request.MutationVote vote) {
        return vote.proposal().equals(offer);
    }

    @Override
    public boolean onFinalVote(Request.FinalVote vote) {
        return vote.text().equals(offer);
    }

    @Override
    public boolean proceedDespite(Offer o, Ratification forecast) {
        return true;
    }

    @Override
    public Reply afterWithdrawal(Request request) {
        return new Reply.Propose(offer);
    }
}
