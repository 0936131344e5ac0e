package org.entente.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Morris's statistics from elementary effects. */
class ElementaryEffectsTest {
    private static final Bootstrap BOOTSTRAP = new Bootstrap(Bootstrap.RESAMPLES, 7);

    @Test
    void muStarIsTheMeanAbsoluteEffectSigmaItsSpreadAndMuItsSignedMean() {
        double[][] effects = {{1, -3, 2, -2}, {0.5, 0.5, 0.5, 0.5}, {0, 0, 0, 0}};
        List<MorrisIndex> m = ElementaryEffects.estimate(effects, BOOTSTRAP);
        assertThat(m.get(0).muStar().estimate()).isEqualTo(2.0);
        assertThat(m.get(0).mu()).isEqualTo(-0.5);
        assertThat(m.get(0).sigma()).isCloseTo(Math.sqrt((2.25 + 6.25 + 6.25 + 2.25) / 3), within(1e-12));
        assertThat(m.get(0).muStar().lo()).isBetween(1.0, 2.0);
        assertThat(m.get(0).muStar().hi()).isBetween(2.0, 3.0);
        assertThat(m.get(1).sigma()).isZero();
        assertThat(m.get(1).muStar().lo()).isEqualTo(0.5);
        assertThat(m.get(1).muStar().hi()).isEqualTo(0.5);
        assertThat(m.get(2).muStar().estimate()).isZero();
        assertThat(m.get(0).trajectories()).isEqualTo(4);
    }

    @Test
    void missingEffectsAreLeftOut() {
        MorrisIndex m = ElementaryEffects.estimate(new double[][]{{Double.NaN, 2, -4}}, BOOTSTRAP).get(0);
        assertThat(m.muStar().estimate()).isEqualTo(3.0);
        assertThat(m.trajectories()).isEqualTo(2);
        MorrisIndex none = ElementaryEffects.estimate(new double[][]{{Double.NaN}}, BOOTSTRAP).get(0);
        assertThat(none.muStar().estimate()).isNaN();
        assertThat(none.sigma()).isNaN();
        assertThat(none.trajectories()).isZero();
    }
}
