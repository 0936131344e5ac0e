package org.entente.agents;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * When the agents of one table last handled a message of any run, on the service's clock
 * ({@link JadeOptions#clock}). A run times out when its table has been silent for the run timeout,
 * not when the run is old: under load a run's wall time includes the other runs on its table, and
 * a slow table is not a hung one. Every agent of a table in this JVM marks it as it takes each
 * message; a worker's heads and officials, in another JVM, reach their chair's record only through
 * the messages the chair receives from them. It also counts the ACL messages its agents hand to JADE
 * (a bundle counts once), on a counter the service sums over its tables.
 */
final class TableActivity {
    /** For agents whose chair is in another JVM (a worker's seats): no one here reads their activity. */
    static final TableActivity UNWATCHED = new TableActivity(() -> 0, new LongAdder());

    private final LongSupplier clock;
    private final LongAdder sent;
    private volatile long lastNanos;

    /** The activity of a table whose agents count the ACL messages they send on {@code sent}. */
    TableActivity(LongSupplier clock, LongAdder sent) {
        this.clock = clock;
        this.sent = sent;
        this.lastNanos = clock.getAsLong();
    }

    /** An agent of the table hands JADE an ACL message. */
    void sent() {
        sent.increment();
    }

    /** An agent of the table is taking a message: the table is making progress now. */
    void heard() {
        lastNanos = clock.getAsLong();
    }

    /** A reading of the clock activity is measured on. */
    long now() {
        return clock.getAsLong();
    }

    /** When an agent of the table last took a message (its creation, before any). */
    long lastNanos() {
        return lastNanos;
    }

    /**
     * How long a run begun at {@code startedNanos} has been waiting in its table's silence at
     * {@code nowNanos}, the table having last been heard at {@code heardNanos}: the time since the later of the two.
     */
    static long silence(long nowNanos, long startedNanos, long heardNanos) {
        return nowNanos - (heardNanos - startedNanos > 0 ? heardNanos : startedNanos);
    }
}
