package org.entente.negotiation.strategy;

import org.entente.model.OfferingPart;
import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plays the subgame-perfect equilibrium of the bilateral alternating-offers game ({@link EquilibriumPlan})
 * over the Pareto frontier of its own (true) utility and the other party's believed one, with both
 * discount factors and reservations and the deadline: it proposes the plan's offer in its turns (its
 * best when the plan has none), aims at its continuation value (the acceptance part's target), and
 * breaks off when the plan holds no agreement from now on. Common knowledge of the game is its
 * premise, so it ignores the opponent model.
 */
public final class EquilibriumOffering implements OfferingStrategy {
    private List<Offer> agreements;
    private EquilibriumPlan plan;

    @Override
    public Offer propose(Session s) {
        int k = plan(s).proposal(s.round());
        return k >= 0 ? agreements.get(k) : s.candidates().best();
    }

    /**
     * Its continuation value in this round (what proposing now gets it), or the worth of the offer
     * the plan had the other make in the previous round when that is less (the grid's rounding).
     */
    @Override
    public double target(Session s) {
        EquilibriumPlan p = plan(s);
        double value = p.value(s.round());
        int theirs = p.proposal(s.round() - 1);
        return theirs >= 0 ? Math.min(value, s.worth(agreements.get(theirs), s.round() - 1)) : value;
    }

    @Override
    public boolean expectsNothing(Session s) {
        return !plan(s).agreementFrom(s.round());
    }

    private EquilibriumPlan plan(Session s) {
        if (plan != null) return plan;
        List<String> parties = s.context().parties();
        if (!OfferingPart.EQUILIBRIUM.playable(parties.size(), s.protocol())) {
            throw new IllegalArgumentException("equilibrium needs the bilateral alternating-offers game (two parties, "
                    + "alternating offers); this run has " + parties.size() + " parties under " + s.protocol().id());
        }
        int me = parties.indexOf(s.self().id());
        PartyModel other = s.context().beliefs().party(parties.get(1 - me));
        LinearUtility[] u = new LinearUtility[2];
        u[me] = s.self().utility();
        u[1 - me] = other.utility();
        agreements = agreements(s, u[0], u[1]);
        double[][] utility = new double[2][agreements.size()];
        for (int k = 0; k < agreements.size(); k++) {
            for (int i = 0; i < 2; i++) utility[i][k] = u[i].of(agreements.get(k));
        }
        double[] discount = new double[2], reservation = new double[2];
        discount[me] = s.self().discount();
        reservation[me] = s.reservation();
        discount[1 - me] = other.discount();
        reservation[1 - me] = other.reservation();
        plan = new EquilibriumPlan(utility, discount, reservation, s.context().deadline(), me);
        return plan;
    }

    /**
     * The agreements it plans over: the weighted-sum frontier of the two utilities and the greedy
     * concession paths from each party's best towards the other (both parties build the same set),
     * those it may accept (ratifiable, when two-level aware).
     */
    private static List<Offer> agreements(Session s, LinearUtility first, LinearUtility second) {
        Set<Offer> all = new LinkedHashSet<>(Candidates.frontier(first, second));
        all.addAll(Candidates.concessionPath(first, second, s.context().space()));
        all.addAll(Candidates.concessionPath(second, first, s.context().space()));
        List<Offer> kept = new ArrayList<>();
        for (Offer o : all) if (s.admissible(o)) kept.add(o);
        return kept.isEmpty() ? s.candidates().offers() : kept;
    }
}
