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

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonotonicConcessionTest {
    private final OutcomeSpace space = new OutcomeSpace(List.of(Fixtures.share(0.1)));

    private Mechanism mechanism(int deadline, long seed) {
        return Mechanisms.create(Protocol.MONOTONIC_CONCESSION, List.of("a", "b"), space, deadline,
                new SplittableRandom(seed));
    }

    private static Map<String, Reply> replies(Reply a, Reply b) {
        Map<String, Reply> m = new LinkedHashMap<>();
        m.put("a", a);
        m.put("b", b);
        return m;
    }

    private static Reply offer(int k) {
        return new Reply.Propose(new Offer(k));
    }

    @Test
    void everyoneIsAskedAtOnceWithEveryonesPreviousOffers() {
        Mechanism m = mechanism(10, 1);
        Ask first = (Ask) m.next();
        assertThat(first.requests()).containsOnlyKeys("a", "b");
        assertThat(((Request.Simultaneous) first.requests().get("a")).offers()).isEmpty();
        m.onReplies(replies(offer(10), offer(0)));
        var second = (Request.Simultaneous) ((Ask) m.next()).requests().get("b");
        assertThat(second.round()).isEqualTo(1);
        assertThat(second.offers()).containsEntry("a", new Offer(10)).containsEntry("b", new Offer(0));
    }

    @Test
    void acceptingTheOthersOfferAgreesOnItAtTheRoundItWasMade() {
        Mechanism m = mechanism(10, 1);
        m.onReplies(replies(offer(10), offer(0)));
        m.onReplies(replies(offer(8), offer(3)));
        m.onReplies(replies(new Reply.Accept("b"), offer(5)));
        TableResult t = (TableResult) m.next();
        assertThat(t.agreed()).isTrue();
        assertThat(t.offer()).isEqualTo(new Offer(3));
        assertThat(t.round()).isEqualTo(1);
        assertThat(t.rounds()).isEqualTo(3);
    }

    @Test
    void aRoundWithoutAnyConcessionIsConflict() {
        Mechanism m = mechanism(10, 1);
        m.onReplies(replies(offer(10), offer(0)));
        m.onReplies(replies(offer(9), offer(0)));
        m.onReplies(replies(offer(9), offer(0)));
        TableResult t = (TableResult) m.next();
        assertThat(t.agreed()).isFalse();
        assertThat(t.reason()).isEqualTo("conflict");
        assertThat(t.rounds()).isEqualTo(3);
    }

    @Test
    void theDeadlineBoundsTheRounds() {
        Mechanism m = mechanism(3, 1);
        for (int r = 0; r < 3; r++) m.onReplies(replies(offer(10 - r), offer(r)));
        TableResult t = (TableResult) m.next();
        assertThat(t.reason()).isEqualTo("deadline");
        assertThat(t.rounds()).isEqualTo(3);
    }

    @Test
    void whenBothAcceptTheAgreementIsDrawnFromTheMediatorStream() {
        Set<Offer> agreed = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            Mechanism m = mechanism(10, seed);
            m.onReplies(replies(offer(6), offer(4)));
            m.onReplies(replies(new Reply.Accept("b"), new Reply.Accept("a")));
            TableResult t = (TableResult) m.next();
            assertThat(t.agreed()).isTrue();
            agreed.add(t.offer());
            Mechanism again = mechanism(10, seed);
            again.onReplies(replies(offer(6), offer(4)));
            again.onReplies(replies(new Reply.Accept("b"), new Reply.Accept("a")));
            assertThat(((TableResult) again.next()).offer()).isEqualTo(t.offer());
        }
        assertThat(agreed).containsExactlyInAnyOrder(new Offer(6), new Offer(4));
    }

    @Test
    void multilateralAgreementNeedsEveryOtherPartysAccept() {
        Mechanism m = Mechanisms.create(Protocol.MONOTONIC_CONCESSION, List.of("a", "b", "c"), space, 10,
                new SplittableRandom(1));
        Map<String, Reply> r0 = new LinkedHashMap<>();
        r0.put("a", offer(5));
        r0.put("b", offer(2));
        r0.put("c", offer(8));
        m.onReplies(r0);
        Map<String, Reply> r1 = new LinkedHashMap<>();
        r1.put("a", offer(5));
        r1.put("b", new Reply.Accept("a"));
        r1.put("c", offer(8));
        m.onReplies(r1);
        assertThat(m.next()).isInstanceOf(Ask.class);
        Map<String, Reply> r2 = new LinkedHashMap<>();
        r2.put("a", offer(5));
        r2.put("b", new Reply.Accept("a"));
        r2.put("c", new Reply.Accept("a"));
        m.onReplies(r2);
        TableResult t = (TableResult) m.next();
        assertThat(t.agreed()).isTrue();
        assertThat(t.offer()).isEqualTo(new Offer(5));
    }

    @Test
    void acceptingInTheFirstRoundOrOnesOwnOfferIsAViolation() {
        Mechanism m = mechanism(10, 1);
        assertThatThrownBy(() -> m.onReplies(replies(new Reply.Accept("b"), offer(0))))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("round 0");
        Mechanism m2 = mechanism(10, 1);
        m2.onReplies(replies(offer(10), offer(0)));
        assertThatThrownBy(() -> m2.onReplies(replies(new Reply.Accept("a"), offer(0))))
                .isInstanceOf(ProtocolViolation.class);
    }

    @Test
    void offersAndAcceptsAreTraced() {
        Mechanism m = mechanism(10, 1);
        m.onReplies(replies(offer(10), offer(0)));
        m.onReplies(replies(offer(10), new Reply.Accept("a")));
        assertThat(m.trace()).extracting(e -> e.round() + ":" + e.actor() + ":" + e.action() + ":" + e.detail())
                .containsExactly("0:a:offer:", "0:b:offer:", "1:a:offer:unchanged", "1:b:accept:a");
    }
}
