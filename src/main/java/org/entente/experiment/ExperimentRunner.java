package org.entente.experiment;

import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs a plan's runs on a negotiation service with at most {@code window} runs in flight or
 * waiting to be written; formats each outcome on the {@code formatting} executor (off the agents'
 * threads) and hands the formatted runs to the sink strictly in run_id order through a bounded
 * {@link ReorderBuffer}. Nothing of a run is kept once it is written. {@link #stop()} (from a
 * shutdown hook) stops submitting, lets in-flight runs finish for up to {@code drainTimeout}, then
 * abandons the rest: only complete runs are ever delivered.
 */
public final class ExperimentRunner {
    private final NegotiationService service;
    private final Executor formatting;
    private final int window;
    private final Duration drainTimeout;
    private final Object lock = new Object();
    private volatile boolean stopped;

    public ExperimentRunner(NegotiationService service, Executor formatting, int window, Duration drainTimeout) {
        if (window < 1) throw new IllegalArgumentException("window must be at least 1");
        this.service = service;
        this.formatting = formatting;
        this.window = window;
        this.drainTimeout = drainTimeout;
    }

    /** The window for a service: twice the runs it can usefully negotiate at once. */
    public static int windowFor(NegotiationService service) {
        return Math.max(2, 2 * service.parallelism());
    }

    /** Asks a running {@link #run} to stop after the runs in flight; safe from any thread. */
    public void stop() {
        stopped = true;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    public boolean stopped() {
        return stopped;
    }

    /**
     * Runs the plan's runs from sequence number {@code from} (0, or where a resumed directory left
     * off) to the end of the plan, or until stopped or a write fails.
     */
    public <R> RunnerResult run(RunPlan plan, long from, Function<RunOutcome, R> format, RunSink<R> sink,
                                ProgressListener progress) {
        State<R> st = new State<>(new ReorderBuffer<>(from, window), sink, progress, plan.size() - from);
        Semaphore permits = new Semaphore(window);
        long submitted = 0;
        for (long seq = from; seq < plan.size(); seq++) {
            if (stopped || st.error != null) break;
            try {
                while (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    if (stopped || st.error != null) break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
                break;
            }
            if (stopped || st.error != null) break;
            RunRequest req = plan.request(plan.runId(seq));
            submitted++;
            final long sequence = seq;
            CompletableFuture<RunOutcome> f;
            try {
                f = service.submit(req);
            } catch (RuntimeException e) {
                f = CompletableFuture.completedFuture(RunOutcome.failure(req, describe(e), List.of(), 0));
            }
            f.handle((o, ex) -> o != null ? o : RunOutcome.failure(req, describe(ex), List.of(), 0))
                    .thenApplyAsync(o -> stopped && o.failed() ? Delivery.<R>abandoned()
                            : new Delivery<>(formatOrFail(format, o, req), false), formatting)
                    .whenComplete((r, ex) -> deliver(st, sequence, r, ex, permits));
        }
        awaitWritten(st, submitted);
        synchronized (lock) {
            st.closed = true;
            boolean interrupted = stopped && st.error == null && st.written < plan.size() - from;
            return new RunnerResult(submitted, st.written, interrupted, st.error, st.buffer.highWater());
        }
    }

    private static <R> R formatOrFail(Function<RunOutcome, R> format, RunOutcome o, RunRequest req) {
        try {
            return format.apply(o);
        } catch (RuntimeException e) {
            if (o.failed()) throw e;
            return format.apply(RunOutcome.failure(req, "results: " + describe(e), o.trace(), o.messages()));
        }
    }

    private <R> void deliver(State<R> st, long sequence, Delivery<R> d, Throwable ex, Semaphore permits) {
        synchronized (lock) {
            if (st.closed) return;
            if (ex != null && st.error == null) {
                st.error = new IllegalStateException("could not format run results: " + describe(ex), ex);
                stopped = true;
            }
            for (Delivery<R> next : st.buffer.offer(sequence, d != null ? d : Delivery.abandoned())) {
                if (next.abandon() && st.error == null) {
                    // failed while stopping (e.g. the platform shut down under it): leave it to --resume
                    st.closed = true;
                    lock.notifyAll();
                    return;
                }
                R r = next.record();
                if (st.error == null && r != null) {
                    try {
                        st.sink.write(r);
                    } catch (IOException | RuntimeException e) {
                        st.error = e instanceof IOException io ? io : new IOException(describe(e), e);
                        stopped = true;
                    }
                }
                if (st.error == null) {
                    st.written++;
                    st.progress.update(st.written, st.total);
                }
                permits.release();
            }
            lock.notifyAll();
        }
    }

    private <R> void awaitWritten(State<R> st, long submitted) {
        long deadline = Long.MAX_VALUE;
        synchronized (lock) {
            while (st.released() < submitted) {
                if (st.error != null || st.closed) return;
                if (stopped && deadline == Long.MAX_VALUE) deadline = System.nanoTime() + drainTimeout.toNanos();
                if (System.nanoTime() > deadline) return;
                try {
                    lock.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static String describe(Throwable t) {
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getClass().getSimpleName() + ": " + t.getMessage() : t.toString();
    }

    /** A formatted run, or the mark of a run abandoned because it failed after stop() was asked. */
    private record Delivery<R>(R record, boolean abandon) {
        static <R> Delivery<R> abandoned() {
            return new Delivery<>(null, true);
        }
    }

    private static final class State<R> {
        final ReorderBuffer<Delivery<R>> buffer;
        final RunSink<R> sink;
        final ProgressListener progress;
        final long total;
        final long first;
        long written;
        Exception error;
        boolean closed;

        State(ReorderBuffer<Delivery<R>> buffer, RunSink<R> sink, ProgressListener progress, long total) {
            this.buffer = buffer;
            this.sink = sink;
            this.progress = progress;
            this.total = total;
            this.first = buffer.next();
        }

        /** Runs released from the buffer so far (written, or skipped after an error). */
        long released() {
            return buffer.next() - first;
        }
    }
}
