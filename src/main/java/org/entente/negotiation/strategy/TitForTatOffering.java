package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imitative tit-for-tat (Faratin, Sierra &amp; Jennings 1998; Baarslag et al.): starts at its best;
 * each move it lowers its aspiration by {@code delta} times the others' mean concession per move
 * over its last {@code window} moves (their latest offer as seen at each of its own moves, so a
 * party that holds counts as conceding nothing), measured in their utility as its opponent model
 * estimates it (a retraction raises it again), within [Pmin, Pmax] of the current round (worths); it
 * offers what the model suggests at the own utility worth that aspiration now.
 */
public final class TitForTatOffering implements OfferingStrategy {
    private final double delta;
    private final int window;
    private final OpponentModel model;
    private final Map<String, List<Offer>> views = new HashMap<>();
    private double level = Double.NaN;

    public TitForTatOffering(double delta, int window, OpponentModel model) {
        this.delta = delta;
        this.window = Math.max(1, window);
        this.model = model;
    }

    @Override
    public Offer propose(Session s) {
        if (Double.isNaN(level)) level = s.best();
        double concession = 0;
        for (String p : s.others()) {
            Offer latest = s.lastOfferOf(p);
            if (latest == null) continue;
            List<Offer> seen = views.computeIfAbsent(p, x -> new ArrayList<>());
            seen.add(latest);
            int n = seen.size();
            if (n < 2) continue;
            int w = Math.min(window, n - 1);
            var u = model.utilityOf(p);
            concession += (u.of(seen.get(n - 1 - w)) - u.of(seen.get(n - 1))) / w;
        }
        concession /= s.others().size();
        level = Math.max(s.floor(), Math.min(s.best(), level - delta * concession));
        return model.offerAtLeast(s, s.utilityFor(level));
    }

    @Override
    public double target(Session s) {
        return Double.isNaN(level) ? s.best() : level;
    }
}
