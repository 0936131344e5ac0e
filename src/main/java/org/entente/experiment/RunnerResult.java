package org.entente.experiment;

/**
 * How a runner invocation ended: runs submitted and written, whether it was stopped (interrupt)
 * before finishing, and the error that stopped it (an I/O failure writing results), if any.
 */
public record RunnerResult(long submitted, long written, boolean interrupted, Exception error,
                           int reorderHighWater) {
    public boolean complete() {
        return !interrupted && error == null;
    }
}
