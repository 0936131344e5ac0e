package org.entente.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WarmupTest {
    private static final Duration LONG = Duration.ofHours(1);

    /** Feeds stretches until the warm-up says it is over; returns how many it took. */
    private static int run(Warmup w, double[] jitShares, double[] rates) {
        int i = 0;
        while (w.goesOn()) {
            w.judge(jitShares[i], rates[i]);
            i++;
        }
        return w.stretches();
    }

    @Test
    void endsAfterTwoStretchesInARowInWhichTheCompilersTookUnderATenthOfTheTime() {
        double[] shares = {1.35, 1.10, 0.05, 0.93, 0.09, 0.20, 0.08, 0.04, 0.01};
        double[] rates = {300, 600, 700, 800, 1100, 1200, 2100, 2600, 2700};
        assertThat(run(new Warmup(true, 3, LONG), shares, rates)).isEqualTo(8);
    }

    @Test
    void runsItsMinimumEvenWhenTheJitIsIdleFromTheStart() {
        double[] quiet = {0, 0, 0, 0, 0};
        double[] rates = {1000, 1000, 1000, 1000, 1000};
        assertThat(run(new Warmup(true, 3, LONG), quiet, rates)).isEqualTo(3);
        assertThat(run(new Warmup(true, 1, LONG), quiet, rates)).isEqualTo(2);
    }

    @Test
    void stopsAtItsLimitWhileTheJitStillCompilesButNotBeforeItsMinimum() {
        double[] busy = {1, 1, 1, 1, 1};
        double[] rates = {100, 200, 300, 400, 500};
        assertThat(run(new Warmup(true, 2, Duration.ZERO), busy, rates)).isEqualTo(2);
    }

    @Test
    void withoutAJitClockTwoStretchesNoMoreThanFivePercentFasterThanTheBestEndIt() {
        double[] unknown = new double[8];
        double[] rates = {100, 200, 300, 310, 200, 330, 340, 320};
        // 310 and then 200 are no gain on 300 (under 315): it ends there, before the 330 that would have been one
        assertThat(run(new Warmup(false, 3, LONG), unknown, rates)).isEqualTo(5);
    }
}
