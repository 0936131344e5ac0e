package org.entente.report;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StreamingQuantilesTest {

    @Test
    void smallStreamsGiveExactType7Quantiles() {
        StreamingQuantiles q = new StreamingQuantiles(100, 0.05, 0.5, 0.95);
        for (int i = 10; i >= 1; i--) q.add(i);
        assertThat(q.exact()).isTrue();
        // R: quantile(1:10, c(.05, .5, .95)) = 1.45, 5.5, 9.55
        assertThat(q.quantile(0)).isCloseTo(1.45, within(1e-12));
        assertThat(q.quantile(1)).isCloseTo(5.5, within(1e-12));
        assertThat(q.quantile(2)).isCloseTo(9.55, within(1e-12));
    }

    @Test
    void largeStreamsSwitchToP2EstimatesCloseToTheTruth() {
        StreamingQuantiles q = new StreamingQuantiles(1000, 0.05, 0.5, 0.95);
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) q.add(r.nextDouble());
        assertThat(q.exact()).isFalse();
        assertThat(q.count()).isEqualTo(200_000);
        assertThat(q.quantile(0)).isCloseTo(0.05, within(0.01));
        assertThat(q.quantile(1)).isCloseTo(0.5, within(0.01));
        assertThat(q.quantile(2)).isCloseTo(0.95, within(0.01));
    }

    @Test
    void p2FollowsASkewedDistribution() {
        StreamingQuantiles q = new StreamingQuantiles(10, 0.5, 0.95);
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 100_000; i++) q.add(-Math.log(1 - r.nextDouble()));
        // exponential(1): median ln 2, 95th percentile ln 20
        assertThat(q.quantile(0)).isCloseTo(Math.log(2), within(0.02));
        assertThat(q.quantile(1)).isCloseTo(Math.log(20), within(0.06));
    }

    @Test
    void emptyStreamIsNaNAndNaNInputsAreIgnored() {
        StreamingQuantiles q = new StreamingQuantiles(10, 0.5);
        assertThat(q.quantile(0)).isNaN();
        q.add(Double.NaN);
        q.add(2);
        assertThat(q.count()).isEqualTo(1);
        assertThat(q.quantile(0)).isEqualTo(2);
    }
}
