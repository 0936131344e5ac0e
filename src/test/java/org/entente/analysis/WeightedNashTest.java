package org.entente.analysis;

import org.entente.model.NumericIssue;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The weighted Nash solution: the product of the gains, each raised to the party's share of power. */
class WeightedNashTest {

    /** A unit surplus split on a 0.01 grid; a's power {@code a}, b's power {@code b}, no reservations. */
    private static Game split(double a, double b) {
        NumericIssue share = ScenarioFixtures.numeric("share", "trade", 0, 1, 0.01);
        Map<String, Double> trade = Map.of("trade", 1.0);
        Party pa = new Party("a", "a", 0, 1, a, 1, Map.of("share", ScenarioFixtures.up()), Map.of(), trade,
                List.of(ScenarioFixtures.head(trade, 0)), 0.5, null);
        Party pb = new Party("b", "b", 0, 1, b, 1, Map.<String, Preference>of("share", ScenarioFixtures.down()), Map.of(),
                trade, List.of(ScenarioFixtures.head(trade, 0)), 0.5, null);
        Scenario s = ScenarioFixtures.scenario("split", List.of(share), List.of(pa, pb));
        return Game.compile(s);
    }

    private static double share(Game g, ReferencePoint p) {
        return ((NumericIssue) g.scenario().issue("share")).value(p.offer().get(0));
    }

    @Test
    void powerThreeToOneOnALinearSplitGivesTheStrongerPartyThreeQuarters() {
        Game g = split(3, 1);
        assertThat(share(g, ReferenceAnalysis.exact(g).weightedNash())).isEqualTo(0.75);
        assertThat(share(g, ReferenceAnalysis.approximate(g).weightedNash())).isEqualTo(0.75);
        // the plain Nash solution ignores power
        assertThat(share(g, ReferenceAnalysis.exact(g).nash())).isEqualTo(0.5);
    }

    @Test
    void equalPowerGivesTheNashSolution() {
        Game g = split(2, 2);
        ReferencePoints rp = ReferenceAnalysis.exact(g);
        assertThat(rp.weightedNash().offer()).isEqualTo(rp.nash().offer());
    }

    @Test
    void theWeightedProductRaisesEachGainToItsShareOfPower() {
        double[] u = {0.8, 0.4}, r = {0.2, 0.2}, w = {0.75, 0.25};
        assertThat(Objectives.weightedNashProduct(u, r, w))
                .isCloseTo(Math.pow(0.6, 0.75) * Math.pow(0.2, 0.25), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Objectives.weightedNashProduct(new double[]{0.1, 0.9}, r, w)).isZero();
    }
}
