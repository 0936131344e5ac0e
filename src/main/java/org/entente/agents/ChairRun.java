package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;
import org.entente.negotiation.Ask;
import org.entente.negotiation.Mechanism;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.Step;
import org.entente.negotiation.TableResult;
import org.entente.negotiation.TraceEvent;
import org.entente.negotiation.Vote;
import org.entente.negotiation.protocol.Mechanisms;
import org.entente.model.Seeds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run as the chair sees it: the mechanism, the requests sent and replies awaited, the
 * consultations the heads reported, and the ratification votes. Determinism: the mechanism is
 * only advanced once every asked head has answered, in the mechanism's own order.
 */
final class ChairRun {
    private static final int MAX_EMPTY_ASKS = 1_000_000;

    private final ChairAgent chair;
    private final RunJob job;
    private final String conversation;
    private final String protocol;
    private final RunWorld world;
    private final Mechanism mechanism;
    private final long deadlineNanos;
    private final String setup;
    private final List<String> parties;

    private final Set<String> contacted = new LinkedHashSet<>();
    /** reply-with of each outstanding message -> the party that owes the answer. */
    private final Map<String, String> waiting = new LinkedHashMap<>();
    private final Map<String, Reply> replies = new HashMap<>();
    private final Map<String, Integer> askedRound = new HashMap<>();
    private List<String> askOrder = List.of();
    private final List<TraceEvent> consultations = new ArrayList<>();
    /** Consultations reported with the replies to the current ask, recorded in ask order once all are in. */
    private final Map<String, TraceEvent> pendingConsultations = new java.util.HashMap<>();
    private final Map<String, Ratification> ratifications = new HashMap<>();
    private TableResult table;
    private boolean ratifying;
    private boolean over;
    private long messages;
    private int sequence;

    ChairRun(ChairAgent chair, RunJob job, String conversation, RunWorld world, long deadlineNanos) {
        this.chair = chair;
        this.job = job;
        this.conversation = conversation;
        this.world = world;
        this.deadlineNanos = deadlineNanos;
        this.protocol = Vocabulary.protocol(world.config().experiment().protocol());
        this.parties = world.scenario().partyIds();
        this.setup = ContentCodec.encode(new ContentCodec.Setup(job.request().seed(), job.request().assignments()));
        this.mechanism = Mechanisms.create(world.config().experiment().protocol(), parties, world.game().space(),
                world.config().experiment().deadline(), Seeds.random(job.request().seed(), "mediator"));
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    void start() {
        advance();
    }

    /** Runs the mechanism until it asks someone something or ends at the table. */
    private void advance() {
        for (int empty = 0; empty < MAX_EMPTY_ASKS; empty++) {
            Step step;
            try {
                step = mechanism.next();
            } catch (RuntimeException e) {
                fail(message(e), false);
                return;
            }
            if (step instanceof Ask ask) {
                if (ask.requests().isEmpty()) {
                    if (!deliver(Map.of())) return;
                    continue;
                }
                askOrder = new ArrayList<>(ask.requests().keySet());
                replies.clear();
                for (Map.Entry<String, Request> e : ask.requests().entrySet()) {
                    askedRound.put(e.getKey(), e.getValue().round());
                    send(ACLMessage.CFP, e.getKey(), ContentCodec.encode(e.getValue()));
                }
                return;
            }
            table = (TableResult) step;
            if (!table.agreed()) {
                finish();
                return;
            }
            ratifying = true;
            askOrder = parties;
            for (String p : parties) send(ACLMessage.REQUEST, p, ContentCodec.ratify(table.offer()));
            return;
        }
        fail("the protocol asked nobody anything " + MAX_EMPTY_ASKS + " times in a row", false);
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
            onFailure(m, party);
            return;
        }
        if (party == null) return; // stale or unsolicited: not part of this run's course
        messages++;
        try {
            if (ratifying) {
                onVotes(party, m);
            } else {
                ContentCodec.Answer a = ContentCodec.decodeAnswer(m.getContent());
                replies.put(party, a.reply());
                messages += a.officialMessages();
                if (a.consultation() != null) pendingConsultations.put(party, consultEvent(party, a.consultation()));
            }
        } catch (IllegalArgumentException e) {
            fail(party + " sent a malformed message: " + e.getMessage(), false);
            return;
        }
        if (!waiting.isEmpty()) return;
        if (ratifying) {
            finish();
            return;
        }
        recordConsultations();
        Map<String, Reply> ordered = new LinkedHashMap<>();
        for (String p : askOrder) ordered.put(p, replies.get(p));
        if (deliver(ordered)) advance();
    }

    private boolean deliver(Map<String, Reply> ordered) {
        try {
            mechanism.onReplies(ordered);
            return true;
        } catch (RuntimeException e) {
            fail(message(e), false);
            return false;
        }
    }

    private void onVotes(String party, ACLMessage m) {
        List<Vote> votes = ContentCodec.decodeVotes(m.getContent(), party);
        messages += ContentCodec.messagesOf(m.getContent());
        ratifications.put(party, Ratification.decide(world.game().party(party), votes));
    }

    private void onFailure(ACLMessage m, String party) {
        ContentCodec.Failure f = ContentCodec.decodeFailure(m.getContent());
        String who = m.getSender() == null ? "?" : m.getSender().getLocalName();
        if (party != null) messages++;
        switch (f.kind()) {
            case STRATEGY -> fail(f.message(), false);
            case PROTOCOL -> fail(who + ": " + f.message(), false);
            case UNREACHABLE -> {
                String text = f.message().length() > 300 ? f.message().substring(0, 300) + "..." : f.message();
                fail("message to " + (party != null ? chair.headOf(party).getLocalName() : "an agent")
                        + " could not be delivered (" + who + "): " + text, true);
            }
        }
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
        job.complete(RunOutcome.failure(job.request(), reason, trace(), messages), true);
    }

    private void finish() {
        List<Ratification> rs = new ArrayList<>();
        if (table.agreed()) for (String p : parties) rs.add(ratifications.get(p));
        List<TraceEvent> trace = trace();
        close(Vocabulary.DONE, ACLMessage.INFORM);
        job.complete(new RunOutcome(job.request(), table, rs, trace, false, null, messages), false);
    }

    private void fail(String reason, boolean suspect) {
        List<TraceEvent> trace = trace();
        close(Vocabulary.CANCEL, ACLMessage.CANCEL);
        job.complete(RunOutcome.failure(job.request(), reason, trace, messages), suspect);
    }

    /** Tells every head that took part that the run is over, so it drops its state; forgets the run. */
    private void close(String content, int performative) {
        over = true;
        waiting.clear();
        for (String p : contacted) {
            messages++;
            chair.send(Vocabulary.message(performative, chair.headOf(p), conversation, protocol, content));
        }
        chair.ended(conversation);
    }

    private TraceEvent consultEvent(String party, ContentCodec.Consultation c) {
        int round = askedRound.getOrDefault(party, 0);
        String detail = "forecast " + (c.passed() ? "pass" : "fail") + " " + share(c.share()) + ", "
                + (c.proceed() ? "proceed" : "withdraw");
        return new TraceEvent(round, party, "consult", c.offer(), detail);
    }

    private static String share(double s) {
        return String.format(java.util.Locale.ROOT, "%.3f", s);
    }

    /** Moves the current ask's consultations into the record in ask order, never arrival order. */
    private void recordConsultations() {
        if (pendingConsultations.isEmpty()) return;
        for (String p : askOrder) {
            TraceEvent e = pendingConsultations.get(p);
            if (e != null) consultations.add(e);
        }
        pendingConsultations.clear();
    }

    /** The mechanism's trace with the consultations and ratification votes woven in, when asked for. */
    private List<TraceEvent> trace() {
        if (!job.request().trace()) return List.of();
        recordConsultations();
        List<TraceEvent> base;
        try {
            base = mechanism.trace();
        } catch (RuntimeException e) {
            base = List.of();
        }
        List<TraceEvent> out = new ArrayList<>(base.size() + consultations.size() + 8);
        int c = 0;
        for (TraceEvent e : base) {
            while (c < consultations.size() && before(consultations.get(c), e)) out.add(consultations.get(c++));
            out.add(e);
        }
        while (c < consultations.size()) out.add(consultations.get(c++));
        if (table != null && table.agreed()) {
            for (String p : parties) {
                Ratification r = ratifications.get(p);
                if (r == null) continue;
                for (Vote v : r.votes()) {
                    out.add(new TraceEvent(table.rounds(), p, "ratify", table.offer(),
                            v.official() + (v.approve() ? " yes" : " no")));
                }
            }
        }
        return out;
    }

    /** A consultation goes just before its party's action of the same round. */
    private static boolean before(TraceEvent consult, TraceEvent e) {
        return e.round() > consult.round() || (e.round() == consult.round() && e.actor().equals(consult.actor()));
    }

    private static String message(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
