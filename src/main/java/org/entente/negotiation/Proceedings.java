package org.entente.negotiation;

import org.entente.model.Seeds;
import org.entente.negotiation.protocol.Mechanisms;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run as its chair keeps it, whoever carries the messages (the JADE chair or the in-process
 * driver): the run's {@link Mechanism}, the heads' answers to each ask (handed to the mechanism in
 * its own order once all are in, never in arrival order), the ratification votes and the outcome.
 * The trace has one vocabulary: for each ask, the asked heads' own events (consultations,
 * withdrawals) in ask order, then the mechanism's events; after an agreement at the table, one
 * {@code ratify} row per official, party by party. A head whose strategy failed counts as having
 * answered; once all are in, the first failure in ask order fails the run, so which head failed
 * first in wall-clock time never matters.
 */
public final class Proceedings {
    private static final int MAX_EMPTY_ASKS = 1_000_000;
    private static final Agenda.Over OVER = new Agenda.Over();

    private final RunRequest request;
    private final RunWorld world;
    private final List<String> parties;
    private final Mechanism mechanism;
    private final boolean tracing;
    private final List<TraceEvent> trace = new ArrayList<>();
    /** How many of the mechanism's events are already in {@link #trace}. */
    private int flushed;
    /** The parties (by their index in {@link #parties}) whose answer or votes are still awaited. */
    private final BitSet outstanding = new BitSet();
    private Ask ask;
    /** The current ask's answers and the failures of the run's strategies, by party index. */
    private final HeadStep.Answer[] answers;
    private final String[] failures;
    private TableResult table;
    private final Map<String, Ratification> ratifications = new HashMap<>();
    private final Map<String, List<TraceEvent>> ratifyEvents = new HashMap<>();
    private String failure;
    private boolean over;

    /** The proceedings of {@code request} in its {@code world}; the mechanism draws from the run's "mediator" stream. */
    public Proceedings(RunRequest request, RunWorld world) {
        var e = world.config().experiment();
        this.request = request;
        this.world = world;
        this.parties = world.game().partyIds();
        this.answers = new HeadStep.Answer[parties.size()];
        this.failures = new String[parties.size()];
        this.tracing = request.trace();
        this.mechanism = Mechanisms.create(e.protocol(), parties, world.game().space(), e.deadline(),
                Seeds.random(request.seed(), "mediator"));
    }

    /** What to do now; call it again once every head asked has answered (or every party has reported its votes). */
    public Agenda next() {
        if (over) return OVER;
        if (!outstanding.isEmpty()) throw new IllegalStateException("still waiting for " + awaited());
        try {
            if (table != null) return close();
            if (ask != null && !deliver()) return close();
            for (int empty = 0; empty < MAX_EMPTY_ASKS; empty++) {
                Step step = mechanism.next();
                if (step instanceof Ask a) {
                    if (a.requests().isEmpty()) {
                        mechanism.onReplies(Map.of());
                        continue;
                    }
                    ask = a;
                    for (int i = 0; i < a.asked().size(); i++) outstanding.set(indexOf(a.asked().get(i)));
                    return a;
                }
                table = (TableResult) step;
                flush();
                if (!table.agreed()) return close();
                outstanding.set(0, parties.size());
                return new Agenda.Ratify(table.offer(), parties);
            }
            throw new IllegalStateException("the protocol asked nobody anything " + MAX_EMPTY_ASKS + " times in a row");
        } catch (RuntimeException e) {
            failure = e.getMessage() != null ? e.getMessage() : e.toString();
            return close();
        }
    }

    /** Whether the current ask still waits for {@code party}'s answer (or the ratification for its votes). */
    public boolean awaits(String party) {
        int i = parties.indexOf(party);
        return i >= 0 && outstanding.get(i);
    }

    /** Whether an answer (or a party's votes) is still missing, so that {@link #next} cannot be called yet. */
    public boolean waiting() {
        return !outstanding.isEmpty();
    }

    /** {@code party}'s head answered the current ask. */
    public void answered(String party, HeadStep.Answer answer) {
        if (ask == null) throw new IllegalStateException(party + " answered, but no request is open");
        answers[settle(party)] = answer;
    }

    /** {@code party}'s head could not answer: its strategy failed, for {@code reason}. */
    public void failed(String party, String reason) {
        failures[settle(party)] = reason;
        if (ask == null && failure == null) failure = reason;
    }

    /** {@code party}'s votes on the agreement (every official's, the head's included). */
    public void ratified(String party, List<Vote> votes) {
        if (table == null) throw new IllegalStateException(party + " reported votes, but nothing is being ratified");
        settle(party);
        PartyModel model = world.game().party(party);
        for (Vote v : votes) model.official(v.official());
        Ratification r = Ratification.decide(model, votes);
        ratifications.put(party, r);
        if (tracing) ratifyEvents.put(party, r.events("ratify", table.rounds(), table.offer(), model));
    }

    /** The run's outcome once {@link #next} said it is over; {@code messages} is how many ACL messages it took. */
    public RunOutcome outcome(long messages) {
        if (!over) throw new IllegalStateException("the run is not over");
        if (failure != null) return RunOutcome.failure(request, failure, trace, messages);
        List<Ratification> rs = new ArrayList<>();
        List<TraceEvent> all = new ArrayList<>(trace);
        if (table.agreed()) {
            for (String p : parties) {
                rs.add(ratifications.get(p));
                if (tracing) all.addAll(ratifyEvents.get(p));
            }
        }
        return new RunOutcome(request, table, rs, all, false, null, messages);
    }

    /** Ends the run as failed for a reason outside the protocol (a timeout, an unreachable agent, a malformed message). */
    public RunOutcome failure(String reason, long messages) {
        if (!over) {
            failure = reason;
            close();
        }
        return outcome(messages);
    }

    /** Marks {@code party}'s answer (or votes) as in; returns its index. */
    private int settle(String party) {
        int i = parties.indexOf(party);
        if (i < 0 || !outstanding.get(i)) throw new IllegalStateException("no answer is awaited from " + party);
        outstanding.clear(i);
        return i;
    }

    /** {@code party}'s index in the run's parties; the mechanism asks nobody else. */
    private int indexOf(String party) {
        int i = parties.indexOf(party);
        if (i < 0) throw new IllegalStateException("the protocol asked " + party + ", who is not a party to the run");
        return i;
    }

    /** The parties still awaited, in party order. */
    private List<String> awaited() {
        return outstanding.stream().mapToObj(parties::get).toList();
    }

    /** Hands the ask's answers to the mechanism in ask order; false when a head's strategy failed. */
    private boolean deliver() {
        Ask a = ask;
        ask = null;
        List<String> asked = a.asked();
        for (int i = 0; i < asked.size(); i++) {
            String why = failures[parties.indexOf(asked.get(i))];
            if (why != null) {
                failure = why;
                return false;
            }
        }
        flush();
        Map<String, Reply> replies;
        if (asked.size() == 1) {
            String p = asked.get(0);
            replies = Collections.singletonMap(p, take(p));
        } else {
            replies = new LinkedHashMap<>();
            for (String p : asked) replies.put(p, take(p));
        }
        mechanism.onReplies(replies);
        return true;
    }

    /** The reply of {@code party}'s answer to the ask (its events into the trace, when traced); the answer is forgotten. */
    private Reply take(String party) {
        int i = parties.indexOf(party);
        HeadStep.Answer answer = answers[i];
        answers[i] = null;
        if (tracing) trace.addAll(answer.events());
        return answer.reply();
    }

    /** Copies the mechanism's new events into the trace. */
    private void flush() {
        if (!tracing) return;
        List<TraceEvent> events = mechanism.trace();
        trace.addAll(events.subList(flushed, events.size()));
        flushed = events.size();
    }

    private Agenda close() {
        if (failure != null) flush();
        over = true;
        return OVER;
    }
}
