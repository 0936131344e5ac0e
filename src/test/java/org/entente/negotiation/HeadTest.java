package org.entente.negotiation;

import org.entente.model.Protocol;
import org.entente.negotiation.strategy.Strategies;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one decision path of a head: answer, consult the officials on what it would commit to, proceed or withdraw. */
class HeadTest {
    private static final Offer UNRATIFIABLE = new Offer(10, 8, 2); // 800 of aid: a's finance minister vetoes
    private static final Offer GOOD = new Offer(10, 0, 2);

    private static Head head(Function<NegotiatorContext, Negotiator> negotiator, boolean tracing) {
        var config = Fixtures.config(Fixtures.twoLevel(), Protocol.ALTERNATING_OFFERS, 60,
                Map.of("a", Fixtures.strategy("conceder", "two_level", 1), "b", Fixtures.strategy("boulware")));
        return new Head(Fixtures.context(config, "a"), negotiator, tracing);
    }

    /** Votes of a's officials other than the head, as the official agents would cast them. */
    private static List<Vote> officials(Head head, Offer offer) {
        List<Vote> votes = new ArrayList<>();
        for (OfficialModel o : head.officials()) votes.add(o.vote(head.party(), offer));
        return votes;
    }

    @Test
    void anOfferIsAnsweredAtOnceWithoutConsulting() {
        Head h = head(ctx -> new Scripted(new Reply.Propose(GOOD), true), true);
        assertThat(h.onRequest(new Request.Turn(0, null, null, 0)))
                .isEqualTo(new HeadStep.Answer(new Reply.Propose(GOOD), List.of()));
    }

    @Test
    void anAcceptanceFirstConsultsTheOtherOfficialsOnTheStandingOffer() {
        Head h = head(ctx -> new Scripted(new Reply.Accept("b"), true), true);
        HeadStep step = h.onRequest(new Request.Turn(5, GOOD, "b", 0));
        assertThat(step).isInstanceOf(HeadStep.Consult.class);
        HeadStep.Consult c = (HeadStep.Consult) step;
        assertThat(c.offer()).isEqualTo(GOOD);
        assertThat(c.officials()).extracting(OfficialModel::id).containsExactly("finance");
        HeadStep.Answer a = h.onConsultation(officials(h, GOOD));
        assertThat(a.reply()).isEqualTo(new Reply.Accept("b"));
        assertThat(a.events()).extracting(TraceEvent::action).containsExactly("consult", "consult");
        assertThat(a.events()).extracting(TraceEvent::round).containsOnly(5);
        assertThat(a.events()).extracting(TraceEvent::detail)
                .containsExactly("president yes 1.000 >= 0.000", "finance yes 1.000 >= 0.500");
    }

    @Test
    void aHeadThatHeedsItsOfficialsWithdrawsFromWhatTheyWouldNotRatifyAndSaysWhy() {
        Head h = head(ctx -> new Scripted(null, false), true);
        assertThat(h.onRequest(new Request.FinalVote(59, UNRATIFIABLE))).isInstanceOf(HeadStep.Consult.class);
        HeadStep.Answer a = h.onConsultation(officials(h, UNRATIFIABLE));
        assertThat(a.reply()).isEqualTo(new Reply.Ballot(false));
        assertThat(a.events()).extracting(TraceEvent::action).containsExactly("consult", "consult", "withdraw");
        assertThat(a.events().get(1).detail()).isEqualTo("finance no 0.200 < 0.500");
        assertThat(a.events().get(2).detail()).isEqualTo("ratification would fail: vetoed by finance");
    }

    @Test
    void aWithdrawnAcceptanceBecomesTheNegotiatorsCounterOffer() {
        Head h = head(ctx -> new Scripted(new Reply.Accept("b"), false), true);
        h.onRequest(new Request.Turn(1, UNRATIFIABLE, "b", 0));
        assertThat(h.onConsultation(officials(h, UNRATIFIABLE)).reply()).isEqualTo(new Reply.Propose(GOOD));
    }

    @Test
    void untracedHeadsRecordNoEvents() {
        Head h = head(ctx -> new Scripted(null, false), false);
        h.onRequest(new Request.FinalVote(59, UNRATIFIABLE));
        assertThat(h.onConsultation(officials(h, UNRATIFIABLE)).events()).isEmpty();
    }

    @Test
    void theHeadAddsItsOwnVoteInPartyOrderAndLeavesOutOfficialsWhoDidNotVote() {
        Head h = head(Strategies::create, false);
        assertThat(h.votes(GOOD, officials(h, GOOD))).extracting(Vote::official).containsExactly("president", "finance");
        assertThat(h.votes(GOOD, List.of())).extracting(Vote::official).containsExactly("president");
    }

    @Test
    void aStrategyThatThrowsOrAnswersNothingBecomesAFailureNamingPartyAndRound() {
        Head broken = head(ctx -> new Scripted(null, true) {
            @Override
            public Reply onTurn(Request.Turn turn) {
                throw new IllegalStateException("no idea what to offer");
            }
        }, true);
        assertThatThrownBy(() -> broken.onRequest(new Request.Turn(3, null, null, 0)))
                .isInstanceOf(StrategyFailure.class).hasMessage("strategy of a failed: no idea what to offer (round 3)");
        Head silent = head(ctx -> new Scripted(null, true), true);
        assertThatThrownBy(() -> silent.onRequest(new Request.Simultaneous(0, Map.of())))
                .isInstanceOf(StrategyFailure.class).hasMessageContaining("no reply");
    }

    @Test
    void acceptingAgainAfterWithdrawingIsAStrategyFailure() {
        Head h = head(ctx -> new Scripted(new Reply.Accept("b"), false) {
            @Override
            public Reply afterWithdrawal(Request request) {
                return new Reply.Accept("b");
            }
        }, true);
        h.onRequest(new Request.Turn(1, UNRATIFIABLE, "b", 0));
        assertThatThrownBy(() -> h.onConsultation(officials(h, UNRATIFIABLE)))
                .isInstanceOf(StrategyFailure.class).hasMessageContaining("must not accept again");
    }

    /**
     * Answers every turn with {@code reply} and votes yes; goes ahead after consulting iff
     * {@code proceed} or the forecast passes, else counter-offers (or votes no).
     */
    private static class Scripted implements Negotiator {
        private final Reply reply;
        private final boolean proceed;

        Scripted(Reply reply, boolean proceed) {
            this.reply = reply;
            this.proceed = proceed;
        }

        public Reply onTurn(Request.Turn turn) {
            return reply;
        }

        public Reply onSimultaneous(Request.Simultaneous request) {
            return reply;
        }

        public boolean onMutationVote(Request.MutationVote vote) {
            return true;
        }

        public boolean onFinalVote(Request.FinalVote vote) {
            return true;
        }

        public boolean proceedDespite(Offer offer, Ratification forecast) {
            return proceed || forecast.passed();
        }

        public Reply afterWithdrawal(Request request) {
            return request instanceof Request.FinalVote ? new Reply.Ballot(false) : new Reply.Propose(GOOD);
        }
    }
}
