package org.entente.cli;

import org.entente.model.Experiment;
import picocli.CommandLine.Option;

/** {@code --seed S}: the master seed in place of the config file's (run, slurm, play, classroom). */
final class MasterSeed {
    @Option(names = "--seed", paramLabel = "S", description = "master seed (default: the file's)")
    Long seed;

    /** --seed, or {@code experiment}'s own seed when it is not given. */
    long of(Experiment experiment) {
        return seed != null ? seed : experiment.seed();
    }

    /** {@code experiment} with --seed in place of its own seed, where given. */
    Experiment applyTo(Experiment experiment) {
        return seed != null ? experiment.withSeed(seed) : experiment;
    }
}
