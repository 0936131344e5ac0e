package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Offers in the order first seen, each once, handed in as grid indices: an offer already held costs no new
 * {@link Offer} (no copy of the indices, no set entry), which is most of what the candidates' frontiers and concession
 * paths propose (about two in three for the default scenario's two-level head). An open-addressing table keyed by the
 * offers' own hash.
 */
final class DistinctOffers {
    private Offer[] table = new Offer[64];
    private final List<Offer> inOrder = new ArrayList<>();

    /** Adds the offer of grid indices {@code x} (not kept: an offer new here copies them) unless it is held already. */
    void add(int[] x) {
        int hash = Arrays.hashCode(x);
        int mask = table.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            Offer o = table[i];
            if (o == null) {
                Offer added = new Offer(x);
                table[i] = added;
                inOrder.add(added);
                if (2 * inOrder.size() > table.length) grow();
                return;
            }
            if (o.hashCode() == hash && o.holds(x)) return;
        }
    }

    /** The offers, in the order first added. */
    List<Offer> inOrder() {
        return inOrder;
    }

    private void grow() {
        Offer[] bigger = new Offer[2 * table.length];
        int mask = bigger.length - 1;
        for (Offer o : inOrder) {
            int i = spread(o.hashCode()) & mask;
            while (bigger[i] != null) i = (i + 1) & mask;
            bigger[i] = o;
        }
        table = bigger;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
