package org.entente.cli;

import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The config FILE of run, slurm, describe, export, play and classroom: exit 2 in one line when it cannot
 * be read, else the config loader's own errors.
 */
final class ConfigFile {
    @Parameters(index = "0", paramLabel = "FILE", description = "a scenario or experiment config (YAML)")
    Path path;

    /** Exit 2 in one line when FILE cannot be read (a directory is left to the loader, which says so). */
    void check() {
        if (!Files.isReadable(path)) throw new Main.UserError("cannot read " + path + ": no such readable file");
    }

    /** The config in FILE; an unreadable file is bad input, a faulty one a ConfigException. */
    Config load() throws ConfigException {
        check();
        return ConfigLoader.load(path);
    }
}
