package org.entente.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeedsTest {

    @Test
    void runSeedDependsOnlyOnMasterSeedAndRunId() {
        assertThat(Seeds.run(2026, 7)).isEqualTo(Seeds.run(2026, 7));
        assertThat(Seeds.run(2026, 7)).isNotEqualTo(Seeds.run(2026, 8));
        assertThat(Seeds.run(2026, 7)).isNotEqualTo(Seeds.run(2027, 7));
    }

    @Test
    void runSeedsDoNotCollideOverAHundredThousandRuns() {
        Set<Long> seen = new HashSet<>();
        for (long id = 0; id < 100_000; id++) seen.add(Seeds.run(1, id));
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void namedStreamsAreIndependentOfEachOther() {
        long run = Seeds.run(1, 0);
        assertThat(Seeds.stream(run, "noise")).isNotEqualTo(Seeds.stream(run, "mediator"));
        assertThat(Seeds.random(run, "noise").nextLong()).isEqualTo(Seeds.random(run, "noise").nextLong());
    }

    @Test
    void gaussianHasUnitVarianceAndZeroMean() {
        SplittableRandom r = new SplittableRandom(42);
        double sum = 0, sq = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double z = Seeds.gaussian(r);
            sum += z;
            sq += z * z;
        }
        double mean = sum / n;
        assertThat(mean).isCloseTo(0, within(0.01));
        assertThat(sq / n - mean * mean).isCloseTo(1, within(0.02));
    }
}
