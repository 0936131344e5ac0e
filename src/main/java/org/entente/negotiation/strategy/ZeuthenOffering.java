package org.entente.negotiation.strategy;

import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Zeuthen's principle (Zeuthen 1930; Harsanyi 1956): a party's risk is how much of its gain it
 * would give up by accepting the worst standing offer, r = (w(own) − w(theirs)) / (w(own) − d), with
 * w the worth agreed in the current round (U·δ^t), 1 when its own offer is worth no more than its
 * reservation d. The party whose risk is smallest (all of them when tied) concedes, by the
 * smallest step along its candidate path after which it is no longer the one to concede (or one
 * step when no such step exists), never below Pmin (when time has taken its position below Pmin,
 * it first climbs back to the lowest candidate at or above it). The others' risks are computed
 * from its opponent model. Between two Zeuthen parties this reaches the Nash bargaining solution.
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
        while (position < c.size() - 1 && s.worthNow(c.utility(position)) < s.floor() - 1e-12) position++;
        Map<String, Offer> theirs = new LinkedHashMap<>();
        for (String p : s.others()) {
            Offer o = s.lastOfferOf(p);
            if (o != null) theirs.put(p, o);
        }
        if (theirs.isEmpty()) return c.get(position);
        Offer mine = c.get(position);
        if (ownRisk(s, mine, theirs) > othersMinRisk(s, mine, theirs)) return mine;
        for (int i = position - 1; i >= 0 && s.worthNow(c.utility(i)) >= s.floor() - 1e-12; i--) {
            if (ownRisk(s, c.get(i), theirs) > othersMinRisk(s, c.get(i), theirs)) {
                position = i;
                return c.get(i);
            }
        }
        if (position > 0 && s.worthNow(c.utility(position - 1)) >= s.floor() - 1e-12) position--;
        return c.get(position);
    }

    @Override
    public double target(Session s) {
        return position < 0 ? s.best() : s.worthNow(s.candidates().utility(position));
    }

    /** Own risk with own offer {@code mine} against the others' latest offers. */
    double ownRisk(Session s, Offer mine, Map<String, Offer> theirs) {
        double worst = Double.POSITIVE_INFINITY;
        for (Offer o : theirs.values()) worst = Math.min(worst, s.worthNow(o));
        return risk(s.worthNow(mine), worst, s.reservation());
    }

    /** The smallest of the others' risks (from beliefs), each against the worst other offer for it. */
    double othersMinRisk(Session s, Offer mine, Map<String, Offer> theirs) {
        double min = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Offer> e : theirs.entrySet()) {
            LinearUtility u = model.utilityOf(e.getKey());
            PartyModel believed = s.context().beliefs().party(e.getKey());
            double f = believed.discount() == 1.0 ? 1.0 : Math.pow(believed.discount(), s.round());
            double worst = u.of(mine);
            for (Map.Entry<String, Offer> g : theirs.entrySet()) {
                if (!g.getKey().equals(e.getKey())) worst = Math.min(worst, u.of(g.getValue()));
            }
            min = Math.min(min, risk(f * u.of(e.getValue()), f * worst, believed.reservation()));
        }
        return min;
    }

    /** Zeuthen's risk: (w(own) − w(other)) / (w(own) − d); 1 when w(own) ≤ d. */
    public static double risk(double own, double other, double reservation) {
        if (own <= reservation + 1e-12) return 1.0;
        return (own - other) / (own - reservation);
    }

    @Override
    public boolean stepsDownWhenRepeating() {
        return false;
    }
}
