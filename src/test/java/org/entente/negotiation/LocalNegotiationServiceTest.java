package org.entente.negotiation;

import org.entente.model.Experiment;
import org.entente.model.Protocol;
import org.entente.negotiation.strategy.Strategies;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalNegotiationServiceTest {

    @Test
    void theSameSeedGivesTheSameTraceUnderEveryProtocol() {
        for (Protocol p : Protocol.values()) {
            var config = Fixtures.config(Fixtures.twoLevel(), p, 40,
                    Map.of("a", Fixtures.strategy("frequency"), "b", Fixtures.strategy("tit_for_tat")),
                    new Experiment.Noise(0.2, 0.05));
            RunOutcome one = Fixtures.run(config, 42), two = Fixtures.run(config, 42);
            assertThat(one.failed()).as("%s: %s", p, one.error()).isFalse();
            assertThat(one.trace()).as(p.id()).isNotEmpty().isEqualTo(two.trace());
            assertThat(one.table()).isEqualTo(two.table());
        }
    }

    @Test
    void theMediatorsMutationsDependOnTheSeed() {
        var config = Fixtures.config(Fixtures.twoLevel(), Protocol.SINGLE_TEXT, 40,
                Map.of("a", Fixtures.strategy("linear"), "b", Fixtures.strategy("linear")));
        assertThat(Fixtures.run(config, 1).trace()).isNotEqualTo(Fixtures.run(config, 2).trace());
    }

    @Test
    void aStrategyThatCannotBeBuiltFailsTheRunNamingTheParty() {
        var config = Fixtures.config(Fixtures.split(0.1, 1), Protocol.ALTERNATING_OFFERS, 20,
                Map.of("b", Fixtures.strategy("boulware", "e", 0)));
        RunOutcome out = Fixtures.run(config, 1);
        assertThat(out.failed()).isTrue();
        assertThat(out.error()).contains("party b").contains("concession exponent");
    }

    @Test
    void aStrategyThatThrowsBecomesAFailureTheCallerCanReport() {
        Negotiator broken = new Negotiator() {
            public Reply onTurn(Request.Turn turn) {
                throw new IllegalStateException("no idea what to offer");
            }

            public Reply onSimultaneous(Request.Simultaneous request) {
                return null;
            }

            public boolean onMutationVote(Request.MutationVote vote) {
                return false;
            }

            public boolean onFinalVote(Request.FinalVote vote) {
                return false;
            }

            public boolean proceedDespite(Offer offer, Ratification forecast) {
                return true;
            }

            public Reply afterWithdrawal(Request request) {
                return null;
            }
        };
        Game g = Game.compile(Fixtures.split(0.1, 1));
        assertThatThrownBy(() -> HeadDecision.decide(g.party("a"), broken, new Request.Turn(3, null, null, 0),
                new ArrayList<>())).isInstanceOf(StrategyFailure.class)
                .hasMessage("strategy of party a failed in round 3: no idea what to offer");
        assertThatThrownBy(() -> HeadDecision.answer("a", broken, new Request.Simultaneous(0, Map.of())))
                .isInstanceOf(StrategyFailure.class).hasMessageContaining("no reply");
    }

    @Test
    void aHeadConsultsItsOfficialsBeforeAcceptingAndTracesTheirVotes() {
        var config = Fixtures.config(Fixtures.twoLevel(), Protocol.ALTERNATING_OFFERS, 60,
                Map.of("a", Fixtures.strategy("conceder", "two_level", 1), "b", Fixtures.strategy("boulware")));
        Game g = Game.compile(config.scenario());
        var negotiator = Strategies.create(Fixtures.context(config, "a"));
        Offer unratifiable = new Offer(10, 8, 2);
        assertThat(g.party("a").forecast(unratifiable).passed()).isFalse();
        List<TraceEvent> events = new ArrayList<>();
        Reply reply = HeadDecision.decide(g.party("a"), negotiator, new Request.FinalVote(59, unratifiable), events);
        assertThat(reply).isEqualTo(new Reply.Ballot(false));
        // a near-best ratifiable text late in the game: yes, after consulting both officials
        Offer good = new Offer(10, 0, 2);
        reply = HeadDecision.decide(g.party("a"), negotiator, new Request.FinalVote(59, good), events);
        assertThat(reply).isEqualTo(new Reply.Ballot(true));
        assertThat(events).extracting(TraceEvent::action).containsExactly("consult", "consult");
        assertThat(events).extracting(TraceEvent::detail).containsExactly("president yes", "finance yes");
    }

    @Test
    void aWithdrawnAcceptanceBecomesACounterOffer() {
        var config = Fixtures.config(Fixtures.twoLevel(), Protocol.ALTERNATING_OFFERS, 60, Map.of());
        Game g = Game.compile(config.scenario());
        Negotiator accepting = new Negotiator() {
            public Reply onTurn(Request.Turn turn) {
                return new Reply.Accept(turn.proposer());
            }

            public Reply onSimultaneous(Request.Simultaneous request) {
                return null;
            }

            public boolean onMutationVote(Request.MutationVote vote) {
                return true;
            }

            public boolean onFinalVote(Request.FinalVote vote) {
                return true;
            }

            public boolean proceedDespite(Offer offer, Ratification forecast) {
                return forecast.passed();
            }

            public Reply afterWithdrawal(Request request) {
                return new Reply.Propose(new Offer(10, 0, 2));
            }
        };
        List<TraceEvent> events = new ArrayList<>();
        Reply r = HeadDecision.decide(g.party("a"), accepting, new Request.Turn(1, new Offer(10, 8, 2), "b", 0),
                events);
        assertThat(r).isEqualTo(new Reply.Propose(new Offer(10, 0, 2)));
        assertThat(events).extracting(TraceEvent::action).containsExactly("consult", "consult", "withdraw");
    }

    @Test
    void anAgreementIsPutToEveryPartysRatification() {
        var config = Fixtures.config(Fixtures.split(0.01, 0.5), Protocol.ALTERNATING_OFFERS, 50,
                Map.of("a", Fixtures.strategy("conceder"), "b", Fixtures.strategy("conceder")));
        RunOutcome out = Fixtures.run(config, 5);
        assertThat(out.agreement()).isTrue();
        assertThat(out.ratifications()).extracting(Ratification::party).containsExactly("a", "b");
        assertThat(out.trace().get(out.trace().size() - 1).action()).isEqualTo("ratify");
    }

    @Test
    void concedersAgreeUnderEveryProtocol() {
        for (Protocol p : Protocol.values()) {
            var config = Fixtures.config(Fixtures.twoLevel(), p, 60,
                    Map.of("a", Fixtures.strategy("conceder"), "b", Fixtures.strategy("conceder")));
            RunOutcome out = Fixtures.run(config, 9);
            assertThat(out.agreedAtTable()).as("%s: %s", p, out.table()).isTrue();
            Game g = Game.compile(config.scenario());
            for (var party : g.parties()) {
                assertThat(party.utility().of(out.table().offer())).as(p.id()).isGreaterThanOrEqualTo(party.reservation());
            }
        }
    }
}
