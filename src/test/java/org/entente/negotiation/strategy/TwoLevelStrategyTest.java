package org.entente.negotiation.strategy;

import org.entente.model.Protocol;
import org.entente.model.StrategySpec;
import org.entente.negotiation.Fixtures;
import org.entente.negotiation.Game;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.TraceEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TwoLevelStrategyTest {
    private final Game game = Game.compile(Fixtures.twoLevel());

    private RunOutcome run(Protocol protocol, StrategySpec a, StrategySpec b) {
        return Fixtures.run(Fixtures.config(Fixtures.twoLevel(), protocol, 60, Map.of("a", a, "b", b)), 3);
    }

    @Test
    void theScenarioHasPackagesTheHeadLikesButCannotRatify() {
        var a = game.party("a");
        var generous = new org.entente.negotiation.Offer(10, 8, 2);
        assertThat(a.utility().of(generous)).isGreaterThan(0.6);
        assertThat(a.forecast(generous).passed()).isFalse();
    }

    @Test
    void aTwoLevelHeadNeverOffersAnUnratifiablePackage() {
        for (Protocol p : new Protocol[]{Protocol.ALTERNATING_OFFERS, Protocol.MONOTONIC_CONCESSION}) {
            for (String type : new String[]{"boulware", "conceder", "frequency", "tit_for_tat", "zeuthen", "hardliner"}) {
                RunOutcome out = run(p, Fixtures.strategy(type, "two_level", 1), Fixtures.strategy("conceder"));
                assertThat(out.failed()).isFalse();
                assertThat(out.trace()).filteredOn(e -> e.actor().equals("a") && e.action().equals("offer"))
                        .as("%s under %s", type, p).isNotEmpty()
                        .extracting(TraceEvent::offer)
                        .allSatisfy(o -> assertThat(game.party("a").forecast(o).passed()).isTrue());
                if (out.agreedAtTable()) assertThat(out.ratified()).as("%s under %s", type, p).isTrue();
            }
        }
    }

    @Test
    void aHeadThatIgnoresItsOfficialsRisksRatificationFailure() {
        RunOutcome out = run(Protocol.ALTERNATING_OFFERS, Fixtures.strategy("conceder"),
                Fixtures.strategy("boulware"));
        assertThat(out.agreedAtTable()).isTrue();
        assertThat(out.ratified()).isFalse();
        assertThat(out.trace()).extracting(TraceEvent::action).contains("ratify");
    }

    @Test
    void aTwoLevelHeadConsultsAndWithdrawsFromAnUnratifiableAcceptance() {
        var ctx = Fixtures.context(Fixtures.config(Fixtures.twoLevel(), Protocol.ALTERNATING_OFFERS, 60,
                Map.of("a", Fixtures.strategy("conceder", "two_level", 1))), "a");
        var negotiator = Strategies.create(ctx);
        var unratifiable = new org.entente.negotiation.Offer(10, 8, 2);
        var forecast = game.party("a").forecast(unratifiable);
        assertThat(negotiator.proceedDespite(unratifiable, forecast)).isFalse();
        var plain = Strategies.create(Fixtures.context(Fixtures.config(Fixtures.twoLevel(),
                Protocol.ALTERNATING_OFFERS, 60, Map.of("a", Fixtures.strategy("conceder"))), "a"));
        assertThat(plain.proceedDespite(unratifiable, forecast)).isTrue();
    }

    @Test
    void aTwoLevelPartyVotesNoOnAnUnratifiableFinalText() {
        var ctx = Fixtures.context(Fixtures.config(Fixtures.twoLevel(), Protocol.SINGLE_TEXT, 60,
                Map.of("a", Fixtures.strategy("conceder", "two_level", 1))), "a");
        var negotiator = Strategies.create(ctx);
        var unratifiable = new org.entente.negotiation.Offer(10, 8, 2);
        assertThat(negotiator.onFinalVote(new org.entente.negotiation.Request.FinalVote(59, unratifiable))).isFalse();
    }
}
