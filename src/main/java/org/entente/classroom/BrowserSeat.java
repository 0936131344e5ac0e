package org.entente.classroom;

import org.entente.negotiation.Negotiator;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's seat as their head agent's negotiator: each request of the mechanism becomes a
 * prompt in the student's browser and their action the reply. Officials are still consulted by the
 * head agent; only when they would not ratify what the student accepts is the student asked whether
 * to go ahead. A student who has left answers at once: walk away, or vote no.
 */
final class BrowserSeat implements Negotiator {
    private final Seat seat;
    private final List<String> parties;

    BrowserSeat(Seat seat, List<String> parties) {
        this.seat = seat;
        this.parties = List.copyOf(parties);
    }

    @Override
    public Reply onTurn(Request.Turn turn) {
        Map<String, Offer> offers = Map.of();
        if (turn.standing() != null && !seat.party().equals(turn.proposer())) {
            offers = Map.of(turn.proposer(), turn.standing());
            seat.reveal(turn.round() - 1 - turn.acceptedBy(), turn.proposer(), turn.standing(), "offer", "");
        }
        return reply(seat.ask(Prompt.Kind.TURN, turn.round(), offers, null, null, null));
    }

    @Override
    public Reply onSimultaneous(Request.Simultaneous request) {
        Map<String, Offer> others = new LinkedHashMap<>();
        for (String p : parties) {
            Offer o = request.offers().get(p);
            if (o == null || p.equals(seat.party())) continue;
            others.put(p, o);
            seat.reveal(request.round() - 1, p, o, "offer", "");
        }
        return reply(seat.ask(Prompt.Kind.SIMULTANEOUS, request.round(), others, null, null, null));
    }

    @Override
    public boolean onMutationVote(Request.MutationVote vote) {
        seat.reveal(vote.round(), "mediator", vote.proposal(), "propose_text", "mutation");
        return yes(seat.ask(Prompt.Kind.VOTE, vote.round(), Map.of(), vote.text(), vote.proposal(), null));
    }

    @Override
    public boolean onFinalVote(Request.FinalVote vote) {
        seat.reveal(vote.round(), "mediator", vote.text(), "propose_text", "final");
        return yes(seat.ask(Prompt.Kind.FINAL_VOTE, vote.round(), Map.of(), vote.text(), null, null));
    }

    @Override
    public boolean proceedDespite(Offer offer, Ratification forecast) {
        if (forecast.passed()) return true;
        Prompt last = seat.lastPrompt();
        int round = last != null ? last.round() : 0;
        return yes(seat.ask(Prompt.Kind.CONFIRM, round, Map.of(), offer, null, forecast));
    }

    @Override
    public Reply afterWithdrawal(Request request) {
        if (request instanceof Request.MutationVote || request instanceof Request.FinalVote) return new Reply.Ballot(false);
        Prompt last = seat.lastPrompt();
        Map<String, Offer> offers = last != null ? last.offers() : Map.of();
        return reply(seat.ask(Prompt.Kind.COUNTER, request.round(), offers, null, null, null));
    }

    private static Reply reply(Action a) {
        if (a instanceof Action.Propose p) return new Reply.Propose(p.offer());
        if (a instanceof Action.Accept acc) return new Reply.Accept(acc.proposer());
        return new Reply.EndNegotiation("student left: " + ((Action.Walk) a).reason());
    }

    private static boolean yes(Action a) {
        return a instanceof Action.Vote v && v.yes();
    }
}
