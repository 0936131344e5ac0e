package org.entente.agents;

import jade.lang.acl.ACLMessage;
import org.entente.negotiation.Agenda;
import org.entente.negotiation.Ask;
import org.entente.negotiation.Proceedings;
import org.entente.negotiation.Request;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.Vote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run as the chair agent carries it: opens the run with a CFP to the heads its first ask
 * concerns, then waits while the heads negotiate among themselves, until every head has reported
 * (its moves, its party's ratification votes, its message count). It replays the moves on its own
 * {@link Proceedings} — the record of the run: trace, ratification, outcome — and completes the
 * run. The chair fails it when its table has been silent too long; a head's FAILURE ends the run at once.
 */
final class ChairRun {
    private final ChairAgent chair;
    private final RunJob job;
    private final String conversation;
    private final String protocol;
    private final long startedNanos;
    private final String setup;
    private final List<String> parties;
    private final Proceedings proceedings;
    private final Replica record;
    /** Heads still to report, in party order. */
    private final Set<String> unreported;
    private final Map<String, List<Vote>> votes = new LinkedHashMap<>();
    private boolean over;
    private long messages;

    ChairRun(ChairAgent chair, RunJob job, String conversation, RunWorld world, long startedNanos) {
        this.chair = chair;
        this.job = job;
        this.conversation = conversation;
        this.startedNanos = startedNanos;
        this.protocol = Vocabulary.protocol(world.config().experiment().protocol());
        var r = job.request();
        this.setup = ContentCodec.encode(new ContentCodec.Setup(r.seed(), r.assignments(), r.trace()));
        this.parties = world.game().partyIds();
        this.unreported = new LinkedHashSet<>(parties);
        this.proceedings = new Proceedings(r, world);
        this.record = new Replica(null, proceedings, parties);
    }

    /** When the chair opened the run, on the service's clock. */
    long startedNanos() {
        return startedNanos;
    }

    /** Opens the run: a CFP with the run setup to each head of the first ask (none if the run is over before it starts). */
    void start() {
        if (!(record.agenda() instanceof Ask ask)) {
            complete();
            return;
        }
        for (Map.Entry<String, Request> e : ask.requests().entrySet()) {
            ACLMessage m = Vocabulary.message(ACLMessage.CFP, chair.headOf(e.getKey()), conversation, protocol,
                    ContentCodec.encode(e.getValue()));
            m.setReplyWith(conversation + ":" + e.getKey());
            m.addUserDefinedParameter(Vocabulary.SETUP, setup);
            messages++;
            chair.post(m);
        }
    }

    void onMessage(ACLMessage m) {
        if (over) return;
        String party = chair.partyOf(m.getSender());
        if (m.getPerformative() == ACLMessage.FAILURE) {
            onFailure(m, party);
            return;
        }
        if (m.getPerformative() != ACLMessage.INFORM || party == null || !unreported.contains(party)) return;
        try {
            ContentCodec.Report r = ContentCodec.decodeReport(m, party);
            record.receive(party, r.moves());
            if (r.votes() != null) votes.put(party, r.votes());
            messages += r.messages();
        } catch (IllegalArgumentException | IllegalStateException e) {
            fail(party + " sent a malformed report: " + e.getMessage(), false);
            return;
        }
        unreported.remove(party);
        if (unreported.isEmpty()) complete();
    }

    /** A head could not go on (or JADE could not deliver the chair's CFP): the run fails now. */
    private void onFailure(ACLMessage m, String party) {
        ContentCodec.Failure f = ContentCodec.decodeFailure(m.getContent());
        if (party != null) {
            fail(f.message(), f.kind() == ContentCodec.FailureKind.UNREACHABLE);
            return;
        }
        String irt = m.getInReplyTo();
        String to = irt != null && irt.startsWith(conversation + ":")
                ? chair.headOf(irt.substring(conversation.length() + 1)).getLocalName() : "a head";
        String text = f.message().length() > 300 ? f.message().substring(0, 300) + "..." : f.message();
        fail("message to " + to + " could not be delivered: " + text, true);
    }

    /** Every head has reported: ratify with the votes reported, then record the outcome. */
    private void complete() {
        Agenda agenda = record.agenda();
        if (agenda instanceof Ask ask) {
            fail("the heads' reports end before the run does (ask of " + String.join(", ", ask.requests().keySet())
                    + " unanswered)", false);
            return;
        }
        if (agenda instanceof Agenda.Ratify r) {
            for (String p : r.parties()) {
                List<Vote> v = votes.get(p);
                if (v == null) {
                    fail(p + " reported no ratification votes", false);
                    return;
                }
                proceedings.ratified(p, v);
            }
            proceedings.next();
        }
        end(proceedings.outcome(messages), false);
    }

    /** Its table has been silent for the run timeout: the run fails, naming the heads that have not reported. */
    void expire() {
        List<String> late = new ArrayList<>();
        for (String p : unreported) late.add(chair.headOf(p).getLocalName());
        fail("no report from " + String.join(", ", late) + " within " + chair.timeoutText(), true);
    }

    /** The chair is going away: fail without messaging. */
    void abandon(String reason) {
        if (over) return;
        over = true;
        job.complete(proceedings.failure(reason, messages), true);
    }

    /** Ends the run as failed and tells the heads still in it to drop it (CANCEL). */
    private void fail(String reason, boolean suspect) {
        for (String p : unreported) {
            messages++;
            chair.post(Vocabulary.message(ACLMessage.CANCEL, chair.headOf(p), conversation, protocol, Vocabulary.CANCEL));
        }
        end(proceedings.failure(reason, messages), suspect);
    }

    private void end(RunOutcome outcome, boolean suspect) {
        over = true;
        chair.ended(conversation);
        job.complete(outcome, suspect);
    }
}
