package org.entente.classroom;

/**
 * A version number that moves on every change, and that readers can wait on until it passes the
 * version they last saw: the long polling behind the live pages.
 */
final class Signal {
    private long version;

    synchronized long version() {
        return version;
    }

    synchronized void bump() {
        version++;
        notifyAll();
    }

    /** Waits until the version is past {@code seen} or {@code millis} have passed; returns the version then. */
    synchronized long await(long seen, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (version <= seen) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) break;
            wait(left);
        }
        return version;
    }
}
