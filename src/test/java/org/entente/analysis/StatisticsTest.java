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

    /** Mean and sample variance of xs, then the bounded-mean interval. */
    private static Interval unit(double... xs) {
        double mean = 0, ss = 0;
        for (double x : xs) mean += x / xs.length;
        for (double x : xs) ss += (x - mean) * (x - mean);
        return Statistics.unitMean(xs.length, mean, ss / (xs.length - 1));
    }

    @Test
    void aBoundedMeanOfThreeRunsNeverLeavesZeroOne() {
        // compliance 0.9, 1, 1 (n = 3): the t interval reaches 1.08; this one stays below 1
        Interval compliance = unit(0.9, 1, 1);
        assertThat(Statistics.tInterval(3, compliance.estimate(), 1 / 300.0).hi()).isGreaterThan(1.05);
        assertThat(compliance.estimate()).isCloseTo(0.96667, within(1e-5));
        assertThat(compliance.hi()).isLessThanOrEqualTo(1.0).isGreaterThan(compliance.estimate());
        assertThat(compliance.lo()).isGreaterThanOrEqualTo(0.0).isLessThan(compliance.estimate());
        java.util.SplittableRandom r = new java.util.SplittableRandom(13);
        for (int k = 0; k < 2000; k++) {
            double[] xs = new double[2 + r.nextInt(6)];
            for (int i = 0; i < xs.length; i++) xs[i] = r.nextInt(4) == 0 ? r.nextInt(2) : r.nextDouble();
            Interval i = unit(xs);
            assertThat(i.lo()).isBetween(0.0, i.estimate() + 1e-12);
            assertThat(i.hi()).isBetween(i.estimate() - 1e-12, 1.0);
        }
    }

    @Test
    void aBoundedMeanFarFromTheBoundsIsCloseToTheTInterval() {
        // n = 400 around 0.5 with variance 0.04: both about 0.5 ± 0.0197
        Interval b = Statistics.unitMean(400, 0.5, 0.04);
        Interval t = Statistics.tInterval(400, 0.5, 0.04);
        assertThat(b.lo()).isCloseTo(t.lo(), within(2e-4));
        assertThat(b.hi()).isCloseTo(t.hi(), within(2e-4));
        assertThat(Statistics.unitMean(5, 1.0, 0.0)).isEqualTo(new Interval(1.0, 1.0, 1.0));
        assertThat(Statistics.unitMean(1, 0.4, Double.NaN).lo()).isNaN();
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
