package org.entente.cli;

import picocli.CommandLine.Option;

/** {@code --mc N}: the agent-only runs a debrief compares the students' results with (play, classroom). */
final class MonteCarloRuns {
    @Option(names = "--mc", paramLabel = "N", defaultValue = "200",
            description = "agent-only runs for the debrief's Monte Carlo cloud (default ${DEFAULT-VALUE}; 0 to skip)")
    int runs;

    /** Exit 2 when --mc is below 0. */
    void check() {
        if (runs < 0) throw new Main.UserError("--mc must be 0 or more, not " + runs);
    }
}
