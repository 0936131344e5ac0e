package org.entente.analysis;

import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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
            Scenario s = ReferenceAnalysisTest.randomScenario(new SplittableRandom(seed), new int[]{5, 4, 4, 3}, 3);
            Game g = Game.compile(s);
            ReferencePoints rp = ReferenceAnalysis.compute(g);
            double[] r = g.parties().stream().mapToDouble(p -> p.reservation()).toArray();
            List<double[]> ir = new ArrayList<>();
            for (int a = 0; a < 5; a++) for (int b = 0; b < 4; b++) for (int c = 0; c < 4; c++) for (int d = 0; d < 3; d++) {
                Offer o = new Offer(a, b, c, d);
                double[] u = g.parties().stream().mapToDouble(p -> p.utility().of(o)).toArray();
                boolean rational = true;
                for (int p = 0; p < 3; p++) rational &= u[p] >= r[p] - 1e-12;
                if (rational) ir.add(u);
            }
            double[] best = new double[3];
            for (int p = 0; p < 3; p++) {
                final int q = p;
                best[p] = ir.stream().mapToDouble(u -> u[q]).max().orElseThrow();
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] u : ir) {
                boolean dominated = ir.stream().anyMatch(v -> weaklyBetterEverywhere(v, u));
                if (!dominated) nearest = Math.min(nearest, spread(u, r, best));
            }
            assertThat(spread(rp.kalaiSmorodinskyNearest().utilities(), r, best)).isCloseTo(nearest, within(1e-12));
        }
    }

    private static boolean weaklyBetterEverywhere(double[] v, double[] u) {
        boolean strict = false;
        for (int p = 0; p < u.length; p++) {
            if (v[p] < u[p] - 1e-12) return false;
            if (v[p] > u[p] + 1e-12) strict = true;
        }
        return strict;
    }

    /** Root of the summed squared deviations of the normalised gains from their mean. */
    private static double spread(double[] u, double[] r, double[] best) {
        double[] g = new double[u.length];
        double mean = 0;
        for (int p = 0; p < u.length; p++) {
            g[p] = (u[p] - r[p]) / (best[p] - r[p]);
            mean += g[p] / u.length;
        }
        double ss = 0;
        for (double x : g) ss += (x - mean) * (x - mean);
        return Math.sqrt(ss);
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
