package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;
import org.entente.negotiation.WorldCache;
import org.entente.model.Seeds;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.Vote;
import org.entente.negotiation.strategy.Strategies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One run as a state's head sees it: its world, its negotiator (built on first contact), and the
 * poll of its officials in progress (a consultation before accepting, or a ratification vote).
 * The chair waits for this head's answer before asking again, so at most one poll is open.
 */
final class HeadRun {
    private final StateAgent head;
    private final String party;
    private final String setup;
    /** The run's design point: config and beliefs game (the run's outcome space is the beliefs'). */
    private final WorldCache.Point point;
    private final long runSeed;
    /** This head's party as perturbed for the run: the only party of the run's world it needs. */
    private final PartyModel self;
    private Negotiator negotiator;
    private Poll poll;

    /** An open poll: the chair's message to answer, what the head had decided, the votes so far. */
    private static final class Poll {
        ACLMessage call;
        Request request;
        Reply reply;
        Offer offer;
        boolean ratify;
        final Map<String, Vote> votes = new HashMap<>();
        int outstanding;
        int messages;
    }

    HeadRun(StateAgent head, String party, String setup, WorldCache worlds) {
        this.head = head;
        this.party = party;
        this.setup = setup;
        ContentCodec.Setup s = ContentCodec.decodeSetup(setup);
        this.runSeed = s.seed();
        this.self = worlds.party(s.assignments(), s.seed(), party);
        this.point = worlds.point(s.assignments());
    }

    private Negotiator negotiator() {
        if (negotiator == null) {
            var e = point.config().experiment();
            NegotiatorContext ctx = new NegotiatorContext(self, point.beliefs(), point.beliefs().space(), e.protocol(),
                    e.deadline(), point.config().scenario().partyIds(), point.config().strategyOf(party),
                    Seeds.random(runSeed, "strategy:" + party));
            Function<NegotiatorContext, Negotiator> f = head.override();
            negotiator = f != null ? f.apply(ctx) : Strategies.create(ctx);
        }
        return negotiator;
    }

    /** A CFP from the chair: ask the negotiator; consult the officials first if it accepts. */
    void onCall(ACLMessage call) {
        Request request;
        try {
            request = ContentCodec.decodeRequest(call.getContent());
        } catch (IllegalArgumentException e) {
            head.refuse(call, ContentCodec.FailureKind.PROTOCOL, e.getMessage());
            return;
        }
        Reply reply;
        Offer consult = null;
        try {
            Negotiator n = negotiator();
            if (request instanceof Request.Turn t) {
                reply = n.onTurn(t);
                if (reply instanceof Reply.Accept) consult = t.standing();
            } else if (request instanceof Request.Simultaneous s) {
                reply = n.onSimultaneous(s);
                if (reply instanceof Reply.Accept a && a.proposer() != null) consult = s.offers().get(a.proposer());
            } else if (request instanceof Request.MutationVote v) {
                reply = new Reply.Ballot(n.onMutationVote(v));
            } else {
                Request.FinalVote f = (Request.FinalVote) request;
                boolean yes = n.onFinalVote(f);
                reply = new Reply.Ballot(yes);
                if (yes) consult = f.text();
            }
            if (reply == null) throw new IllegalStateException("the negotiator gave no reply");
        } catch (RuntimeException e) {
            strategyFailed(call, e);
            return;
        }
        if (consult == null) {
            answer(call, new ContentCodec.Answer(reply, null, 0));
            return;
        }
        Poll p = new Poll();
        p.call = call;
        p.request = request;
        p.reply = reply;
        p.offer = consult;
        open(p);
    }

    /** A REQUEST from the chair: poll the officials on the agreement and report the votes. */
    void onRatify(ACLMessage call) {
        Poll p = new Poll();
        p.call = call;
        p.ratify = true;
        try {
            p.offer = ContentCodec.offerOf(call.getContent());
        } catch (IllegalArgumentException e) {
            head.refuse(call, ContentCodec.FailureKind.PROTOCOL, e.getMessage());
            return;
        }
        open(p);
    }

    private void open(Poll p) {
        poll = p;
        Map<String, AID> officials = head.officials();
        p.outstanding = officials.size();
        if (p.outstanding == 0) {
            close();
            return;
        }
        String conv = p.call.getConversationId();
        String content = p.ratify ? ContentCodec.ratify(p.offer) : ContentCodec.consult(p.offer);
        for (Map.Entry<String, AID> o : officials.entrySet()) {
            ACLMessage q = Vocabulary.message(ACLMessage.QUERY_IF, o.getValue(), conv, p.call.getProtocol(), content);
            q.setReplyWith(conv + ":" + o.getKey());
            q.addUserDefinedParameter(Vocabulary.SETUP, setup);
            p.messages++;
            head.send(q);
        }
    }

    /** An official's INFORM vote. */
    void onVote(ACLMessage m) {
        Poll p = poll;
        String official = officialOf(m);
        if (p == null || official == null || p.votes.containsKey(official)) return;
        try {
            p.votes.put(official, ContentCodec.decodeVote(m.getContent(), party, official));
        } catch (IllegalArgumentException e) {
            poll = null;
            head.refuse(p.call, ContentCodec.FailureKind.PROTOCOL, "official " + official + ": " + e.getMessage());
            return;
        }
        p.messages++;
        if (--p.outstanding == 0) close();
    }

    /** An official could not answer (or JADE could not deliver to it). */
    void onOfficialFailure(ACLMessage m) {
        Poll p = poll;
        if (p == null) return;
        poll = null;
        ContentCodec.Failure f = ContentCodec.decodeFailure(m.getContent());
        String who = officialOf(m);
        head.refuse(p.call, f.kind() == ContentCodec.FailureKind.PROTOCOL ? f.kind() : ContentCodec.FailureKind.UNREACHABLE,
                (who != null ? "official " + party + "." + who : m.getSender().getLocalName()) + ": " + f.message());
    }

    private String officialOf(ACLMessage m) {
        String irt = m.getInReplyTo();
        if (irt == null) return null;
        int colon = irt.lastIndexOf(':');
        return colon < 0 ? null : irt.substring(colon + 1);
    }

    /** Every official answered: the head adds its own vote, then reports or decides. */
    private void close() {
        Poll p = poll;
        poll = null;
        List<Vote> votes = new ArrayList<>(self.officials().size());
        for (OfficialModel o : self.officials()) {
            if (o.head()) {
                double u = o.utility().of(p.offer);
                votes.add(new Vote(party, o.id(), u >= o.reservation(), u));
            } else {
                Vote v = p.votes.get(o.id());
                if (v != null) votes.add(v);
            }
        }
        if (p.ratify) {
            ACLMessage r = p.call.createReply();
            r.setPerformative(ACLMessage.INFORM);
            r.setContent(ContentCodec.votes(votes, p.messages));
            head.send(Vocabulary.direct(r));
            return;
        }
        Ratification forecast = Ratification.decide(self, votes);
        Reply reply = p.reply;
        boolean proceed;
        try {
            proceed = negotiator.proceedDespite(p.offer, forecast);
            if (!proceed) {
                reply = negotiator.afterWithdrawal(p.request);
                if (reply == null || reply instanceof Reply.Accept
                        || (reply instanceof Reply.Ballot b && b.yes())) {
                    throw new IllegalStateException("withdrew its acceptance but then answered " + reply);
                }
            }
        } catch (RuntimeException e) {
            strategyFailed(p.call, e);
            return;
        }
        answer(p.call, new ContentCodec.Answer(reply,
                new ContentCodec.Consultation(p.offer, forecast.passed(), forecast.approvingShare(), proceed), p.messages));
    }

    private void answer(ACLMessage call, ContentCodec.Answer a) {
        ACLMessage r = call.createReply();
        r.setPerformative(Vocabulary.performativeOf(a.reply()));
        r.setContent(ContentCodec.encode(a));
        head.send(Vocabulary.direct(r));
    }

    private void strategyFailed(ACLMessage call, RuntimeException e) {
        String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        head.refuse(call, ContentCodec.FailureKind.STRATEGY, "strategy of " + party + " failed: " + why);
    }
}
