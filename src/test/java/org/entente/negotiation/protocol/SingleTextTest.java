package org.entente.negotiation.protocol;

import org.entente.model.NumericIssue;
import org.entente.model.Protocol;
import org.entente.negotiation.Ask;
import org.entente.negotiation.Mechanism;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.TableResult;
import org.entente.negotiation.TraceEvent;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SingleTextTest {
    private final OutcomeSpace space = new OutcomeSpace(List.of(
            new NumericIssue("x", null, "trade", 0, 10, 1, null, null),
            new NumericIssue("y", null, "trade", 0, 4, 1, null, null),
            new NumericIssue("z", null, "trade", 0, 5, 1, null, null)));

    private Mechanism mechanism(int deadline, long seed) {
        return Mechanisms.create(Protocol.SINGLE_TEXT, List.of("a", "b"), space, deadline, new SplittableRandom(seed));
    }

    private static Map<String, Reply> votes(boolean a, boolean b) {
        Map<String, Reply> m = new LinkedHashMap<>();
        m.put("a", new Reply.Ballot(a));
        m.put("b", new Reply.Ballot(b));
        return m;
    }

    @Test
    void theMediatorStartsFromTheMiddleOfEveryIssueAndMovesOneOrTwoIssuesOneStep() {
        Mechanism m = mechanism(50, 3);
        Ask ask = (Ask) m.next();
        assertThat(ask.requests()).containsOnlyKeys("a", "b");
        var vote = (Request.MutationVote) ask.requests().get("a");
        assertThat(vote.text()).isEqualTo(new Offer(5, 2, 2));
        int moved = 0;
        for (int i = 0; i < 3; i++) {
            int d = Math.abs(vote.proposal().get(i) - vote.text().get(i));
            assertThat(d).isLessThanOrEqualTo(1);
            moved += d;
        }
        assertThat(moved).isBetween(1, 2);
    }

    @Test
    void theTextMovesOnlyWhenEveryoneVotesYes() {
        Mechanism m = mechanism(50, 3);
        var v1 = (Request.MutationVote) ((Ask) m.next()).requests().get("a");
        m.onReplies(votes(true, false));
        var v2 = (Request.MutationVote) ((Ask) m.next()).requests().get("b");
        assertThat(v2.text()).isEqualTo(v1.text());
        m.onReplies(votes(true, true));
        var v3 = (Request.MutationVote) ((Ask) m.next()).requests().get("a");
        assertThat(v3.text()).isEqualTo(v2.proposal());
    }

    @Test
    void everyoneVotesOnTheTextInTheLastRound() {
        Mechanism m = mechanism(4, 5);
        for (int r = 0; r < 3; r++) {
            assertThat(((Ask) m.next()).requests().get("a")).isInstanceOf(Request.MutationVote.class);
            m.onReplies(votes(true, true));
        }
        var fin = (Request.FinalVote) ((Ask) m.next()).requests().get("b");
        assertThat(fin.round()).isEqualTo(3);
        m.onReplies(votes(true, true));
        TableResult t = (TableResult) m.next();
        assertThat(t.agreed()).isTrue();
        assertThat(t.offer()).isEqualTo(fin.text());
        assertThat(t.round()).isEqualTo(3);
        assertThat(t.rounds()).isEqualTo(4);
        assertThat(m.trace()).filteredOn(e -> e.action().equals("final_vote")).extracting(TraceEvent::detail)
                .containsExactly("yes", "yes");
    }

    @Test
    void oneNoInTheFinalVoteMeansNoAgreement() {
        Mechanism m = mechanism(1, 5);
        assertThat(((Ask) m.next()).requests().get("a")).isInstanceOf(Request.FinalVote.class);
        m.onReplies(votes(true, false));
        TableResult t = (TableResult) m.next();
        assertThat(t.agreed()).isFalse();
        assertThat(t.reason()).isEqualTo("rejected");
    }

    @Test
    void theFinalVoteComesEarlyAfterThreeRejectedMutationsPerIssue() {
        Mechanism m = mechanism(100, 5);
        for (int r = 0; r < 9; r++) {
            assertThat(((Ask) m.next()).requests().get("a")).isInstanceOf(Request.MutationVote.class);
            m.onReplies(votes(false, true));
        }
        var fin = ((Ask) m.next()).requests().get("a");
        assertThat(fin).isInstanceOf(Request.FinalVote.class);
        assertThat(fin.round()).isEqualTo(9);
        assertThat(((Request.FinalVote) fin).text()).isEqualTo(new Offer(5, 2, 2));
    }

    @Test
    void votesAreTracedWithYesOrNo() {
        Mechanism m = mechanism(10, 5);
        m.next();
        m.onReplies(votes(true, false));
        assertThat(m.trace()).extracting(e -> e.actor() + ":" + e.action() + ":" + e.detail())
                .containsExactly("mediator:propose_text:mutation", "a:vote:yes", "b:vote:no");
    }

    @Test
    void anOfferInsteadOfAVoteIsAViolation() {
        Mechanism m = mechanism(10, 5);
        m.next();
        assertThatThrownBy(() -> m.onReplies(Map.of("a", new Reply.Propose(new Offer(1, 1, 1)),
                "b", new Reply.Ballot(true)))).isInstanceOf(ProtocolViolation.class).hasMessageContaining("a:");
    }

    @Test
    void theSameSeedProposesTheSameMutations() {
        Mechanism m1 = mechanism(30, 11), m2 = mechanism(30, 11);
        for (int r = 0; r < 20; r++) {
            assertThat(m1.next()).isEqualTo(m2.next());
            m1.onReplies(votes(true, r % 3 != 0));
            m2.onReplies(votes(true, r % 3 != 0));
        }
        assertThat(m1.trace()).isEqualTo(m2.trace());
    }
}
