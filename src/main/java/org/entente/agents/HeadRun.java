package org.entente.agents;

import jade.lang.acl.ACLMessage;
import org.entente.negotiation.Agenda;
import org.entente.negotiation.Head;
import org.entente.negotiation.HeadStep;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Proceedings;
import org.entente.negotiation.Request;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.StrategyFailure;
import org.entente.negotiation.Vote;
import org.entente.negotiation.WorldCache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run as a state's head agent carries it: the run's {@link Head} (the decision path), its
 * {@link Replica} of the run's course, and the poll of its official agents in progress. The head
 * plays when its replica says it is asked, sends its moves straight to the heads that need them,
 * consults its officials on a package only the first time in the run, and once the run is over
 * ratifies (polling its officials unless it consulted them on the agreement) and reports to the
 * chair. Problems it cannot settle (a malformed message, an official out of reach) go to the chair
 * as FAILURE; the chair then ends the run.
 */
final class HeadRun {
    private final StateAgent agent;
    private final String conversation;
    private final String protocol;
    private final String setup;
    private final Head head;
    private final Replica replica;
    private Poll poll;
    /** Whether this head has begun to follow the run (from the chair's CFP or a peer's first moves). */
    private boolean started;
    /** Messages this head sent in the run, its officials' replies included. */
    private int messages;
    private boolean closed;

    /** An open poll of the officials on a package: to consult on it (a move waits for it) or to ratify it. */
    private static final class Poll {
        final boolean ratify;
        final Offer offer;
        final Map<String, Vote> votes = new LinkedHashMap<>();
        int outstanding;

        Poll(boolean ratify, Offer offer) {
            this.ratify = ratify;
            this.offer = offer;
        }
    }

    HeadRun(StateAgent agent, String conversation, String protocol, String setup, WorldCache worlds) {
        this.agent = agent;
        this.conversation = conversation;
        this.protocol = protocol;
        this.setup = setup;
        ContentCodec.Setup s = ContentCodec.decodeSetup(setup);
        WorldCache.Point point = worlds.point(s.assignments());
        // only this head's party of the run's world is compiled: the others' true utilities are private
        PartyModel self = worlds.party(s.assignments(), s.seed(), agent.party());
        this.head = new Head(NegotiatorContext.of(point.config(), point.beliefs(), self, s.seed()), agent.strategy(),
                s.trace());
        // the mechanism needs only what everyone knows: parties, outcome space, protocol, deadline, mediator stream
        RunWorld known = new RunWorld(point.config(), s.seed(), point.config().scenario(), point.beliefs(), point.beliefs());
        RunRequest request = new RunRequest(Vocabulary.runId(conversation), 0, 0, s.seed(), s.assignments(), false);
        List<String> parties = point.beliefs().partyIds();
        this.replica = new Replica(agent.party(), new Proceedings(request, known), parties);
    }

    /**
     * The chair's CFP opening the run: this head must be among those its replica asks first. Under a
     * simultaneous protocol a peer's move may have reached it first, and it has played already.
     */
    void onStart(ACLMessage cfp) {
        if (started) return;
        Request asked;
        try {
            asked = ContentCodec.decodeRequest(cfp.getContent());
        } catch (IllegalArgumentException e) {
            abort(ContentCodec.FailureKind.PROTOCOL, e.getMessage());
            return;
        }
        if (!asked.equals(replica.due())) {
            abort(ContentCodec.FailureKind.PROTOCOL, "the chair asked " + ContentCodec.encode(asked) + " but the run asks "
                    + (replica.due() == null ? "nothing of " + head.party() : ContentCodec.encode(replica.due())));
            return;
        }
        proceed();
    }

    /** Moves from the head of {@code party}. */
    void onMoves(String party, ACLMessage m) {
        List<Replica.Parcel> out;
        try {
            out = replica.receive(party, ContentCodec.decodeMoves(m));
        } catch (IllegalArgumentException | IllegalStateException e) {
            abort(ContentCodec.FailureKind.PROTOCOL, "from " + party + ": " + e.getMessage());
            return;
        }
        send(out);
        proceed();
    }

    /** Plays while the replica asks this head something and no poll is open; reports once the run is over. */
    private void proceed() {
        started = true;
        while (!closed && poll == null) {
            Request request = replica.due();
            if (request == null) {
                if (replica.over()) finish();
                return;
            }
            HeadStep step;
            try {
                step = head.onRequest(request);
            } catch (StrategyFailure e) {
                send(replica.fail(e.getMessage()));
                continue;
            }
            if (step instanceof HeadStep.Consult c) {
                open(new Poll(false, c.offer()), c.officials());
                return;
            }
            send(replica.play((HeadStep.Answer) step));
        }
    }

    /** The run is over for this head: ratify the agreement, if there is one, then report. */
    private void finish() {
        if (replica.agenda() instanceof Agenda.Ratify r) {
            List<Vote> known = head.consulted(r.offer());
            if (known == null) {
                open(new Poll(true, r.offer()), head.officials());
                return;
            }
            report(head.votes(r.offer(), known));
            return;
        }
        report(null);
    }

    private void report(List<Vote> votes) {
        closed = true;
        messages++;
        ACLMessage m = Vocabulary.message(ACLMessage.INFORM, agent.chair(), conversation, protocol,
                new ContentCodec.Report(messages, votes, replica.own()), ContentCodec.REPORT);
        agent.post(m);
        agent.ended(conversation);
    }

    private void send(List<Replica.Parcel> parcels) {
        for (Replica.Parcel p : parcels) {
            Move last = p.moves().get(p.moves().size() - 1);
            int performative = last instanceof Move.Answered a ? Vocabulary.performativeOf(a.answer().reply())
                    : ACLMessage.FAILURE;
            ACLMessage m = Vocabulary.message(performative, agent.headOf(p.to()), conversation, protocol,
                    p.moves(), ContentCodec.MOVES);
            if (p.introduce()) m.addUserDefinedParameter(Vocabulary.SETUP, setup);
            messages++;
            agent.post(m);
        }
    }

    private void open(Poll p, List<OfficialModel> officials) {
        poll = p;
        p.outstanding = officials.size();
        if (p.outstanding == 0) {
            close();
            return;
        }
        String content = p.ratify ? ContentCodec.ratify(p.offer) : ContentCodec.consult(p.offer);
        for (OfficialModel o : officials) {
            ACLMessage q = Vocabulary.message(ACLMessage.QUERY_IF, agent.official(o.id()), conversation, protocol, content);
            q.setReplyWith(conversation + ":" + o.id());
            q.addUserDefinedParameter(Vocabulary.SETUP, setup);
            messages++;
            agent.post(q);
        }
    }

    /** An official's INFORM vote. */
    void onVote(ACLMessage m) {
        Poll p = poll;
        String official = officialOf(m);
        if (p == null || official == null || p.votes.containsKey(official)) return;
        try {
            p.votes.put(official, ContentCodec.decodeVote(m, head.party(), official));
        } catch (IllegalArgumentException e) {
            abort(ContentCodec.FailureKind.PROTOCOL, "official " + official + ": " + e.getMessage());
            return;
        }
        messages++;
        if (--p.outstanding == 0) close();
    }

    /** An official could not answer, or JADE could not deliver a message of this head. */
    void onFailure(ACLMessage m) {
        ContentCodec.Failure f = ContentCodec.decodeFailure(m.getContent());
        String who = officialOf(m);
        abort(f.kind() == ContentCodec.FailureKind.PROTOCOL ? f.kind() : ContentCodec.FailureKind.UNREACHABLE,
                (who != null ? "official " + head.party() + "." + who : m.getSender().getLocalName()) + ": " + f.message());
    }

    private static String officialOf(ACLMessage m) {
        String irt = m.getInReplyTo();
        if (irt == null) return null;
        int colon = irt.lastIndexOf(':');
        return colon < 0 ? null : irt.substring(colon + 1);
    }

    /** Every official answered: report the ratification, or let the head decide on its consultation and go on. */
    private void close() {
        Poll p = poll;
        poll = null;
        List<Vote> votes = List.copyOf(p.votes.values());
        if (p.ratify) {
            report(head.votes(p.offer, votes));
            return;
        }
        try {
            send(replica.play(head.onConsultation(votes)));
        } catch (StrategyFailure e) {
            send(replica.fail(e.getMessage()));
        }
        proceed();
    }

    /** Tells the chair why this head cannot go on with the run, and forgets it. */
    private void abort(ContentCodec.FailureKind kind, String why) {
        if (closed) return;
        closed = true;
        poll = null;
        agent.complain(conversation, protocol, kind, why);
        agent.ended(conversation);
    }
}
