package org.entente.cli;

import org.entente.agents.JadePlatform;
import picocli.CommandLine.Option;

/** {@code --verbose}: let JADE log its own messages (run, worker); quiet by default. */
final class JadeLogOption {
    @Option(names = "--verbose", description = "let JADE log its own messages")
    boolean verbose;

    /** Turns JADE's own logging on when --verbose was given. */
    void apply() {
        if (verbose) JadePlatform.verbose(true);
    }
}
