package org.entente.outcome;

import org.entente.model.Implementation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.model.ImplementationParameter.BUILD_YEARS;
import static org.entente.model.ImplementationParameter.EXIT;
import static org.entente.model.ImplementationParameter.TRUST_RATE;
import static org.entente.model.ImplementationParameter.YEARS;

class CalibrationTest {

    @Test
    void readsEachParameterByItsCatalogueEntryWithDefaultsFilledIn() {
        Calibration c = Calibration.of(Worlds.implementation(null, "trust_rate", 0.7));
        assertThat(c.get(TRUST_RATE)).isEqualTo(0.7);
        assertThat(c.get(YEARS)).isEqualTo(YEARS.spec().defaultValue());
        assertThat(Calibration.of(null).get(TRUST_RATE)).isEqualTo(TRUST_RATE.spec().defaultValue());
    }

    @Test
    void countsAreRoundedAndKeptInTheCatalogueRange() {
        Implementation m = Worlds.implementation(null, "years", 7.6, "build_years", 0.2);
        Calibration c = Calibration.of(m);
        assertThat(c.whole(YEARS)).isEqualTo(8);
        assertThat(c.whole(BUILD_YEARS)).as("build_years is at least 1").isEqualTo(1);
    }

    @Test
    void aSwitchIsOnFromOneHalf() {
        assertThat(Calibration.of(Worlds.implementation(null, "exit", 0.49)).on(EXIT)).isFalse();
        assertThat(Calibration.of(Worlds.implementation(null, "exit", 0.5)).on(EXIT)).isTrue();
    }
}
