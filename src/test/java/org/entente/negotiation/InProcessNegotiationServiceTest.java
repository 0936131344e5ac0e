package org.entente.negotiation;

import org.entente.model.Experiment;
import org.entente.model.Protocol;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessNegotiationServiceTest {

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
    void aStrategyThatCannotBeBuiltFailsTheRunNamingThePartyAndRound() {
        var config = Fixtures.config(Fixtures.split(0.1, 1), Protocol.ALTERNATING_OFFERS, 20,
                Map.of("b", Fixtures.strategy("boulware", "e", 0)));
        RunOutcome out = Fixtures.run(config, 1);
        assertThat(out.failed()).isTrue();
        assertThat(out.error()).startsWith("strategy of b failed: ").contains("concession exponent").endsWith("(round 1)");
        // a's opening offer was made before b was first asked (and its strategy built), as on JADE
        assertThat(out.trace()).extracting(TraceEvent::action).containsExactly("offer");
    }

    @Test
    void anAgreementIsPutToEveryPartysRatificationOneRowPerOfficial() {
        var config = Fixtures.config(Fixtures.twoLevel(), Protocol.ALTERNATING_OFFERS, 50,
                Map.of("a", Fixtures.strategy("conceder", "two_level", 1), "b", Fixtures.strategy("conceder")));
        RunOutcome out = Fixtures.run(config, 5);
        assertThat(out.agreement()).as("%s", out.table()).isTrue();
        assertThat(out.ratifications()).extracting(Ratification::party).containsExactly("a", "b");
        var ratify = out.trace().stream().filter(e -> e.action().equals("ratify")).toList();
        assertThat(ratify).extracting(TraceEvent::actor).containsExactly("a", "a", "b");
        assertThat(ratify).extracting(TraceEvent::round).containsOnly(out.table().rounds());
        assertThat(ratify.get(1).detail()).matches("finance yes 0\\.\\d{3} >= 0\\.500");
        assertThat(out.trace().subList(out.trace().size() - 3, out.trace().size())).isEqualTo(ratify);
    }

    @Test
    void withoutTraceTheOutcomeIsTheSameAndTheTraceEmpty() {
        var config = Fixtures.config(Fixtures.twoLevel(), Protocol.MONOTONIC_CONCESSION, 40,
                Map.of("a", Fixtures.strategy("zeuthen", "two_level", 1), "b", Fixtures.strategy("zeuthen")));
        RunOutcome traced = Fixtures.run(config, 3);
        RunOutcome plain = new InProcessNegotiationService(config)
                .negotiate(new RunRequest(0, 0, 0, 3, Map.of(), false));
        assertThat(plain.trace()).isEmpty();
        assertThat(plain.table()).isEqualTo(traced.table());
        assertThat(plain.ratifications()).isEqualTo(traced.ratifications());
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
