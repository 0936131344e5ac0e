package org.entente.cli;

import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** The config FILE of describe and export: exit 2 in one line when it is not a readable file, else its own errors. */
final class ConfigFile {
    @Parameters(index = "0", paramLabel = "FILE", description = "a scenario or experiment config (YAML)")
    Path path;

    /** The config in FILE; a missing or unreadable file is bad input, a faulty one a ConfigException. */
    Config load() throws ConfigException {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new Main.UserError("cannot read " + path + ": no such readable file");
        }
        return ConfigLoader.load(path);
    }
}
