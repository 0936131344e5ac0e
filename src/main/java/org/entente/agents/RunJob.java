package org.entente.agents;

import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run handed from the service to a chair (through JADE's O2A queue), with the future to
 * complete. Completes once: the first of the chair and the service's watchdog wins.
 */
final class RunJob {
    /** Told when a job completes; {@code suspect} = the table may be broken (timeout, unreachable agent). */
    interface Listener {
        void completed(RunJob job, boolean suspect);
    }

    private final RunRequest request;
    private final CompletableFuture<RunOutcome> future = new CompletableFuture<>();
    private final Listener listener;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile long startedNanos;
    private volatile Table table;

    RunJob(RunRequest request, Listener listener) {
        this.request = request;
        this.listener = listener;
    }

    RunRequest request() {
        return request;
    }

    CompletableFuture<RunOutcome> future() {
        return future;
    }

    boolean isDone() {
        return done.get();
    }

    void assign(Table table, long nowNanos) {
        this.table = table;
        this.startedNanos = nowNanos;
    }

    Table table() {
        return table;
    }

    long startedNanos() {
        return startedNanos;
    }

    /** Completes the run (first call only); returns whether this call did it. */
    boolean complete(RunOutcome outcome, boolean suspect) {
        if (!done.compareAndSet(false, true)) return false;
        try {
            listener.completed(this, suspect);
        } finally {
            future.complete(outcome);
        }
        return true;
    }
}
