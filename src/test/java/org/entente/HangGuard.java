package org.entente;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How long a test waits for an event before it calls the code hung: minutes, far beyond what any
 * step takes even on a loaded 2-core machine, so a test fails only when the event never comes, never
 * because the machine is slow. Tests wait for events (futures, latches, a process's output), never
 * for a time, and give this bound to the timeouts they configure in the code they drive when they
 * do not test that timeout.
 */
public final class HangGuard {
    /** The bound on any one wait of a test. */
    public static final Duration LIMIT = Duration.ofMinutes(5);

    private HangGuard() {
    }

    /** The future's value; fails naming {@code what} if it has none after {@link #LIMIT}. */
    public static <T> T await(Future<T> f, String what) throws InterruptedException, ExecutionException {
        try {
            return f.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("hung: no " + what + " after " + LIMIT.toMinutes() + " minutes", e);
        }
    }

    /** Waits until the latch is open; fails naming {@code what} if it is still closed after {@link #LIMIT}. */
    public static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("hung: no " + what + " after " + LIMIT.toMinutes() + " minutes");
        }
    }

    /** A condition checked again and again while waiting. */
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** Checks {@code condition} every {@code pollMillis} ms until it holds; fails naming {@code what} after {@link #LIMIT}. */
    public static void until(Condition condition, long pollMillis, String what) throws Exception {
        long end = System.nanoTime() + LIMIT.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("hung: no " + what + " after " + LIMIT.toMinutes() + " minutes");
            }
            Thread.sleep(pollMillis);
        }
    }
}
