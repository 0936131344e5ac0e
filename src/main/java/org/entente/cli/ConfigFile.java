package org.entente.cli;

import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;

import java.nio.file.Files;
import java.nio.file.Path;

/** The config FILE of describe and export: exit 2 in one line when it is not a readable file, else its own errors. */
final class ConfigFile {

    private ConfigFile() {
    }

    /** The config in {@code file}; a missing or unreadable file is bad input, a faulty one a ConfigException. */
    static Config load(Path file) throws ConfigException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new Main.UserError("cannot read " + file + ": no such readable file");
        }
        return ConfigLoader.load(file);
    }
}
