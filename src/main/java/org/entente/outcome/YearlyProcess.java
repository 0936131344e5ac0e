package org.entente.outcome;

/**
 * One process of the implementation model (markets, politics, compliance, ...): a small object with
 * its own state that advances one year per {@link #step}, in the manner of MASON's {@code Steppable}.
 * {@link ImplementationModel} lists the processes in the order they step.
 */
interface YearlyProcess {
    /** Advances year {@code year} (1-based): reads the series it needs, writes the ones it publishes. */
    void step(int year);
}
