package org.entente.classroom;

/**
 * A token bucket: it starts full with {@code capacity} tokens and gains {@code perMinute} tokens a
 * minute, continuously, never more than its capacity. Counted in exact integer units (one token is
 * a minute's worth of nanoseconds), so a token comes back exactly {@code 60 s / perMinute} after it
 * was taken. Not thread-safe: its owner locks.
 */
final class TokenBucket {
    private static final long MINUTE = 60_000_000_000L;

    private final long capacity;
    private final int perMinute;
    private final long fillNanos;
    private long credit;
    private long refilled;

    /** A full bucket at {@code now} (nanoseconds of one clock). */
    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity * MINUTE;
        this.perMinute = perMinute;
        this.fillNanos = this.capacity / perMinute;
        this.credit = this.capacity;
        this.refilled = now;
    }

    /** Whether a token is there to take at {@code now}. */
    boolean hasToken(long now) {
        refill(now);
        return credit >= MINUTE;
    }

    /** Takes a token, which the caller saw with {@link #hasToken}. */
    void take(long now) {
        refill(now);
        credit -= MINUTE;
    }

    /** Whether the bucket is full again at {@code now}: it then knows nothing a fresh bucket would not. */
    boolean full(long now) {
        refill(now);
        return credit == capacity;
    }

    private void refill(long now) {
        long elapsed = now - refilled;
        credit = elapsed >= fillNanos ? capacity : Math.min(capacity, credit + elapsed * perMinute);
        refilled = now;
    }
}
