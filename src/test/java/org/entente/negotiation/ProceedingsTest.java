package org.entente.negotiation;

import org.entente.model.Protocol;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The chair's side of a run: answers delivered in ask order, one trace vocabulary, deterministic failures. */
class ProceedingsTest {
    private static final Offer A = new Offer(10, 0, 2), B = new Offer(0, 10, 0);

    private static Proceedings proceedings(Protocol protocol) {
        var config = Fixtures.config(Fixtures.twoLevel(), protocol, 10, Map.of());
        return new Proceedings(Fixtures.request(1), RunWorld.of(config, 1));
    }

    private static TraceEvent consult(int round, String party) {
        return new TraceEvent(round, party, "consult", B, party + "'s official");
    }

    @Test
    void theHeadsEventsOfAnAskComeInAskOrderBeforeTheMechanismsWhateverTheArrivalOrder() {
        Proceedings p = proceedings(Protocol.MONOTONIC_CONCESSION);
        assertThat(p.next()).isInstanceOf(Ask.class);
        p.answered("b", new HeadStep.Answer(new Reply.Propose(B), List.of()));
        p.answered("a", new HeadStep.Answer(new Reply.Propose(A), List.of()));
        assertThat(p.next()).isInstanceOf(Ask.class);
        p.answered("b", new HeadStep.Answer(new Reply.Accept("a"), List.of(consult(1, "b"))));
        p.answered("a", new HeadStep.Answer(new Reply.Accept("b"), List.of(consult(1, "a"))));
        Agenda ratify = p.next();
        assertThat(ratify).isInstanceOf(Agenda.Ratify.class);
        assertThat(((Agenda.Ratify) ratify).parties()).containsExactly("a", "b");
        Game g = Game.compile(Fixtures.twoLevel());
        Offer agreed = ((Agenda.Ratify) ratify).offer();
        p.ratified("b", g.party("b").forecast(agreed).votes());
        p.ratified("a", g.party("a").forecast(agreed).votes());
        assertThat(p.next()).isInstanceOf(Agenda.Over.class);
        RunOutcome out = p.outcome(7);
        assertThat(out.messages()).isEqualTo(7);
        assertThat(out.trace()).extracting(e -> e.round() + " " + e.actor() + " " + e.action()).containsExactly(
                "0 a offer", "0 b offer", "1 a consult", "1 b consult", "1 a accept", "1 b accept",
                "2 a ratify", "2 a ratify", "2 b ratify");
        assertThat(out.ratifications()).extracting(Ratification::party).containsExactly("a", "b");
    }

    @Test
    void whenHeadsFailTheFirstInAskOrderFailsTheRunAndTheAsksEventsAreDropped() {
        Proceedings p = proceedings(Protocol.MONOTONIC_CONCESSION);
        p.next();
        p.failed("b", "strategy of b failed: x (round 0)");
        p.answered("a", new HeadStep.Answer(new Reply.Propose(A), List.of(consult(0, "a"))));
        assertThat(p.next()).isInstanceOf(Agenda.Over.class);
        RunOutcome out = p.outcome(0);
        assertThat(out.failed()).isTrue();
        assertThat(out.error()).isEqualTo("strategy of b failed: x (round 0)");
        assertThat(out.trace()).isEmpty();

        Proceedings q = proceedings(Protocol.MONOTONIC_CONCESSION);
        q.next();
        q.failed("b", "b broke");
        q.failed("a", "a broke");
        q.next();
        assertThat(q.outcome(0).error()).isEqualTo("a broke");
    }

    @Test
    void aProtocolViolationFailsTheRunWithTheMechanismsReasonAndTheTraceSoFar() {
        Proceedings p = proceedings(Protocol.ALTERNATING_OFFERS);
        p.next();
        p.answered("a", new HeadStep.Answer(new Reply.Propose(A), List.of()));
        p.next();
        p.answered("b", new HeadStep.Answer(new Reply.Ballot(true), List.of()));
        assertThat(p.next()).isInstanceOf(Agenda.Over.class);
        RunOutcome out = p.outcome(0);
        assertThat(out.error()).contains("b").contains("vote");
        assertThat(out.trace()).extracting(TraceEvent::action).containsExactly("offer");
    }

    @Test
    void aFailureFromOutsideEndsTheRunOnce() {
        Proceedings p = proceedings(Protocol.ALTERNATING_OFFERS);
        p.next();
        RunOutcome out = p.failure("no reply from a within 1s", 3);
        assertThat(out.error()).isEqualTo("no reply from a within 1s");
        assertThat(p.next()).isInstanceOf(Agenda.Over.class);
        assertThat(p.failure("later", 4).error()).isEqualTo("no reply from a within 1s");
    }
}
