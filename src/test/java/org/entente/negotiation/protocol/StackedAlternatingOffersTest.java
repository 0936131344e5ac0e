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

class StackedAlternatingOffersTest {
    private final OutcomeSpace space = new OutcomeSpace(List.of(Fixtures.share(0.1)));

    private Mechanism saop() {
        return Mechanisms.create(Protocol.STACKED_ALTERNATING_OFFERS, List.of("a", "b", "c"), space, 20,
                new SplittableRandom(1));
    }

    private static Request.Turn turnOf(Mechanism m, String expected) {
        Ask ask = (Ask) m.next();
        assertThat(ask.requests()).containsOnlyKeys(expected);
        return (Request.Turn) ask.requests().get(expected);
    }

    @Test
    void anOfferStandsOnlyWhenAllOthersAcceptInTurn() {
        Mechanism m = saop();
        turnOf(m, "a");
        m.onReplies(Map.of("a", new Reply.Propose(new Offer(5))));
        assertThat(turnOf(m, "b").acceptedBy()).isZero();
        m.onReplies(Map.of("b", new Reply.Accept("a")));
        assertThat(turnOf(m, "c").acceptedBy()).isEqualTo(1);
        m.onReplies(Map.of("c", new Reply.Accept("a")));
        TableResult t = (TableResult) m.next();
        assertThat(t.agreed()).isTrue();
        assertThat(t.offer()).isEqualTo(new Offer(5));
        assertThat(t.round()).isZero();
        assertThat(t.rounds()).isEqualTo(3);
    }

    @Test
    void aCounterOfferResetsTheAcceptances() {
        Mechanism m = saop();
        m.onReplies(Map.of("a", new Reply.Propose(new Offer(5))));
        m.onReplies(Map.of("b", new Reply.Accept("a")));
        m.onReplies(Map.of("c", new Reply.Propose(new Offer(3))));
        Request.Turn t = turnOf(m, "a");
        assertThat(t.standing()).isEqualTo(new Offer(3));
        assertThat(t.proposer()).isEqualTo("c");
        assertThat(t.acceptedBy()).isZero();
        m.onReplies(Map.of("a", new Reply.Accept("c")));
        assertThat(turnOf(m, "b").acceptedBy()).isEqualTo(1);
        m.onReplies(Map.of("b", new Reply.Accept("c")));
        TableResult r = (TableResult) m.next();
        assertThat(r.agreed()).isTrue();
        assertThat(r.offer()).isEqualTo(new Offer(3));
        assertThat(r.round()).isEqualTo(2);
    }

    @Test
    void withTwoPartiesOneAcceptIsEnough() {
        Mechanism m = Mechanisms.create(Protocol.STACKED_ALTERNATING_OFFERS, List.of("a", "b"), space, 20,
                new SplittableRandom(1));
        m.onReplies(Map.of("a", new Reply.Propose(new Offer(5))));
        m.onReplies(Map.of("b", new Reply.Accept("a")));
        assertThat(((TableResult) m.next()).agreed()).isTrue();
    }
}
