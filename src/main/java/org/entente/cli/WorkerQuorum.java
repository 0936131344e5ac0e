package org.entente.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/** run's {@code --workers K --workers-wait SECONDS} (docs/scale.md): how many workers to wait for before the runs start, and how long. */
final class WorkerQuorum {
    private static final long DEFAULT_WAIT_SECONDS = 120;

    @Option(names = "--workers", paramLabel = "K", description = "wait (up to --workers-wait) for K workers before starting")
    int workers;

    @Option(names = "--workers-wait", paramLabel = "SECONDS",
            description = "how long --workers K waits for them before giving up (default 120; at most a day)")
    Long waitSeconds;

    /** Whether either option was given (both need --listen). */
    boolean given() {
        return workers != 0 || waitSeconds != null;
    }

    /** The option given, for "... needs --listen". */
    String givenOption() {
        return workers != 0 ? "--workers" : "--workers-wait";
    }

    /** Exit 2 naming the option at fault. */
    void check() {
        if (workers < 0) throw new Main.UserError("--workers must be 0 or more, got " + workers);
        if (waitSeconds != null) SecondsOption.check("--workers-wait", waitSeconds);
    }

    /** How long to wait for the workers: --workers-wait, or 120 s. */
    Duration patience() {
        return Duration.ofSeconds(waitSeconds != null ? waitSeconds : DEFAULT_WAIT_SECONDS);
    }
}
