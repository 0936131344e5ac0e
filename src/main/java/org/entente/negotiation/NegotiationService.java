package org.entente.negotiation;

import java.util.concurrent.CompletableFuture;

/**
 * Negotiates runs. The JADE implementation ({@code org.entente.agents.JadeNegotiationService})
 * is what {@code ./entente run} uses; {@link InProcessNegotiationService} runs the same
 * {@link Proceedings} and {@link Head}s by direct calls (tests and benchmarks), with the same results.
 * A returned future always completes (a failed run completes normally with {@code failed}).
 */
public interface NegotiationService extends AutoCloseable {
    CompletableFuture<RunOutcome> submit(RunRequest request);

    /** How many runs may usefully be in flight at once. */
    int parallelism();

    @Override
    void close();
}
