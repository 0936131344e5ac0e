package org.entente.config;

import org.entente.model.Config;
import org.entente.model.Design;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.config.RefusedConfig.errors;

/** The keys of the sensitivity designs and of common random numbers: read, defaulted, refused. */
class SensitivityConfigTest {
    private static String config(String experiment) {
        return ConfigLoaderTest.MINIMAL + "experiment:\n" + experiment;
    }

    @Test
    void commonRandomNumbersAndMorrisLevelsAreReadWithTheirDefaults() throws Exception {
        Config plain = ConfigLoader.load(Path.of("x.yaml"), config("  runs: 2\n"));
        assertThat(plain.experiment().commonRandomNumbers()).isFalse();
        Config morris = ConfigLoader.load(Path.of("x.yaml"), config("""
                  common_random_numbers: true
                  sweep:
                    design: morris
                    samples: 5
                    levels: 6
                    parameters:
                      - {path: parties.a.reservation, min: 0, max: 0.4}
                """));
        assertThat(morris.experiment().commonRandomNumbers()).isTrue();
        assertThat(morris.experiment().sweep().design()).isEqualTo(Design.MORRIS);
        assertThat(morris.experiment().sweep().levels()).isEqualTo(6);
        Config saltelli = ConfigLoader.load(Path.of("x.yaml"), config("""
                  sweep:
                    design: saltelli
                    samples: 8
                    parameters:
                      - {path: parties.a.reservation, min: 0, max: 0.4}
                """));
        assertThat(saltelli.experiment().sweep().levels()).isEqualTo(4);
    }

    @Test
    void sensitivityDesignsTakeOnlyRangesThatVary() {
        assertThat(errors(config("""
                  sweep:
                    design: saltelli
                    samples: 1
                    parameters:
                      - {path: parties.a.reservation, values: [0.1, 0.2]}
                      - {path: parties.b.reservation, min: 0.2, max: 0.2}
                """))).containsExactly(
                "x.yaml:18:14: experiment.sweep.samples: 1 is too few for design saltelli; expected at least 2 base samples",
                "x.yaml:20:39: experiment.sweep.parameters[0].values: design saltelli takes only min and max parameters; "
                        + "expected min and max instead of values",
                "x.yaml:21:54: experiment.sweep.parameters[1].max: max equals min, so design saltelli cannot vary it; "
                        + "expected max > min");
    }

    @Test
    void levelsMustBeEvenAndOnlyForMorris() {
        assertThat(errors(config("""
                  sweep:
                    design: morris
                    samples: 4
                    levels: 5
                    parameters:
                      - {path: parties.a.reservation, min: 0, max: 0.4}
                """))).containsExactly("x.yaml:19:13: experiment.sweep.levels: 5 is odd; expected an even number of levels "
                + "(Morris's step is levels / (2 (levels - 1)) of the range)");
        assertThat(errors(config("""
                  sweep:
                    design: sobol
                    samples: 4
                    levels: 4
                    parameters:
                      - {path: parties.a.reservation, min: 0, max: 0.4}
                """))).containsExactly("x.yaml:19:5: experiment.sweep.levels: levels applies to design morris only; "
                + "expected no levels for design sobol");
        assertThat(errors(config("  common_random_numbers: maybe\n"))).containsExactly(
                "x.yaml:16:26: experiment.common_random_numbers: found the text 'maybe'; expected true or false");
    }
}
