package org.entente.negotiation;

import java.util.ArrayList;
import java.util.List;

/**
 * How a party's head answers one request, shared by the JADE head agent and the local service:
 * <ol>
 *   <li>{@link #answer}: ask the negotiator (a vote becomes {@link Reply.Ballot}); a strategy that
 *       throws becomes a {@link StrategyFailure} naming the party;</li>
 *   <li>{@link #toConsult}: when the answer commits the party (an Accept, or a yes in the final
 *       vote), the package it commits to — the head consults its officials on it first;</li>
 *   <li>{@link #afterConsultation}: with the officials' forecast, keep the answer when the
 *       negotiator {@code proceedDespite} it, else take its {@code afterWithdrawal} instead.</li>
 * </ol>
 * {@link #decide} runs all three with the party's own forecast (no messages).
 */
public final class HeadDecision {
    private HeadDecision() {
    }

    /** The negotiator's first answer to {@code request}. */
    public static Reply answer(String party, Negotiator negotiator, Request request) {
        try {
            Reply reply;
            if (request instanceof Request.Turn t) reply = negotiator.onTurn(t);
            else if (request instanceof Request.Simultaneous s) reply = negotiator.onSimultaneous(s);
            else if (request instanceof Request.MutationVote v) reply = new Reply.Ballot(negotiator.onMutationVote(v));
            else if (request instanceof Request.FinalVote f) reply = new Reply.Ballot(negotiator.onFinalVote(f));
            else throw new IllegalArgumentException("unknown request " + request);
            if (reply == null) throw new IllegalStateException("the strategy returned no reply");
            return reply;
        } catch (StrategyFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StrategyFailure(party, request.round(), e);
        }
    }

    /** The package a reply commits the party to, on which it must consult its officials; null if none. */
    public static Offer toConsult(Request request, Reply reply) {
        if (reply instanceof Reply.Accept a) {
            if (request instanceof Request.Turn t) return t.standing();
            if (request instanceof Request.Simultaneous s) return s.offers().get(a.proposer());
        }
        if (reply instanceof Reply.Ballot b && b.yes() && request instanceof Request.FinalVote f) return f.text();
        return null;
    }

    /** The final reply once the officials' {@code forecast} on {@code offer} is known. */
    public static Reply afterConsultation(String party, Negotiator negotiator, Request request, Reply reply,
                                          Offer offer, Ratification forecast) {
        try {
            if (negotiator.proceedDespite(offer, forecast)) return reply;
            Reply instead = negotiator.afterWithdrawal(request);
            if (instead == null || instead instanceof Reply.Accept
                    || (instead instanceof Reply.Ballot b && b.yes())) {
                throw new IllegalStateException("after withdrawing it must not accept again, but replied " + instead);
            }
            return instead;
        } catch (StrategyFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StrategyFailure(party, request.round(), e);
        }
    }

    /** Trace events of a consultation: one {@code consult} per official ("<official> yes|no"). */
    public static List<TraceEvent> consultation(int round, Offer offer, Ratification forecast) {
        return votes("consult", round, offer, forecast);
    }

    /** Trace events of a ratification: one {@code ratify} per official ("<official> yes|no"). */
    public static List<TraceEvent> ratification(int round, Offer offer, Ratification r) {
        return votes("ratify", round, offer, r);
    }

    private static List<TraceEvent> votes(String action, int round, Offer offer, Ratification r) {
        List<TraceEvent> out = new ArrayList<>();
        for (Vote v : r.votes()) {
            out.add(new TraceEvent(round, r.party(), action, offer, v.official() + (v.approve() ? " yes" : " no")));
        }
        return out;
    }

    /**
     * Answer, consult and decide in one go with the party's own forecast; consultation events
     * (and a {@code withdraw} event when the head backs out) are appended to {@code events}.
     */
    public static Reply decide(PartyModel self, Negotiator negotiator, Request request, List<TraceEvent> events) {
        Reply reply = answer(self.id(), negotiator, request);
        Offer offer = toConsult(request, reply);
        if (offer == null) return reply;
        Ratification forecast = self.forecast(offer);
        events.addAll(consultation(request.round(), offer, forecast));
        Reply result = afterConsultation(self.id(), negotiator, request, reply, offer, forecast);
        if (result != reply) {
            events.add(new TraceEvent(request.round(), self.id(), "withdraw", offer, "officials would not ratify"));
        }
        return result;
    }
}
