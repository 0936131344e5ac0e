package org.entente.cli;

import org.entente.model.Experiment;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --runs N --seed S}: which runs an experiment makes, overriding its file (run, slurm). */
final class RunSelection {
    @Option(names = "--runs", paramLabel = "N", description = "replications per design point (overrides the file)")
    Integer runs;

    @Mixin MasterSeed seed;

    /** Exit 2 unless --runs, when given, is at least 1. */
    void check() {
        if (runs != null && runs < 1) throw new Main.UserError("--runs must be at least 1, got " + runs);
    }

    /** The experiment with --runs and --seed, where given, in place of its own. */
    Experiment applyTo(Experiment e) {
        return seed.applyTo(runs != null ? e.withRuns(runs) : e);
    }
}
