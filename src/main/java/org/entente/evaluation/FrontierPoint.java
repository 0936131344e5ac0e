package org.entente.evaluation;

import org.entente.analysis.ReferenceAnalysis;
import org.entente.analysis.ReferencePoint;
import org.entente.analysis.ReferencePoints;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.entente.negotiation.PartyModel;

import java.util.ArrayList;
import java.util.List;

/**
 * A point of the base scenario's outcome space that frontier.csv lists for the outcome-space chart:
 * its kind ({@code pareto}, {@code nash}, {@code kalai_smorodinsky}, {@code kalai_smorodinsky_nearest},
 * {@code max_welfare}, {@code reservation}) and each party's undiscounted utility there (scenario order).
 */
public record FrontierPoint(String kind, List<Double> utilities) {
    public FrontierPoint {
        utilities = List.copyOf(utilities);
    }

    /** Every Pareto point (in the analysis' order), then the reference points that exist, then the reservations. */
    public static List<FrontierPoint> of(Scenario base) {
        Game game = Game.compile(base);
        ReferencePoints ref = ReferenceAnalysis.compute(game);
        List<FrontierPoint> out = new ArrayList<>();
        for (double[] u : ref.frontier()) out.add(point("pareto", u));
        add(out, "nash", ref.nash());
        add(out, "kalai_smorodinsky", ref.kalaiSmorodinsky());
        add(out, "kalai_smorodinsky_nearest", ref.kalaiSmorodinskyNearest());
        add(out, "max_welfare", ref.maxWelfare());
        List<Double> reservations = new ArrayList<>();
        for (PartyModel p : game.parties()) reservations.add(p.reservation());
        out.add(new FrontierPoint("reservation", reservations));
        return out;
    }

    private static void add(List<FrontierPoint> out, String kind, ReferencePoint p) {
        if (p != null) out.add(point(kind, p.utilities()));
    }

    private static FrontierPoint point(String kind, double[] u) {
        List<Double> us = new ArrayList<>(u.length);
        for (double x : u) us.add(x);
        return new FrontierPoint(kind, us);
    }

    public double utility(int index) {
        return utilities.get(index);
    }
}
