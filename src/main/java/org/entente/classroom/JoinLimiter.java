package org.entente.classroom;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Rate limits on joining, per client address and minute: few wrong join codes (guessing the code
 * is hopeless), more successful joins (a whole class may reach the server through one address).
 */
final class JoinLimiter {
    static final int WRONG_CODES_PER_MINUTE = 10;
    static final int JOINS_PER_MINUTE = 120;
    private static final long MINUTE = 60_000_000_000L;
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Window> windows = new HashMap<>();

    private static final class Window {
        long start;
        int wrong;
        int joins;
    }

    /** Refuses (429) an address that has used up its minute. */
    synchronized void check(String address) throws ApiError {
        Window w = window(address);
        if (w.wrong >= WRONG_CODES_PER_MINUTE) {
            throw ApiError.tooMany("too many wrong join codes from your device: wait a minute and check the code");
        }
        if (w.joins >= JOINS_PER_MINUTE) throw ApiError.tooMany("too many joins from your network: wait a minute");
    }

    synchronized void wrongCode(String address) {
        window(address).wrong++;
    }

    synchronized void joined(String address) {
        window(address).joins++;
    }

    private Window window(String address) {
        long now = System.nanoTime();
        if (windows.size() >= MAX_ADDRESSES) prune(now);
        Window w = windows.computeIfAbsent(address, a -> new Window());
        if (w.start == 0 || now - w.start >= MINUTE) {
            w.start = now;
            w.wrong = 0;
            w.joins = 0;
        }
        return w;
    }

    private void prune(long now) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            if (now - it.next().start >= MINUTE) it.remove();
        }
    }
}
