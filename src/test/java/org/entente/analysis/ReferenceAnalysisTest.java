package org.entente.analysis;

import org.entente.model.Issue;
import org.entente.model.NumericIssue;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.analysis.ScenarioFixtures.*;

class ReferenceAnalysisTest {

    private static double share(Game g, ReferencePoint p) {
        return ((NumericIssue) g.scenario().issue("share")).value(p.offer().get(0));
    }

    @Test
    void linearUnitSplitHasNashAndKsAtHalfAndWelfareTieGoesToLowestOffer() {
        Game g = Game.compile(linearSplit(0, 0, 0.01));
        ReferencePoints rp = ReferenceAnalysis.compute(g);
        assertThat(rp.exact()).isTrue();
        assertThat(rp.outcomes()).isEqualTo(101);
        assertThat(rp.paretoSize()).isEqualTo(101);
        assertThat(share(g, rp.nash())).isEqualTo(0.5);
        assertThat(share(g, rp.kalaiSmorodinsky())).isEqualTo(0.5);
        // every split has welfare 1: the tie goes to the lowest offer index
        assertThat(share(g, rp.maxWelfare())).isEqualTo(0.0);
    }

    @Test
    void concaveSplitMatchesTheContractsExample() {
        Game g = Game.compile(concaveSplit());
        ReferencePoints rp = ReferenceAnalysis.compute(g);
        assertThat(rp.outcomes()).isEqualTo(1001);
        assertThat(rp.paretoSize()).isEqualTo(1001);
        // Nash: max x sqrt(1-x) at x = 2/3
        assertThat(share(g, rp.nash())).isCloseTo(2.0 / 3, within(0.0006));
        assertThat(rp.nash().utilities()[1]).isCloseTo(Math.sqrt(1.0 / 3), within(0.001));
        // KS: x = sqrt(1-x), the golden ratio conjugate
        assertThat(share(g, rp.kalaiSmorodinsky())).isCloseTo((Math.sqrt(5) - 1) / 2, within(0.0006));
        assertThat(rp.kalaiSmorodinsky().utilities()[1]).isCloseTo(0.618, within(0.001));
        // max welfare: 1 = 1 / (2 sqrt(1-x)) at x = 3/4
        assertThat(share(g, rp.maxWelfare())).isEqualTo(0.75);
        assertThat(rp.maxWelfare().utilities()).containsExactly(new double[]{0.75, 0.5}, within(1e-12));
        assertThat(rp.frontier()).hasSize(1001);
    }

    @Test
    void reservationsShiftNashToHalfThePieAboveThem() {
        double ra = 0.2, rb = 0.4;
        Game g = Game.compile(linearSplit(ra, rb, 0.01));
        ReferencePoints rp = ReferenceAnalysis.compute(g);
        assertThat(share(g, rp.nash())).isCloseTo((1 + ra - rb) / 2, within(1e-9));
        assertThat(share(g, rp.kalaiSmorodinsky())).isCloseTo(0.4, within(1e-9));
        // individually rational: 0.2 <= x <= 0.6 on a 0.01 grid
        assertThat(rp.paretoSize()).isEqualTo(41);
        assertThat(rp.frontier()).allSatisfy(u -> {
            assertThat(u[0]).isGreaterThanOrEqualTo(ra - 1e-12);
            assertThat(u[1]).isGreaterThanOrEqualTo(rb - 1e-12);
        });
    }

    @Test
    void noIndividuallyRationalOutcomeGivesNoPoints() {
        ReferencePoints rp = ReferenceAnalysis.compute(Game.compile(linearSplit(0.6, 0.6, 0.1)));
        assertThat(rp.nash()).isNull();
        assertThat(rp.kalaiSmorodinsky()).isNull();
        assertThat(rp.maxWelfare()).isNull();
        assertThat(rp.paretoSize()).isZero();
        assertThat(rp.frontier()).isEmpty();
    }

    /** a cares 3:1 for x over y, b 1:3; both issues opposed. Conceding x to a and y to b is efficient. */
    static Scenario logrolling() {
        List<Issue> issues = List.of(numeric("x", "trade", 0, 1, 0.1), numeric("y", "infrastructure", 0, 1, 0.1));
        return scenario("Logrolling", issues, List.of(
                party("a", 0, Map.of("x", up(), "y", up()), Map.of("trade", 3.0, "infrastructure", 1.0)),
                party("b", 0, Map.of("x", down(), "y", down()), Map.of("trade", 1.0, "infrastructure", 3.0))));
    }

    @Test
    void logrollingTradesEachPartysPriorityIssue() {
        Game g = Game.compile(logrolling());
        ReferencePoints rp = ReferenceAnalysis.compute(g);
        // welfare = 1 + x/2 - y/2, maximal at x = 1, y = 0 with 0.75 each (splitting both gives 0.5 each)
        for (ReferencePoint p : List.of(rp.maxWelfare(), rp.nash(), rp.kalaiSmorodinsky())) {
            assertThat(p.offer().toArray()).containsExactly(10, 0);
            assertThat(p.utilities()).containsExactly(new double[]{0.75, 0.75}, within(1e-12));
        }
        // frontier: (x, 0) for every x and (1, y) for every y
        assertThat(rp.paretoSize()).isEqualTo(21);
    }

    @Test
    void threePartyParetoCountMatchesBruteForce() {
        Scenario s = randomScenario(new SplittableRandom(7), new int[]{6, 5, 4, 3}, 3);
        Game g = Game.compile(s);
        ReferencePoints rp = ReferenceAnalysis.compute(g);
        // brute force O(N^2) dominance
        List<double[]> ir = new ArrayList<>();
        for (int a = 0; a < 6; a++) for (int b = 0; b < 5; b++) for (int c = 0; c < 4; c++) for (int d = 0; d < 3; d++) {
            org.entente.negotiation.Offer o = new org.entente.negotiation.Offer(a, b, c, d);
            double[] u = g.parties().stream().mapToDouble(p -> p.utility().of(o)).toArray();
            boolean rational = true;
            for (int p = 0; p < 3; p++) rational &= u[p] >= g.parties().get(p).reservation() - 1e-12;
            if (rational) ir.add(u);
        }
        long count = ir.stream().filter(u -> ir.stream().noneMatch(v -> Dominance.dominates(v, u))).count();
        assertThat(rp.paretoSize()).isEqualTo(count).isPositive();
        double bestNash = ir.stream().mapToDouble(u -> Objectives.nashProduct(u, reservations(g))).max().orElseThrow();
        assertThat(Objectives.nashProduct(rp.nash().utilities(), reservations(g))).isCloseTo(bestNash, within(1e-12));
    }

    private static double[] reservations(Game g) {
        return GameTables.reservations(g);
    }

    /** Random mixed preferences (monotone with exponents, peaked, opposed and shared issues). */
    static Scenario randomScenario(SplittableRandom rnd, int[] sizes, int parties) {
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            issues.add(numeric("i" + i, ScenarioFixtures.INTERESTS.get(i % 3), 0, sizes[i] - 1, 1));
        }
        List<Party> ps = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            Map<String, Preference> prefs = new LinkedHashMap<>();
            for (int i = 0; i < sizes.length; i++) {
                double kind = rnd.nextDouble();
                double exp = 0.5 + 1.5 * rnd.nextDouble();
                if (kind < 0.4) prefs.put("i" + i, new Preference.Monotone(true, exp));
                else if (kind < 0.8) prefs.put("i" + i, new Preference.Monotone(false, exp));
                else prefs.put("i" + i, new Preference.Peaked(rnd.nextDouble() * (sizes[i] - 1), exp));
            }
            Map<String, Double> interests = new LinkedHashMap<>();
            for (String d : ScenarioFixtures.INTERESTS) interests.put(d, 0.2 + rnd.nextDouble());
            ps.add(party("p" + p, 0.15 + 0.2 * rnd.nextDouble(), prefs, interests));
        }
        return scenario("random", issues, ps);
    }

    @Test
    void approximationIsCloseToExactOnAGridJustUnderAMillion() {
        int[] sizes = {10, 10, 10, 10, 10, 9};
        double worstNash = 0, worstKs = 0, worstWelfare = 0, worstNearest = 0;
        for (int seed = 1; seed <= 3; seed++) {
            for (int parties = 2; parties <= 3; parties++) {
                Game g = Game.compile(randomScenario(new SplittableRandom(seed), sizes, parties));
                ReferencePoints ex = ReferenceAnalysis.exact(g);
                ReferencePoints ap = ReferenceAnalysis.approximate(g);
                assertThat(ex.outcomes()).isEqualTo(900_000);
                assertThat(ap.exact()).isFalse();
                double[] r = reservations(g);
                double nEx = Objectives.nashProduct(ex.nash().utilities(), r);
                double nAp = Objectives.nashProduct(ap.nash().utilities(), r);
                assertThat(nAp).isLessThanOrEqualTo(nEx + 1e-12);
                worstNash = Math.max(worstNash, (nEx - nAp) / nEx);
                double wEx = sum(ex.maxWelfare().utilities()), wAp = sum(ap.maxWelfare().utilities());
                worstWelfare = Math.max(worstWelfare, (wEx - wAp) / wEx);
                // KS share measured with the exact normaliser
                double[] best = bestIr(ex, g);
                double kEx = Objectives.ksShare(ex.kalaiSmorodinsky().utilities(), r, best);
                double kAp = Objectives.ksShare(ap.kalaiSmorodinsky().utilities(), r, best);
                worstKs = Math.max(worstKs, Math.abs(kEx - kAp));
                double dEx = Objectives.diagonalDistance(ex.kalaiSmorodinskyNearest().utilities(), r, best);
                double dAp = Objectives.diagonalDistance(ap.kalaiSmorodinskyNearest().utilities(), r, best);
                worstNearest = Math.max(worstNearest, dAp - dEx);
            }
        }
        System.out.printf("approximation error: nash product %.2e (relative), KS share %.2e, welfare %.2e (relative), "
                + "KS-nearest distance from the diagonal %.2e%n", worstNash, worstKs, worstWelfare, worstNearest);
        assertThat(worstNash).isLessThan(0.01);
        assertThat(worstWelfare).isLessThan(0.01);
        assertThat(worstKs).isLessThan(0.02);
        assertThat(worstNearest).isLessThan(0.05);
    }

    /** Each party's best utility among the IR outcomes, by brute force over the grid. */
    private static double[] bestIr(ReferencePoints ex, Game g) {
        int n = g.parties().size(), m = g.space().issueCount();
        double[] r = reservations(g);
        double[] best = new double[n];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        int[] x = new int[m];
        double[] u = new double[n];
        while (true) {
            for (int p = 0; p < n; p++) u[p] = g.parties().get(p).utility().of(x);
            if (Dominance.rational(u, r)) for (int p = 0; p < n; p++) best[p] = Math.max(best[p], u[p]);
            int j = m - 1;
            while (j >= 0 && ++x[j] == g.space().size(j)) x[j--] = 0;
            if (j < 0) return best;
        }
    }

    private static double sum(double[] u) {
        double s = 0;
        for (double v : u) s += v;
        return s;
    }

    @Test
    void aMillionOutcomesAreEnumeratedExactly() {
        // how fast is measured by `./entente bench` and the JMH benchmarks, never asserted
        Game g = Game.compile(randomScenario(new SplittableRandom(3), new int[]{10, 10, 10, 10, 10, 10}, 2));
        ReferencePoints rp = ReferenceAnalysis.compute(g);
        assertThat(rp.exact()).isTrue();
        assertThat(rp.outcomes()).isEqualTo(1_000_000);
        assertThat(rp.frontier().size()).isLessThanOrEqualTo(ReferenceAnalysis.FRONTIER_POINTS);
    }
}
