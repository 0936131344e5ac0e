package org.entente.agents;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A clock for {@link JadeOptions#clock} that stands still until the test moves it: a run timeout
 * measured on it fires when the test says so, never because the machine is slow.
 */
public final class ManualClock implements LongSupplier {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long getAsLong() {
        return nanos.get();
    }

    /** Moves the clock on by {@code d}. */
    public void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }
}
