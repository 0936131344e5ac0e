package org.entente.negotiation.protocol;

import org.entente.negotiation.Mechanism;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Step;
import org.entente.negotiation.TableResult;
import org.entente.negotiation.TraceEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What every protocol's table keeps and does alike: the parties in turn order, the outcome space,
 * the deadline, the round, the trace, and the result once there is one (then it is all
 * {@link #next()} gives; at the deadline, no agreement). A protocol says only whom it asks in a
 * round ({@link #ask()}) and what the replies do ({@link #answer}).
 */
abstract class RoundTable implements Mechanism {
    final List<String> parties;
    final OutcomeSpace space;
    final int deadline;
    final List<TraceEvent> trace = new ArrayList<>();
    /** The round being played, from 0. */
    int round;
    /** How the talks ended; null while they go on. */
    TableResult result;

    RoundTable(List<String> parties, OutcomeSpace space, int deadline) {
        this.parties = List.copyOf(parties);
        this.space = space;
        this.deadline = deadline;
    }

    @Override
    public final Step next() {
        if (result != null) return result;
        if (round >= deadline) {
            result = TableResult.noAgreement(round, "deadline");
            return result;
        }
        return ask();
    }

    /** Whom to ask what in this round (the talks are on and the deadline not reached). */
    abstract Step ask();

    @Override
    public final void onReplies(Map<String, Reply> replies) {
        if (result != null) throw new IllegalStateException("the negotiation is over");
        answer(replies);
        round++;
    }

    /** Plays the replies to this round's {@link #ask()}: the trace, the state, the result if the talks end. */
    abstract void answer(Map<String, Reply> replies);

    /** Records that {@code party} broke off in this round ({@code on} is the offer it left on the table). */
    final void traceBreakoff(String party, Offer on, Reply.EndNegotiation e) {
        trace.add(new TraceEvent(round, party, "breakoff", on, e.reason() == null ? "" : e.reason()));
    }

    @Override
    public final List<TraceEvent> trace() {
        return Collections.unmodifiableList(trace);
    }
}
