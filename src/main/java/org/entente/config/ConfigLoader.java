package org.entente.config;

import org.entente.model.Config;

import java.nio.file.Path;

/**
 * Reads a scenario or experiment YAML file into a validated {@link Config}, implementing
 * shared/spec/config.md: every default, every check, every error with its line and column.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /** Loads and validates {@code file} (and the scenario file it references, if any). */
    public static Config load(Path file) throws ConfigException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
