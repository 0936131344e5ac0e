package org.entente.config;

import org.entente.model.Config;
import org.entente.model.NumericIssue;
import org.entente.model.Preference;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.config.RefusedConfig.errors;
import static org.assertj.core.api.Assertions.within;

/** The linear numeric preference {@code {at_min: a, at_max: b}} (GENIUS's and GeniusWeb's linear evaluators). */
class LinearPreferenceConfigTest {

    private static String config(String preference) {
        return """
                scenario:
                  name: Linear
                  issues:
                    - id: aid
                      interest: trade
                      min: 0
                      max: 100
                      step: 25
                  parties:
                    - id: a
                      preferences:
                        aid: %s
                    - id: b
                      preferences:
                        aid: {direction: down}
                """.formatted(preference);
    }

    @Test
    void valuesRunLinearlyFromAtMinToAtMax() throws Exception {
        Config c = ConfigLoader.load(Path.of("x.yaml"), config("{at_min: 0.1, at_max: 0.9}"));
        Preference p = c.scenario().party("a").preferences().get("aid");
        assertThat(p).isEqualTo(new Preference.Linear(0.1, 0.9));
        NumericIssue aid = (NumericIssue) c.scenario().issue("aid");
        assertThat(p.value(aid, 0)).isEqualTo(0.1);
        assertThat(p.value(aid, 1)).isCloseTo(0.3, within(1e-15));
        assertThat(p.value(aid, 4)).isCloseTo(0.9, within(1e-15));
        // direction: up is the special case 0 to 1
        Preference up = new Preference.Monotone(true, 1);
        Preference linearUp = new Preference.Linear(0, 1);
        for (int k = 0; k < 5; k++) assertThat(linearUp.value(aid, k)).isEqualTo(up.value(aid, k));
    }

    @Test
    void bothEndsAreNeededAndInZeroOne() {
        assertThat(errors(config("{at_min: 0.1}"))).containsExactly(
                "x.yaml:12:14: scenario.parties.a.preferences.aid.at_max: missing; at_min and at_max go together (values in [0, 1])");
        assertThat(errors(config("{at_min: 0.1, at_max: 1.5}"))).hasSize(1).first().asString()
                .startsWith("x.yaml:12:36: scenario.parties.a.preferences.aid.at_max: ");
    }

    @Test
    void directionOrExponentWithTheEndsIsAnError() {
        assertThat(errors(config("{at_min: 0.1, at_max: 0.9, exponent: 2}"))).hasSize(1).first().asString()
                .startsWith("x.yaml:12:41: scenario.parties.a.preferences.aid.exponent: exponent given with at_min/at_max");
    }
}
