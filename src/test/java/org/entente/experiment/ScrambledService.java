package org.entente.experiment;

import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.Offer;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.TableResult;
import org.entente.negotiation.TraceEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic fake negotiation service for tests: each outcome is a function of the request's
 * seed alone, but runs complete out of order (random short delays on a thread pool). Every
 * {@code failEvery}-th run (by run_id) fails; {@code sizes} are the issues' grid sizes.
 */
public final class ScrambledService implements NegotiationService {
    private final ExecutorService pool;
    private final int threads;
    private final int[] sizes;
    private final List<String> parties;
    private final int failEvery;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    public ScrambledService(int threads, int[] sizes, List<String> parties, int failEvery) {
        this.threads = threads;
        this.sizes = sizes.clone();
        this.parties = List.copyOf(parties);
        this.failEvery = failEvery;
        this.pool = Executors.newFixedThreadPool(threads);
    }

    @Override
    public CompletableFuture<RunOutcome> submit(RunRequest request) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        SplittableRandom delays = new SplittableRandom(request.runId() * 31 + System.nanoTime());
        return CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(delays.nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return outcome(request);
        }, pool);
    }

    public RunOutcome outcome(RunRequest request) {
        SplittableRandom r = new SplittableRandom(request.seed());
        int[] x = new int[sizes.length];
        for (int i = 0; i < x.length; i++) x[i] = r.nextInt(sizes[i]);
        Offer offer = new Offer(x);
        int rounds = 1 + r.nextInt(20);
        List<TraceEvent> trace = new ArrayList<>();
        if (request.trace()) {
            for (int t = 0; t < rounds; t++) trace.add(new TraceEvent(t, parties.get(t % parties.size()), "offer", offer, ""));
            trace.add(new TraceEvent(rounds - 1, parties.get(0), "accept", null, "says \"yes\", gladly"));
        }
        if (failEvery > 0 && request.runId() % failEvery == failEvery - 1) {
            return RunOutcome.failure(request, "agent timed out, after\nwaiting", trace, 7);
        }
        boolean agreed = r.nextInt(4) != 0;
        return new RunOutcome(request, new TableResult(agreed, agreed ? offer : null, rounds - 1, rounds,
                agreed ? "accepted" : "deadline"), List.of(), trace, false, null, 10);
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
