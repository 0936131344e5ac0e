package org.entente.interop;

import org.entente.model.Scenario;
import org.entente.negotiation.PartyModel;

/**
 * GeniusWeb states a reservation as a bid: agreements at least as good as it are acceptable.
 * The least-valued outcome worth at least the reservation accepts exactly the outcomes Entente's
 * reservation does (ties: the lowest offer in lexicographic order).
 */
final class ReservationBid {
    /** Most outcomes searched. */
    static final double LIMIT = 2e7;

    private ReservationBid() {
    }

    /** The bid, or null for a reservation of 0 (GeniusWeb: no reservation bid, every agreement beats none). */
    static int[] of(PartyModel party, double reservation, Scenario scenario) {
        if (reservation <= 0) return null;
        double total = scenario.outcomeCount();
        if (total > LIMIT) {
            throw new InteropException("party " + party.id() + ": choosing its reservationBid means searching "
                    + String.format("%.3g", total) + " outcomes, more than " + String.format("%.0g", LIMIT)
                    + "; coarsen the grid (issue steps) to export");
        }
        int m = scenario.issues().size();
        int[] sizes = new int[m];
        for (int i = 0; i < m; i++) sizes[i] = scenario.issues().get(i).size();
        int[] x = new int[m];
        int[] best = null;
        double bestU = Double.POSITIVE_INFINITY;
        while (true) {
            double u = party.utility().of(x);
            if (u >= reservation - 1e-12 && u < bestU - 1e-12) {
                bestU = u;
                best = x.clone();
            }
            int j = m - 1;
            while (j >= 0 && ++x[j] == sizes[j]) x[j--] = 0;
            if (j < 0) break;
        }
        if (best == null) {
            throw new InteropException("party " + party.id() + "'s reservation " + YamlText.number(reservation) + " is above "
                    + "every outcome's utility: GeniusWeb cannot state a reservation that accepts nothing");
        }
        return best;
    }
}
