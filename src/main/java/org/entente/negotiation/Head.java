package org.entente.negotiation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A party's head in one run: the one decision path, used alike by the JADE head agent, the
 * in-process driver and the teaching seat. A request goes to the negotiator ({@link #onRequest});
 * when the answer commits the party (an accept, or a yes in the final vote) the head first consults
 * its officials on that package and, with their votes ({@link #onConsultation}), proceeds or
 * withdraws as its negotiator decides. Votes arrive from outside (ACL messages or direct calls), so
 * the same object serves a synchronous and an asynchronous poll. Officials vote the same way on the
 * same package all run long, so the head consults them once per package and run and remembers their
 * votes. The negotiator is built on the first request; a strategy that cannot be built or throws
 * becomes a {@link StrategyFailure}.
 */
public final class Head {
    private final NegotiatorContext context;
    private final Function<NegotiatorContext, Negotiator> factory;
    private final boolean tracing;
    private final List<OfficialModel> others;
    private Negotiator negotiator;
    /** The officials' votes on each package consulted on in this run. */
    private final Map<Offer, List<Vote>> consulted = new HashMap<>();
    /** The consultation in progress: the request, the answer it would give, the package. */
    private Request pendingRequest;
    private Reply pendingReply;
    private Offer pendingOffer;

    /**
     * @param factory builds the party's negotiator from its context (the configured strategy, or an
     *                override such as a student at the terminal)
     * @param tracing whether to record trace events (rounds.csv is wanted for this run)
     */
    public Head(NegotiatorContext context, Function<NegotiatorContext, Negotiator> factory, boolean tracing) {
        this.context = context;
        this.factory = factory;
        this.tracing = tracing;
        List<OfficialModel> o = new ArrayList<>();
        for (OfficialModel m : context.self().officials()) if (!m.head()) o.add(m);
        this.others = List.copyOf(o);
    }

    public String party() {
        return context.self().id();
    }

    /** The officials a poll asks: every official of the party but the head, who votes itself. */
    public List<OfficialModel> officials() {
        return others;
    }

    /**
     * Answers {@code request} at once, or asks to consult the officials on the package it would
     * commit to; a package they were consulted on before in this run is decided on with their votes
     * of then (the trace shows the consultation again, as if they had been asked).
     */
    public HeadStep onRequest(Request request) {
        if (pendingRequest != null) throw new IllegalStateException("a consultation of " + party() + " is still open");
        Reply reply = ask(request);
        Offer commitment = commitment(request, reply);
        if (commitment == null) return new HeadStep.Answer(reply, List.of());
        pendingRequest = request;
        pendingReply = reply;
        pendingOffer = commitment;
        List<Vote> known = consulted.get(commitment);
        if (known != null) return onConsultation(known);
        return new HeadStep.Consult(commitment, others);
    }

    /** The officials' votes on {@code offer} if they were consulted on it in this run (the head's own not included), else null. */
    public List<Vote> consulted(Offer offer) {
        return consulted.get(offer);
    }

    /**
     * The officials' votes on the package consulted on (in any order; the head adds its own): the
     * forecast of ratification, then the answer, kept if the negotiator proceeds, else its
     * replacement after a withdrawal.
     */
    public HeadStep.Answer onConsultation(List<Vote> officialVotes) {
        if (pendingRequest == null) throw new IllegalStateException("no consultation of " + party() + " is open");
        Request request = pendingRequest;
        Reply reply = pendingReply;
        Offer offer = pendingOffer;
        pendingRequest = null;
        pendingReply = null;
        pendingOffer = null;
        consulted.putIfAbsent(offer, List.copyOf(officialVotes));
        PartyModel self = context.self();
        Ratification forecast = Ratification.decide(self, votes(offer, officialVotes));
        List<TraceEvent> events = tracing ? new ArrayList<>(forecast.events("consult", request.round(), offer, self))
                : new ArrayList<>();
        try {
            if (negotiator.proceedDespite(offer, forecast)) return new HeadStep.Answer(reply, events);
            Reply instead = negotiator.afterWithdrawal(request);
            if (instead == null || commits(instead)) {
                throw new IllegalStateException("after withdrawing it must not accept again, but replied " + instead);
            }
            if (tracing) {
                String why = forecast.shortfall(self);
                events.add(new TraceEvent(request.round(), party(), "withdraw", offer,
                        why == null ? "officials would ratify" : "ratification would fail: " + why));
            }
            return new HeadStep.Answer(instead, events);
        } catch (StrategyFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StrategyFailure(party(), request.round(), e);
        }
    }

    /**
     * Every vote of the party on {@code offer}, in party order: the head's own and, for each other
     * official, its vote among {@code officialVotes} (an official that did not vote is left out).
     */
    public List<Vote> votes(Offer offer, List<Vote> officialVotes) {
        List<Vote> all = new ArrayList<>(context.self().officials().size());
        for (OfficialModel o : context.self().officials()) {
            if (o.head()) {
                all.add(o.vote(party(), offer));
                continue;
            }
            for (Vote v : officialVotes) {
                if (v.official().equals(o.id())) {
                    all.add(v);
                    break;
                }
            }
        }
        return all;
    }

    private Reply ask(Request request) {
        try {
            if (negotiator == null) negotiator = factory.apply(context);
            Reply reply;
            if (request instanceof Request.Turn t) reply = negotiator.onTurn(t);
            else if (request instanceof Request.Simultaneous s) reply = negotiator.onSimultaneous(s);
            else if (request instanceof Request.MutationVote v) reply = new Reply.Ballot(negotiator.onMutationVote(v));
            else reply = new Reply.Ballot(negotiator.onFinalVote((Request.FinalVote) request));
            if (reply == null) throw new IllegalStateException("the strategy returned no reply");
            return reply;
        } catch (StrategyFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StrategyFailure(party(), request.round(), e);
        }
    }

    /** The package {@code reply} commits the party to, on which it consults first; null if none. */
    private static Offer commitment(Request request, Reply reply) {
        if (reply instanceof Reply.Accept a) {
            if (request instanceof Request.Turn t) return t.standing();
            if (request instanceof Request.Simultaneous s && a.proposer() != null) return s.offers().get(a.proposer());
        }
        if (reply instanceof Reply.Ballot b && b.yes() && request instanceof Request.FinalVote f) return f.text();
        return null;
    }

    private static boolean commits(Reply reply) {
        return reply instanceof Reply.Accept || (reply instanceof Reply.Ballot b && b.yes());
    }
}
