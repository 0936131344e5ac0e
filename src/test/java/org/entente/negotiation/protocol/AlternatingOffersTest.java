package org.entente.negotiation.protocol;

import org.entente.model.Protocol;
import org.entente.negotiation.Ask;
import org.entente.negotiation.Fixtures;
import org.entente.negotiation.Mechanism;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.TableResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlternatingOffersTest {
    private final OutcomeSpace space = new OutcomeSpace(List.of(Fixtures.share(0.1)));

    private Mechanism mechanism(int deadline) {
        return Mechanisms.create(Protocol.ALTERNATING_OFFERS, List.of("a", "b"), space, deadline,
                new SplittableRandom(1));
    }

    private static Map.Entry<String, Request> only(Mechanism m) {
        Ask ask = (Ask) m.next();
        assertThat(ask.requests()).hasSize(1);
        return ask.requests().entrySet().iterator().next();
    }

    @Test
    void partiesAlternateStartingWithTheFirstListed() {
        Mechanism m = mechanism(10);
        for (int r = 0; r < 4; r++) {
            var turn = only(m);
            assertThat(turn.getKey()).isEqualTo(r % 2 == 0 ? "a" : "b");
            assertThat(turn.getValue().round()).isEqualTo(r);
            m.onReplies(Map.of(turn.getKey(), new Reply.Propose(new Offer(r))));
        }
        var turn = (Request.Turn) only(m).getValue();
        assertThat(turn.standing()).isEqualTo(new Offer(3));
        assertThat(turn.proposer()).isEqualTo("b");
        assertThat(turn.acceptedBy()).isZero();
    }

    @Test
    void firstTurnHasNoStandingOffer() {
        var turn = (Request.Turn) only(mechanism(10)).getValue();
        assertThat(turn.standing()).isNull();
        assertThat(turn.proposer()).isNull();
    }

    @Test
    void acceptanceAgreesAtTheRoundOfTheAcceptedOffer() {
        Mechanism m = mechanism(10);
        m.onReplies(Map.of("a", new Reply.Propose(new Offer(8))));
        only(m);
        m.onReplies(Map.of("b", new Reply.Propose(new Offer(4))));
        only(m);
        m.onReplies(Map.of("a", new Reply.Accept("b")));
        TableResult t = (TableResult) m.next();
        assertThat(t.agreed()).isTrue();
        assertThat(t.offer()).isEqualTo(new Offer(4));
        assertThat(t.round()).isEqualTo(1);
        assertThat(t.rounds()).isEqualTo(3);
        assertThat(m.trace()).extracting(e -> e.actor() + ":" + e.action())
                .containsExactly("a:offer", "b:offer", "a:accept");
    }

    @Test
    void deadlineEndsWithoutAgreementAfterThatManyRounds() {
        Mechanism m = mechanism(5);
        for (int r = 0; r < 5; r++) {
            var turn = only(m);
            m.onReplies(Map.of(turn.getKey(), new Reply.Propose(new Offer(r))));
        }
        TableResult t = (TableResult) m.next();
        assertThat(t.agreed()).isFalse();
        assertThat(t.reason()).isEqualTo("deadline");
        assertThat(t.rounds()).isEqualTo(5);
    }

    @Test
    void acceptingWithNothingOnTheTableIsAViolation() {
        Mechanism m = mechanism(5);
        only(m);
        assertThatThrownBy(() -> m.onReplies(Map.of("a", new Reply.Accept("b"))))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("a:").hasMessageContaining("no offer");
    }

    @Test
    void anOfferOutsideTheGridIsAViolation() {
        Mechanism m = mechanism(5);
        only(m);
        assertThatThrownBy(() -> m.onReplies(Map.of("a", new Reply.Propose(new Offer(11)))))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("outside");
        Mechanism m2 = mechanism(5);
        only(m2);
        assertThatThrownBy(() -> m2.onReplies(Map.of("a", new Reply.Propose(new Offer(1, 2)))))
                .isInstanceOf(ProtocolViolation.class);
    }

    @Test
    void aVoteOnATurnIsAViolation() {
        Mechanism m = mechanism(5);
        only(m);
        assertThatThrownBy(() -> m.onReplies(Map.of("a", new Reply.Ballot(true))))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("vote");
    }

    @Test
    void endingTheNegotiationWalksOut() {
        Mechanism m = mechanism(5);
        m.onReplies(Map.of("a", new Reply.Propose(new Offer(8))));
        m.onReplies(Map.of("b", new Reply.EndNegotiation("enough")));
        TableResult t = (TableResult) m.next();
        assertThat(t.agreed()).isFalse();
        assertThat(t.reason()).isEqualTo("breakoff");
        assertThat(m.trace().get(1).action()).isEqualTo("breakoff");
    }
}
