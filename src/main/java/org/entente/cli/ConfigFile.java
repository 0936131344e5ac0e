package org.entente.cli;

import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The config FILE of run, slurm, describe, export, play and classroom, read once; every error is the
 * config loader's own (the lines {@code validate} prints), exit 2.
 */
final class ConfigFile {
    @Parameters(index = "0", paramLabel = "FILE", description = "a scenario or experiment config (YAML)")
    Path path;

    private byte[] bytes;

    /** Reads FILE: exit 2 in one line, as {@code validate} says it, when it cannot be read. */
    void check() throws ConfigException {
        if (bytes == null) bytes = ConfigLoader.read(path);
    }

    /** FILE's text, as it was read and loaded (what workers are sent, so they load the very same config). */
    String text() throws ConfigException {
        check();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The config in FILE; an unreadable or faulty file is a ConfigException (exit 2, FILE:LINE:COL: message). */
    Config load() throws ConfigException {
        check();
        return ConfigLoader.load(path, bytes);
    }
}
