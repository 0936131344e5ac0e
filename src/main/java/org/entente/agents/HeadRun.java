package org.entente.agents;

import jade.lang.acl.ACLMessage;
import org.entente.negotiation.Head;
import org.entente.negotiation.HeadStep;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Request;
import org.entente.negotiation.StrategyFailure;
import org.entente.negotiation.Vote;
import org.entente.negotiation.WorldCache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run as a state's head agent carries it: the run's {@link Head} (the decision path), and the
 * poll of its official agents in progress. Translates the chair's CFP and REQUEST into calls on the
 * head, its consultations and ratification polls into QUERY_IF messages to the officials, and the
 * results back into replies. The chair waits for this head's answer before asking again, so at
 * most one poll is open.
 */
final class HeadRun {
    private final StateAgent agent;
    private final String setup;
    private final Head head;
    private Poll poll;

    /** An open poll: the chair's message to answer, whether it is a ratification, the package, the votes so far. */
    private static final class Poll {
        final ACLMessage call;
        final boolean ratify;
        final Offer offer;
        final Map<String, Vote> votes = new LinkedHashMap<>();
        int outstanding;
        int messages;

        Poll(ACLMessage call, boolean ratify, Offer offer) {
            this.call = call;
            this.ratify = ratify;
            this.offer = offer;
        }
    }

    HeadRun(StateAgent agent, String setup, WorldCache worlds) {
        this.agent = agent;
        this.setup = setup;
        ContentCodec.Setup s = ContentCodec.decodeSetup(setup);
        WorldCache.Point point = worlds.point(s.assignments());
        // only this head's party of the run's world is compiled: the others' true utilities are private
        PartyModel self = worlds.party(s.assignments(), s.seed(), agent.party());
        this.head = new Head(NegotiatorContext.of(point.config(), point.beliefs(), self, s.seed()), agent.strategy(),
                s.trace());
    }

    /** A CFP from the chair: the head answers, or first consults its officials. */
    void onCall(ACLMessage call) {
        if (refusedWhilePolling(call)) return;
        Request request;
        try {
            request = ContentCodec.decodeRequest(call.getContent());
        } catch (IllegalArgumentException e) {
            agent.refuse(call, ContentCodec.FailureKind.PROTOCOL, e.getMessage());
            return;
        }
        HeadStep step;
        try {
            step = head.onRequest(request);
        } catch (StrategyFailure e) {
            agent.refuse(call, ContentCodec.FailureKind.STRATEGY, e.getMessage());
            return;
        }
        if (step instanceof HeadStep.Answer a) answer(call, a, 0);
        else if (step instanceof HeadStep.Consult c) open(new Poll(call, false, c.offer()), c.officials());
    }

    /** A REQUEST from the chair: poll the officials on the agreement and report the votes. */
    void onRatify(ACLMessage call) {
        if (refusedWhilePolling(call)) return;
        Offer offer;
        try {
            offer = ContentCodec.offerOf(call.getContent());
        } catch (IllegalArgumentException e) {
            agent.refuse(call, ContentCodec.FailureKind.PROTOCOL, e.getMessage());
            return;
        }
        open(new Poll(call, true, offer), head.officials());
    }

    /** The chair waits for each answer before asking again: a new request during a poll breaks the protocol. */
    private boolean refusedWhilePolling(ACLMessage call) {
        if (poll == null) return false;
        agent.refuse(call, ContentCodec.FailureKind.PROTOCOL, "a request came while the officials are being polled");
        return true;
    }

    private void open(Poll p, List<OfficialModel> officials) {
        poll = p;
        p.outstanding = officials.size();
        if (p.outstanding == 0) {
            close();
            return;
        }
        String conv = p.call.getConversationId();
        String content = p.ratify ? ContentCodec.ratify(p.offer) : ContentCodec.consult(p.offer);
        for (OfficialModel o : officials) {
            ACLMessage q = Vocabulary.message(ACLMessage.QUERY_IF, agent.official(o.id()), conv, p.call.getProtocol(),
                    content);
            q.setReplyWith(conv + ":" + o.id());
            q.addUserDefinedParameter(Vocabulary.SETUP, setup);
            p.messages++;
            agent.send(q);
        }
    }

    /** An official's INFORM vote. */
    void onVote(ACLMessage m) {
        Poll p = poll;
        String official = officialOf(m);
        if (p == null || official == null || p.votes.containsKey(official)) return;
        try {
            p.votes.put(official, ContentCodec.decodeVote(m.getContent(), head.party(), official));
        } catch (IllegalArgumentException e) {
            poll = null;
            agent.refuse(p.call, ContentCodec.FailureKind.PROTOCOL, "official " + official + ": " + e.getMessage());
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
        agent.refuse(p.call, f.kind() == ContentCodec.FailureKind.PROTOCOL ? f.kind() : ContentCodec.FailureKind.UNREACHABLE,
                (who != null ? "official " + head.party() + "." + who : m.getSender().getLocalName()) + ": " + f.message());
    }

    private static String officialOf(ACLMessage m) {
        String irt = m.getInReplyTo();
        if (irt == null) return null;
        int colon = irt.lastIndexOf(':');
        return colon < 0 ? null : irt.substring(colon + 1);
    }

    /** Every official answered: report the party's votes, or let the head decide on its consultation. */
    private void close() {
        Poll p = poll;
        poll = null;
        List<Vote> votes = List.copyOf(p.votes.values());
        if (p.ratify) {
            ACLMessage r = p.call.createReply();
            r.setPerformative(ACLMessage.INFORM);
            r.setContent(ContentCodec.votes(head.votes(p.offer, votes), p.messages));
            agent.send(Vocabulary.direct(r));
            return;
        }
        HeadStep.Answer a;
        try {
            a = head.onConsultation(votes);
        } catch (StrategyFailure e) {
            agent.refuse(p.call, ContentCodec.FailureKind.STRATEGY, e.getMessage());
            return;
        }
        answer(p.call, a, p.messages);
    }

    private void answer(ACLMessage call, HeadStep.Answer a, int officialMessages) {
        ACLMessage r = call.createReply();
        r.setPerformative(Vocabulary.performativeOf(a.reply()));
        r.setContent(ContentCodec.encode(new ContentCodec.Answer(a.reply(), a.events(), officialMessages)));
        agent.send(Vocabulary.direct(r));
    }
}
