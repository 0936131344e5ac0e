package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;
import org.entente.negotiation.Agenda;
import org.entente.negotiation.Ask;
import org.entente.negotiation.HeadStep;
import org.entente.negotiation.Proceedings;
import org.entente.negotiation.Request;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One run as the chair agent carries it: turns each item of the run's {@link Proceedings} into ACL
 * messages to the heads (CFP to answer a request, REQUEST to ratify) and their replies back into
 * calls on it; bounds the run by its deadline in wall-clock time; counts the messages.
 */
final class ChairRun {
    private final ChairAgent chair;
    private final RunJob job;
    private final String conversation;
    private final String protocol;
    private final long deadlineNanos;
    private final String setup;
    private final Proceedings proceedings;

    private final Set<String> contacted = new LinkedHashSet<>();
    /** reply-with of each outstanding message -> the party that owes the answer. */
    private final Map<String, String> waiting = new LinkedHashMap<>();
    private boolean over;
    private long messages;
    private int sequence;

    ChairRun(ChairAgent chair, RunJob job, String conversation, RunWorld world, long deadlineNanos) {
        this.chair = chair;
        this.job = job;
        this.conversation = conversation;
        this.deadlineNanos = deadlineNanos;
        this.protocol = Vocabulary.protocol(world.config().experiment().protocol());
        var r = job.request();
        this.setup = ContentCodec.encode(new ContentCodec.Setup(r.seed(), r.assignments(), r.trace()));
        this.proceedings = new Proceedings(r, world);
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    void start() {
        act(proceedings.next());
    }

    /** Sends what the proceedings ask for, or ends the run. */
    private void act(Agenda agenda) {
        if (agenda instanceof Ask ask) {
            for (Map.Entry<String, Request> e : ask.requests().entrySet()) {
                send(ACLMessage.CFP, e.getKey(), ContentCodec.encode(e.getValue()));
            }
        } else if (agenda instanceof Agenda.Ratify r) {
            String content = ContentCodec.ratify(r.offer());
            for (String p : r.parties()) send(ACLMessage.REQUEST, p, content);
        } else {
            RunOutcome outcome = proceedings.outcome(messages + contacted.size());
            if (outcome.failed()) end(outcome, Vocabulary.CANCEL, ACLMessage.CANCEL, false);
            else end(outcome, Vocabulary.DONE, ACLMessage.INFORM, false);
        }
    }

    private void send(int performative, String party, String content) {
        AID to = chair.headOf(party);
        ACLMessage m = Vocabulary.message(performative, to, conversation, protocol, content);
        String replyWith = conversation + "." + (sequence++);
        m.setReplyWith(replyWith);
        if (contacted.add(party)) m.addUserDefinedParameter(Vocabulary.SETUP, setup);
        waiting.put(replyWith, party);
        messages++;
        chair.send(m);
    }

    void onMessage(ACLMessage m) {
        if (over) return;
        String party = m.getInReplyTo() == null ? null : waiting.remove(m.getInReplyTo());
        if (m.getPerformative() == ACLMessage.FAILURE) {
            if (party != null) messages++;
            if (!onFailure(m, party)) return;
        } else {
            if (party == null) return; // stale or unsolicited: not part of this run's course
            messages++;
            try {
                if (m.getPerformative() == ACLMessage.INFORM) {
                    proceedings.ratified(party, ContentCodec.decodeVotes(m.getContent(), party));
                    messages += ContentCodec.messagesOf(m.getContent());
                } else {
                    ContentCodec.Answer a = ContentCodec.decodeAnswer(m.getContent());
                    proceedings.answered(party, new HeadStep.Answer(a.reply(), a.events()));
                    messages += a.officialMessages();
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                fail(party + " sent a malformed message: " + e.getMessage(), false);
                return;
            }
        }
        if (waiting.isEmpty()) act(proceedings.next());
    }

    /** A FAILURE reply: a head's strategy failure is its answer (true); anything else fails the run now (false). */
    private boolean onFailure(ACLMessage m, String party) {
        ContentCodec.Failure f = ContentCodec.decodeFailure(m.getContent());
        String who = m.getSender() == null ? "?" : m.getSender().getLocalName();
        switch (f.kind()) {
            case STRATEGY -> {
                if (party == null) {
                    fail(f.message(), false);
                    return false;
                }
                proceedings.failed(party, f.message());
                return true;
            }
            case PROTOCOL -> fail(who + ": " + f.message(), false);
            case UNREACHABLE -> {
                String text = f.message().length() > 300 ? f.message().substring(0, 300) + "..." : f.message();
                fail("message to " + (party != null ? chair.headOf(party).getLocalName() : "an agent")
                        + " could not be delivered (" + who + "): " + text, true);
            }
        }
        return false;
    }

    /** Fails the run if its time is up; returns whether it did. */
    boolean expire(long nowNanos) {
        if (over || nowNanos - deadlineNanos < 0) return false;
        String late = waiting.isEmpty() ? null : waiting.values().iterator().next();
        String who = late == null ? "the table" : chair.headOf(late).getLocalName();
        fail("no reply from " + who + " within " + chair.timeoutText(), true);
        return true;
    }

    /** The chair is going away: fail without messaging. */
    void abandon(String reason) {
        if (over) return;
        over = true;
        job.complete(proceedings.failure(reason, messages), true);
    }

    private void fail(String reason, boolean suspect) {
        end(proceedings.failure(reason, messages + contacted.size()), Vocabulary.CANCEL, ACLMessage.CANCEL, suspect);
    }

    /** Tells every head that took part that the run is over, so it drops its state; forgets the run; completes it. */
    private void end(RunOutcome outcome, String content, int performative, boolean suspect) {
        over = true;
        waiting.clear();
        for (String p : contacted) {
            chair.send(Vocabulary.message(performative, chair.headOf(p), conversation, protocol, content));
        }
        chair.ended(conversation);
        job.complete(outcome, suspect);
    }
}
