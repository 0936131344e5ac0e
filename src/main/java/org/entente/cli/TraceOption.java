package org.entente.cli;

import org.entente.model.Experiment;
import picocli.CommandLine.Option;

/** {@code --trace}: rounds.csv as well, whatever the experiment's outputs say (run, slurm). */
final class TraceOption {
    @Option(names = "--trace", description = "also write rounds.csv")
    boolean trace;

    /** {@code experiment} with its trace on when --trace is given. */
    Experiment applyTo(Experiment experiment) {
        return trace ? experiment.withTrace(true) : experiment;
    }
}
