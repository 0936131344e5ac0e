package org.entente.negotiation;

import java.util.concurrent.CompletableFuture;

/**
 * Negotiates runs. The JADE implementation ({@code org.entente.agents.JadeNegotiationService})
 * is what {@code ./entente run} uses; {@code LocalNegotiationService} drives the same mechanisms and
 * negotiators by direct calls, for unit tests of strategies and protocols only.
 * A returned future always completes (a failed run completes normally with {@code failed}).
 */
public interface NegotiationService extends AutoCloseable {
    CompletableFuture<RunOutcome> submit(RunRequest request);

    /** How many runs may usefully be in flight at once. */
    int parallelism();

    @Override
    void close();
}
