package org.entente.agents;

/** How a worker's time in an experiment ended. */
public sealed interface WorkerEnd {
    /** The experiment finished; this worker's tables completed {@code runs} runs. */
    record Finished(long runs) implements WorkerEnd {
    }

    /** The experiment refused this worker (e.g. a wrong secret); it got no work. */
    record Refused(String why) implements WorkerEnd {
    }

    /** The experiment could not be reached, or stopped answering. */
    record Lost(String why) implements WorkerEnd {
    }
}
