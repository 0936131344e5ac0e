package org.entente.agents;


import java.util.Arrays;

/**
 * A replica's moves of asks it has not reached yet, by their key (ask × parties + party index: small, dense, growing
 * with the ask): an array indexed by key, made when the first such move arrives, so that a move waiting costs no boxed
 * key and no map entry.
 */
final class EarlyMoves {
    private Move[] byKey;
    private int count;

    boolean isEmpty() {
        return count == 0;
    }

    boolean contains(int key) {
        return byKey != null && key < byKey.length && byKey[key] != null;
    }

    /** Keeps {@code m} under {@code key}, which holds no move yet. */
    void put(int key, Move m) {
        if (byKey == null) byKey = new Move[Math.max(16, 2 * key + 2)];
        else if (key >= byKey.length) byKey = Arrays.copyOf(byKey, Math.max(2 * byKey.length, 2 * key + 2));
        byKey[key] = m;
        count++;
    }

    /** The move kept under {@code key}, taken out; null if none. */
    Move remove(int key) {
        if (!contains(key)) return null;
        Move m = byKey[key];
        byKey[key] = null;
        count--;
        return m;
    }
}
