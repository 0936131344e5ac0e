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
    /**
     * Told when a job completes; {@code suspect} = the table may be broken (timeout, unreachable
     * agent). Returns a job that plays the run again instead (its future completes the run), or null.
     */
    interface Listener {
        RunJob completed(RunJob job, RunOutcome outcome, boolean suspect);
    }

    private final RunRequest request;
    private final CompletableFuture<RunOutcome> future;
    private final Listener listener;
    private final int attempt;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile long startedNanos;
    private volatile Table table;

    RunJob(RunRequest request, Listener listener) {
        this(request, listener, new CompletableFuture<>(), 1);
    }

    private RunJob(RunRequest request, Listener listener, CompletableFuture<RunOutcome> future, int attempt) {
        this.request = request;
        this.listener = listener;
        this.future = future;
        this.attempt = attempt;
    }

    /** The same run to be played again (on another table); completing it completes this job's future. */
    RunJob again() {
        return new RunJob(request, listener, future, attempt + 1);
    }

    /** 1 for the first time the run is played, 2 for its second, ... */
    int attempt() {
        return attempt;
    }

    RunRequest request() {
        return request;
    }

    CompletableFuture<RunOutcome> future() {
        return future;
    }

    void assign(Table table, long nowNanos) {
        this.table = table;
        this.startedNanos = nowNanos;
    }

    Table table() {
        return table;
    }

    /** When the run was handed to its table, on the service's clock ({@link JadeOptions#clock}). */
    long startedNanos() {
        return startedNanos;
    }

    /** How long the run has been on its table at {@code nowNanos} (a reading of the service's clock, {@link JadeOptions#clock}). */
    long runningNanos(long nowNanos) {
        return nowNanos - startedNanos;
    }

    /** Completes the run (first call only); returns whether this call did it. */
    boolean complete(RunOutcome outcome, boolean suspect) {
        if (!done.compareAndSet(false, true)) return false;
        RunJob again = null;
        try {
            again = listener.completed(this, outcome, suspect);
        } finally {
            if (again == null) future.complete(outcome);
        }
        return true;
    }
}
