package org.entente.negotiation.strategy;

import org.entente.model.Protocol;
import org.entente.negotiation.Fixtures;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Request;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OpponentModelTest {
    private final Game game = Game.compile(Fixtures.twoLevel());

    @Test
    void frequencyModelWeighsTheIssuesTheOpponentNeverMoves() {
        FrequencyModel m = new FrequencyModel(game.space(), 0.2);
        for (int k = 10; k >= 4; k--) m.observe("b", new Offer(0, k, 0));
        double[] w = m.issueWeights("b");
        assertThat(w[0]).isGreaterThan(w[1]);
        assertThat(w[2]).isGreaterThan(w[1]);
        assertThat(w[0] + w[1] + w[2]).isCloseTo(1.0, within(1e-12));
        var u = m.utilityOf("b");
        assertThat(u.of(new Offer(0, 5, 0))).isGreaterThan(u.of(new Offer(3, 5, 0)));
        assertThat(u.of(new Offer(0, 5, 0))).isGreaterThan(u.of(new Offer(0, 5, 2)));
    }

    @Test
    void beliefModelIsTheCommonKnowledgeScenario() {
        BeliefModel m = new BeliefModel(game);
        Offer o = new Offer(3, 4, 1);
        m.observe("b", new Offer(0, 0, 0));
        assertThat(m.utilityOf("b").of(o)).isEqualTo(game.party("b").utility().of(o));
    }

    @Test
    void titForTatMirrorsTheOpponentsConcession() {
        var config = Fixtures.config(Fixtures.split(0.01, 1), Protocol.ALTERNATING_OFFERS, 100,
                Map.of("a", Fixtures.strategy("tit_for_tat", "delta", 1, "window", 1)));
        var tft = (ComposedNegotiator) Strategies.create(Fixtures.context(config, "a"));
        tft.onTurn(new Request.Turn(1, new Offer(0), "b", 0));
        assertThat(tft.offering().target(tft.session())).isCloseTo(1.0, within(1e-12));
        // b concedes 0.1 of its own utility (share 0 -> 0.1): a concedes 0.1 of its own
        var reply = tft.onTurn(new Request.Turn(3, new Offer(10), "b", 0));
        assertThat(tft.offering().target(tft.session())).isCloseTo(0.9, within(1e-9));
        assertThat(reply).isEqualTo(new org.entente.negotiation.Reply.Propose(new Offer(90)));
        // b holds: a holds
        tft.onTurn(new Request.Turn(5, new Offer(10), "b", 0));
        assertThat(tft.offering().target(tft.session())).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void halfTitForTatConcedesHalfAsMuch() {
        var config = Fixtures.config(Fixtures.split(0.01, 1), Protocol.ALTERNATING_OFFERS, 100,
                Map.of("a", Fixtures.strategy("tit_for_tat", "delta", 0.5)));
        var tft = (ComposedNegotiator) Strategies.create(Fixtures.context(config, "a"));
        tft.onTurn(new Request.Turn(1, new Offer(0), "b", 0));
        tft.onTurn(new Request.Turn(3, new Offer(20), "b", 0));
        assertThat(tft.offering().target(tft.session())).isCloseTo(0.9, within(1e-9));
    }
}
