package org.entente.analysis;

import org.entente.interop.BruteForceSpecials;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.analysis.ScenarioFixtures.*;

/** GENIUS's Kalai–Smorodinsky convention (nearest the diagonal) beside Entente's (largest smallest share). */
class KalaiSmorodinskyNearestTest {

    /** One issue whose options give (u_a, u_b) = (1, 0), (0, 1), (0.6, 0.9), (0.8, 0.58); all Pareto-optimal. */
    static Scenario fourPackages() {
        Map<String, Double> a = Map.of("a_best", 1.0, "b_best", 0.0, "generous", 0.6, "even", 0.8);
        Map<String, Double> b = Map.of("a_best", 0.0, "b_best", 1.0, "generous", 0.9, "even", 0.58);
        return scenario("Four packages", List.of(discrete("deal", "trade", "a_best", "b_best", "generous", "even")),
                List.of(party("a", 0, Map.of("deal", new Preference.Valued(a))),
                        party("b", 0, Map.of("deal", new Preference.Valued(b)))));
    }

    @Test
    void maximinTakesTheBestWorstOffOutcomeWhileNearestTakesTheMostEqual() {
        Game g = Game.compile(fourPackages());
        ReferencePoints rp = ReferenceAnalysis.compute(g);
        assertThat(rp.paretoSize()).isEqualTo(4);
        // smallest normalised gain: 0.6 for "generous", 0.58 for "even"
        assertThat(rp.kalaiSmorodinsky().offer().get(0)).isEqualTo(2);
        // distance from the diagonal: |0.6 - 0.9| for "generous", |0.8 - 0.58| for "even"
        assertThat(rp.kalaiSmorodinskyNearest().offer().get(0)).isEqualTo(3);
        assertThat(rp.kalaiSmorodinskyNearest().utilities()).containsExactly(new double[]{0.8, 0.58}, within(1e-12));
    }

    @Test
    void bothConventionsAgreeWhereTheFrontierCrossesTheDiagonalOnTheGrid() {
        Game g = Game.compile(concaveSplit());
        ReferencePoints rp = ReferenceAnalysis.compute(g);
        assertThat(rp.kalaiSmorodinskyNearest().offer()).isEqualTo(rp.kalaiSmorodinsky().offer());
        assertThat(rp.kalaiSmorodinskyNearest().utilities()[0]).isCloseTo(0.618, within(0.001));
    }

    @Test
    void reservationsMoveTheDisagreementEndOfTheDiagonal() {
        // linear split with reservations 0.2 and 0.4: IR shares 0.2..0.6, equal normalised gains at 0.4
        Game g = Game.compile(linearSplit(0.2, 0.4, 0.01));
        ReferencePoints rp = ReferenceAnalysis.compute(g);
        assertThat(rp.kalaiSmorodinskyNearest().utilities()).containsExactly(new double[]{0.4, 0.6}, within(1e-9));
    }

    @Test
    void nearestMatchesABruteForceOverTheParetoSetWithThreeParties() {
        for (int seed = 1; seed <= 4; seed++) {
            Game g = Game.compile(ReferenceAnalysisTest.randomScenario(new SplittableRandom(seed), new int[]{5, 4, 4, 3}, 3));
            ReferencePoints rp = ReferenceAnalysis.compute(g);
            double[] r = GameTables.reservations(g);
            BruteForceSpecials want = BruteForceSpecials.of(GameTables.tables(g), r);
            double got = BruteForceSpecials.spread(rp.kalaiSmorodinskyNearest().utilities(), r, want.best());
            assertThat(got).isCloseTo(want.nearestDistance(), within(1e-12));
        }
    }

    @Test
    void noIndividuallyRationalOutcomeGivesNoNearestPoint() {
        assertThat(ReferenceAnalysis.compute(Game.compile(linearSplit(0.6, 0.6, 0.1))).kalaiSmorodinskyNearest()).isNull();
    }

    @Test
    void partiesWithoutRoomAreLeftOutOfTheDistance() {
        // c gets 1 whatever happens and needs 1 (no room): only a's and b's gains count, so the even split
        Party c = new Party("c", "c", 1.0, 1, 1, 1, Map.of("other", up()), Map.of(), Map.of("trade", 1.0),
                List.of(head(Map.of("trade", 1.0), 1.0)), 0.5, null);
        Scenario s = scenario("c has no room", List.of(numeric("share", "trade", 0, 1, 0.25), numeric("other", "trade", 0, 0, 1)),
                List.of(party("a", 0, Map.of("share", up())), party("b", 0, Map.of("share", down())), c));
        ReferencePoints rp = ReferenceAnalysis.compute(Game.compile(s));
        assertThat(rp.kalaiSmorodinskyNearest().utilities()).containsExactly(new double[]{0.5, 0.5, 1.0}, within(1e-12));
    }
}
