package org.entente.cli;

import picocli.CommandLine.Option;

/** {@code --threads T}: how many tables of JADE agents negotiate side by side (run, bench). */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "T",
            description = "tables of agents negotiating side by side (default: the number of cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Exit 2 when --threads is below 1. */
    void check() {
        if (threads < 1) throw new Main.UserError("--threads must be at least 1, got " + threads);
    }
}
