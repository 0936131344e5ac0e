package org.entente.analysis;

import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.analysis.ScenarioFixtures.linearSplit;

/** Distances of an agreement from the frontier, Nash and Kalai–Smorodinsky: geometry, and the whole frontier. */
class AgreementDistancesTest {

    private static ReferencePoint at(double... u) {
        return new ReferencePoint(null, u);
    }

    @Test
    void distancesAreEuclideanToTheNearestFrontierPointAndToEachSolution() {
        List<double[]> front = List.of(new double[]{0, 1}, new double[]{0.6, 0.6}, new double[]{1, 0});
        ReferencePoints ref = new ReferencePoints(3, 3, at(0.6, 0.6), at(0.6, 0.6), at(1, 0), at(0.6, 0.6), at(0.6, 0.6), front,
                front, true);
        AgreementDistances d = AgreementDistances.of(ref, new double[]{0.5, 0.5});
        assertThat(d.pareto()).isCloseTo(Math.sqrt(0.02), within(1e-15));
        assertThat(d.nash()).isCloseTo(Math.sqrt(0.02), within(1e-15));
        assertThat(d.kalaiSmorodinsky()).isCloseTo(Math.sqrt(0.5), within(1e-15));
        AgreementDistances corner = AgreementDistances.of(ref, new double[]{1, 0});
        assertThat(corner.pareto()).isZero();
        assertThat(corner.nash()).isCloseTo(Math.sqrt(0.4 * 0.4 + 0.6 * 0.6), within(1e-15));
        assertThat(corner.kalaiSmorodinsky()).isZero();
    }

    @Test
    void withoutAnIndividuallyRationalOutcomeEveryDistanceIsUndefined() {
        ReferencePoints none = new ReferencePoints(1, 0, null, null, null, null, null, List.of(), List.of(), true);
        AgreementDistances d = AgreementDistances.of(none, new double[]{0.3, 0.2});
        assertThat(d.pareto()).isNaN();
        assertThat(d.nash()).isNaN();
        assertThat(d.kalaiSmorodinsky()).isNaN();
    }

    @Test
    void theParetoDistanceUsesTheWholeFrontierNotTheOneThinnedForCharts() {
        // 10001 splits, all Pareto-optimal: charts get 2000 of them, the distance all of them
        Game g = Game.compile(linearSplit(0, 0, 0.0001));
        ReferencePoints ref = ReferenceAnalysis.compute(g);
        assertThat(ref.frontier()).hasSize(ReferenceAnalysis.FRONTIER_POINTS);
        assertThat(ref.pareto()).hasSize(10001);
        Offer split = new Offer(new int[]{3});
        double[] u = ReferenceAnalysis.point(g, split).utilities();
        AgreementDistances d = AgreementDistances.of(ref, u);
        assertThat(d.pareto()).isZero();
        assertThat(d.nash()).isCloseTo(Math.sqrt(2) * (0.5 - 0.0003), within(1e-12));
    }
}
