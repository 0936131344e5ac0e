package org.entente.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatisticsTest {

    @Test
    void wilsonIntervalForSevenOfTenMatchesHandComputation() {
        Interval i = Statistics.wilson(7, 10);
        assertThat(i.estimate()).isEqualTo(0.7);
        assertThat(i.lo()).isCloseTo(0.3968, within(5e-5));
        assertThat(i.hi()).isCloseTo(0.8922, within(5e-5));
    }

    @Test
    void wilsonIntervalStaysInsideZeroOneAtTheExtremes() {
        Interval none = Statistics.wilson(0, 20);
        assertThat(none.lo()).isEqualTo(0.0);
        // z^2 / (n + z^2) for n = 20: 3.8415 / 23.8415
        assertThat(none.hi()).isCloseTo(0.16113, within(5e-5));
        Interval all = Statistics.wilson(20, 20);
        assertThat(all.hi()).isEqualTo(1.0);
        assertThat(all.lo()).isCloseTo(1 - 0.16113, within(5e-5));
    }

    @Test
    void wilsonOfNoTrialsIsUndefined() {
        assertThat(Statistics.wilson(0, 0).estimate()).isNaN();
    }

    @Test
    void tIntervalUsesStudentQuantileWithNMinusOneDegreesOfFreedom() {
        // n = 4, sd = 1: t(0.975, 3) = 3.182446305, half-width = 3.182446305 / 2
        Interval i = Statistics.tInterval(4, 2.0, 1.0);
        assertThat(i.lo()).isCloseTo(2 - 1.5912232, within(1e-6));
        assertThat(i.hi()).isCloseTo(2 + 1.5912232, within(1e-6));
        // n = 30, variance 4: t(0.975, 29) = 2.045229642, half = 2.045229642 * 2 / sqrt(30)
        Interval j = Statistics.tInterval(30, 0.5, 4.0);
        assertThat(j.hi() - 0.5).isCloseTo(0.7468, within(1e-4));
    }

    @Test
    void tIntervalOfOneObservationHasNoBounds() {
        Interval i = Statistics.tInterval(1, 3.0, Double.NaN);
        assertThat(i.estimate()).isEqualTo(3.0);
        assertThat(i.lo()).isNaN();
        assertThat(i.hi()).isNaN();
    }
}
