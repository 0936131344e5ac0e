package org.entente.negotiation.strategy;

import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Zeuthen's principle (Zeuthen 1930; Harsanyi 1956): a party's risk is how much of its gain it
 * would give up by accepting the worst standing offer, r = (u(own) − u(theirs)) / (u(own) − d),
 * 1 when its own offer is worth no more than its reservation d. The party whose risk is smallest
 * (all of them when tied) concedes, by the smallest step along its candidate path after which it
 * is no longer the one to concede (or one step when no such step exists), never below Pmin.
 * The others' risks are computed from beliefs. Between two Zeuthen parties this reaches the Nash
 * bargaining solution.
 */
public final class ZeuthenOffering implements OfferingStrategy {
    private final OpponentModel model;
    private int position = -1;

    public ZeuthenOffering(OpponentModel model) {
        this.model = model;
    }

    @Override
    public Offer propose(Session s) {
        Candidates c = s.candidates();
        if (position < 0) position = c.size() - 1;
        Map<String, Offer> theirs = new LinkedHashMap<>();
        for (String p : s.others()) {
            Offer o = s.lastOfferOf(p);
            if (o != null) theirs.put(p, o);
        }
        if (theirs.isEmpty()) return c.get(position);
        Offer mine = c.get(position);
        if (ownRisk(s, mine, theirs) > othersMinRisk(s, mine, theirs)) return mine;
        for (int i = position - 1; i >= 0 && c.utility(i) >= s.floor() - 1e-12; i--) {
            if (ownRisk(s, c.get(i), theirs) > othersMinRisk(s, c.get(i), theirs)) {
                position = i;
                return c.get(i);
            }
        }
        if (position > 0 && c.utility(position - 1) >= s.floor() - 1e-12) position--;
        return c.get(position);
    }

    @Override
    public double target(Session s) {
        return position < 0 ? s.best() : s.candidates().utility(position);
    }

    /** Own risk with own offer {@code mine} against the others' latest offers. */
    double ownRisk(Session s, Offer mine, Map<String, Offer> theirs) {
        double worst = Double.POSITIVE_INFINITY;
        for (Offer o : theirs.values()) worst = Math.min(worst, s.utility(o));
        return risk(s.utility(mine), worst, s.self().reservation());
    }

    /** The smallest of the others' risks (from beliefs), each against the worst other offer for it. */
    double othersMinRisk(Session s, Offer mine, Map<String, Offer> theirs) {
        double min = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Offer> e : theirs.entrySet()) {
            LinearUtility u = model.utilityOf(e.getKey());
            double d = s.context().beliefs().party(e.getKey()).reservation();
            double worst = u.of(mine);
            for (Map.Entry<String, Offer> f : theirs.entrySet()) {
                if (!f.getKey().equals(e.getKey())) worst = Math.min(worst, u.of(f.getValue()));
            }
            min = Math.min(min, risk(u.of(e.getValue()), worst, d));
        }
        return min;
    }

    /** Zeuthen's risk: (u(own) − u(other)) / (u(own) − d); 1 when u(own) ≤ d. */
    public static double risk(double own, double other, double reservation) {
        if (own <= reservation + 1e-12) return 1.0;
        return (own - other) / (own - reservation);
    }

    @Override
    public boolean stepsDownWhenRepeating() {
        return false;
    }
}
