package org.entente.negotiation.strategy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Backward induction in the alternating-offers game: Rubinstein's split, Ståhl's finite horizon, no gain from nothing. */
class EquilibriumPlanTest {

    /** A unit surplus split on a grid of {@code steps}: agreement k gives party 0 k / steps, party 1 the rest. */
    private static double[][] split(int steps) {
        double[][] u = new double[2][steps + 1];
        for (int k = 0; k <= steps; k++) {
            u[0][k] = (double) k / steps;
            u[1][k] = 1 - u[0][k];
        }
        return u;
    }

    private static EquilibriumPlan plan(int steps, double d0, double d1, double r0, double r1, int deadline) {
        return new EquilibriumPlan(split(steps), new double[]{d0, d1}, new double[]{r0, r1}, deadline, 0);
    }

    @Test
    void aLongDeadlineGivesRubinsteinsSplitInRoundZero() {
        double[][] deltas = {{0.9, 0.8}, {0.8, 0.9}, {0.5, 0.5}, {0.95, 0.6}, {0.99, 0.99}};
        for (double[] d : deltas) {
            EquilibriumPlan p = plan(1000, d[0], d[1], 0, 0, 2000);
            double rubinstein = (1 - d[1]) / (1 - d[0] * d[1]);
            assertThat(p.proposal(0) / 1000.0).as("δ = %s", d).isCloseTo(rubinstein, within(0.0005 + 1e-9));
            assertThat(p.value(0)).isCloseTo(rubinstein, within(1e-9));
        }
    }

    @Test
    void onTheGridTheOfferIsTheNearestPointToRubinsteins() {
        // 0.2 / 0.28 = 0.714...: 0.71 on a 0.01 grid, for an even and an odd deadline alike
        assertThat(plan(100, 0.9, 0.8, 0, 0, 100).proposal(0)).isEqualTo(71);
        assertThat(plan(100, 0.9, 0.8, 0, 0, 99).proposal(0)).isEqualTo(71);
    }

    @Test
    void aShortDeadlineGivesStahlsFiniteHorizonSplit() {
        // deadline 2: only round 0's offer can be accepted, so its proposer takes everything
        assertThat(plan(100, 0.9, 0.8, 0, 0, 2).proposal(0)).isEqualTo(100);
        // deadline 3: party 1 would take everything in round 1, worth δ1 = 0.8 now: party 0 keeps 1 − δ1
        assertThat(plan(100, 0.9, 0.8, 0, 0, 3).proposal(0)).isEqualTo(20);
        // deadline 4: 1 − δ1 (1 − δ0) = 0.92
        assertThat(plan(100, 0.9, 0.8, 0, 0, 4).proposal(0)).isEqualTo(92);
        // a proposal in the last round can no longer be accepted
        assertThat(plan(100, 0.9, 0.8, 0, 0, 4).proposal(3)).isEqualTo(-1);
    }

    @Test
    void reservationsBoundWhatTheEquilibriumGives() {
        // party 1's reservation 0.5 is not discounted, so no agreement after round 3 can be worth it to
        // party 1 (0.8^4 < 0.5): a finite game whose last proposer is party 1, which takes everything
        // in round 3 (worth 0.512); backwards, party 0 keeps 0.2 in round 2, concedes 0.18 in round 1
        // and keeps 1 − 0.82·0.8 = 0.344 in round 0
        EquilibriumPlan p = plan(100, 0.9, 0.8, 0, 0.5, 100);
        assertThat(p.proposal(0)).isEqualTo(34);
        assertThat(p.agreementFrom(4)).isFalse();
        // reservations above the frontier (0.6 + 0.6 > 1): no agreement in any round, each gets its reservation
        EquilibriumPlan none = plan(100, 0.9, 0.8, 0.6, 0.6, 100);
        assertThat(none.agreementFrom(0)).isFalse();
        assertThat(none.value(0)).isEqualTo(0.6);
    }

    @Test
    void patiencePays() {
        double previous = 0;
        for (double d0 : new double[]{0.3, 0.5, 0.7, 0.9, 0.97}) {
            double share = plan(1000, d0, 0.8, 0, 0, 500).proposal(0) / 1000.0;
            assertThat(share).as("δ0 = %s", d0).isGreaterThan(previous);
            previous = share;
        }
    }
}
