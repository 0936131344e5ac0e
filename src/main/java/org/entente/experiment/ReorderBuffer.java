package org.entente.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts items that arrive out of order back into sequence order: {@link #offer} returns the items
 * that have become writable, in order. Holds at most {@code capacity} items (the runner never has
 * more runs in flight than that), so memory stays bounded however long the experiment. Not
 * thread-safe: the runner calls it under its lock.
 */
public final class ReorderBuffer<T> {
    private final int capacity;
    private final Map<Long, T> pending = new HashMap<>();
    private long next;
    private int highWater;

    public ReorderBuffer(long first, int capacity) {
        this.next = first;
        this.capacity = capacity;
    }

    public List<T> offer(long sequence, T item) {
        if (sequence < next || pending.containsKey(sequence)) {
            throw new IllegalStateException("sequence " + sequence + " delivered twice");
        }
        pending.put(sequence, item);
        if (pending.size() > capacity) {
            throw new IllegalStateException("reorder buffer over its bound of " + capacity);
        }
        highWater = Math.max(highWater, pending.size());
        List<T> ready = new ArrayList<>();
        while (pending.containsKey(next)) ready.add(pending.remove(next++));
        return ready;
    }

    /** The next sequence number to be released. */
    public long next() {
        return next;
    }

    /** The most items ever held at once. */
    public int highWater() {
        return highWater;
    }
}
