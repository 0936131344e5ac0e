package org.entente.experiment;

import org.entente.evaluation.Evaluator;
import org.entente.evaluation.RunRecord;
import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The experiment's run loop: submits a plan's runs to a negotiation service with at most
 * {@code window} runs in flight or waiting to be written, evaluates and encodes each outcome on its
 * own threads (off the agents' threads) and hands the encoded runs to the sink strictly in run_id
 * order through a bounded {@link ReorderBuffer}. Nothing of a run is kept once it is written.
 * {@link #stop()} (from a shutdown hook) stops submitting, lets in-flight runs finish for up to
 * {@code drainTimeout}, then abandons the rest: only complete runs are ever delivered.
 */
public final class ExperimentRunner {
    /** Threads that evaluate and encode runs: the agents need the rest of the machine. */
    private static final int EVALUATION_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final NegotiationService service;
    private final Evaluator evaluator;
    private final int window;
    private final Duration drainTimeout;
    private final Object lock = new Object();
    private volatile boolean stopped;

    public ExperimentRunner(NegotiationService service, Evaluator evaluator, int window, Duration drainTimeout) {
        if (window < 1) throw new IllegalArgumentException("window must be at least 1");
        this.service = service;
        this.evaluator = evaluator;
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
    public <E> RunnerResult run(RunPlan plan, long from, RunSink<E> sink, ProgressListener progress) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService evaluation = Executors.newFixedThreadPool(EVALUATION_THREADS, r -> {
            Thread t = new Thread(r, "evaluation-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            return run(plan, from, sink, progress, evaluation);
        } finally {
            evaluation.shutdown();
        }
    }

    private <E> RunnerResult run(RunPlan plan, long from, RunSink<E> sink, ProgressListener progress,
                                 ExecutorService evaluation) {
        State<E> st = new State<>(new ReorderBuffer<>(from, window), sink, progress, plan.size() - from);
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
                    .thenApplyAsync(o -> stopped && o.failed() ? Delivery.<E>abandoned()
                            : new Delivery<>(sink.encode(evaluateOrFail(o, req)), false), evaluation)
                    .whenComplete((r, ex) -> deliver(st, sequence, r, ex, permits));
        }
        awaitWritten(st, submitted);
        synchronized (lock) {
            st.closed = true;
            boolean interrupted = stopped && st.error == null && st.written < plan.size() - from;
            return new RunnerResult(submitted, st.written, interrupted, st.error, st.buffer.highWater());
        }
    }

    /** The run's record; a run whose evaluation throws is recorded as failed, with the reason. */
    private RunRecord evaluateOrFail(RunOutcome o, RunRequest req) {
        try {
            return evaluator.evaluate(o);
        } catch (RuntimeException e) {
            if (o.failed()) throw e;
            return evaluator.evaluate(RunOutcome.failure(req, "evaluation: " + describe(e), o.trace(), o.messages()));
        }
    }

    private <E> void deliver(State<E> st, long sequence, Delivery<E> d, Throwable ex, Semaphore permits) {
        synchronized (lock) {
            if (st.closed) return;
            if (ex != null && st.error == null) {
                st.error = new IllegalStateException("could not evaluate or encode a run: " + describe(ex), ex);
                stopped = true;
            }
            for (Delivery<E> next : st.buffer.offer(sequence, d != null ? d : Delivery.abandoned())) {
                if (next.abandon() && st.error == null) {
                    // failed while stopping (e.g. the platform shut down under it): leave it to --resume
                    st.closed = true;
                    lock.notifyAll();
                    return;
                }
                E r = next.encoded();
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

    private <E> void awaitWritten(State<E> st, long submitted) {
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

    /** An encoded run, or the mark of a run abandoned because it failed after stop() was asked. */
    private record Delivery<E>(E encoded, boolean abandon) {
        static <E> Delivery<E> abandoned() {
            return new Delivery<>(null, true);
        }
    }

    private static final class State<E> {
        final ReorderBuffer<Delivery<E>> buffer;
        final RunSink<E> sink;
        final ProgressListener progress;
        final long total;
        final long first;
        long written;
        Exception error;
        boolean closed;

        State(ReorderBuffer<Delivery<E>> buffer, RunSink<E> sink, ProgressListener progress, long total) {
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
