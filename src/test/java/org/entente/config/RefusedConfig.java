package org.entente.config;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The config tests' one way to load a YAML text that must be refused and read its error lines. */
final class RefusedConfig {
    private RefusedConfig() {
    }

    /** The error lines of loading {@code yaml} as x.yaml; fails the test if the config is accepted. */
    static List<String> errors(String yaml) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(Path.of("x.yaml"), yaml));
        assertThat(e).as("expected the config to be refused").isNotNull();
        return e.errors().stream().map(ConfigError::toString).toList();
    }
}
