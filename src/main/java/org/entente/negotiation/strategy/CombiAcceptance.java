package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

/**
 * AC_combi(T, MAX) (Baarslag, Hindriks &amp; Jonker 2014): AC_next; and from normalised time T on,
 * also an offer at least as good as the best any other party has offered so far (compared by U:
 * whichever it took now would be agreed in the same round).
 */
public record CombiAcceptance(double after) implements AcceptanceStrategy {
    @Override
    public boolean accepts(Session s, Offer offer, int agreedIn, Offer next, double target) {
        if (s.worth(offer, agreedIn) >= s.worthNow(next) - 1e-12) return true;
        if (s.time() < after) return false;
        double u = s.utility(offer);
        double best = Double.NEGATIVE_INFINITY;
        for (String p : s.others()) for (Offer o : s.offersOf(p)) best = Math.max(best, s.utility(o));
        return u >= best - 1e-12;
    }
}
