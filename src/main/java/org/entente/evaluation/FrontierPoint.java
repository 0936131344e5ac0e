package org.entente.evaluation;

import org.entente.analysis.ReferenceAnalysis;
import org.entente.analysis.ReferencePoint;
import org.entente.analysis.ReferencePoints;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.PartyModel;

import java.util.ArrayList;
import java.util.List;

/**
 * A point of the base scenario's outcome space that frontier.csv lists for the outcome-space chart
 * and the report: its kind ({@code pareto}, {@code nash}, {@code weighted_nash}, {@code kalai_smorodinsky},
 * {@code kalai_smorodinsky_nearest}, {@code max_welfare}, {@code reservation}), each party's
 * undiscounted utility there (scenario order) and, for the reference points, the package's terms
 * (one value label per issue, scenario order; empty for Pareto points and reservations).
 */
public record FrontierPoint(String kind, List<Double> utilities, List<String> terms) {
    public FrontierPoint {
        utilities = List.copyOf(utilities);
        terms = List.copyOf(terms);
    }

    /** Every Pareto point (in the analysis' order), then the reference points that exist, then the reservations. */
    public static List<FrontierPoint> of(Scenario base) {
        Game game = Game.compile(base);
        ReferencePoints ref = ReferenceAnalysis.compute(game);
        List<FrontierPoint> out = new ArrayList<>();
        for (double[] u : ref.frontier()) out.add(new FrontierPoint("pareto", list(u), List.of()));
        add(out, game.space(), "nash", ref.nash());
        add(out, game.space(), "weighted_nash", ref.weightedNash());
        add(out, game.space(), "kalai_smorodinsky", ref.kalaiSmorodinsky());
        add(out, game.space(), "kalai_smorodinsky_nearest", ref.kalaiSmorodinskyNearest());
        add(out, game.space(), "max_welfare", ref.maxWelfare());
        List<Double> reservations = new ArrayList<>();
        for (PartyModel p : game.parties()) reservations.add(p.reservation());
        out.add(new FrontierPoint("reservation", reservations, List.of()));
        return out;
    }

    private static void add(List<FrontierPoint> out, OutcomeSpace space, String kind, ReferencePoint p) {
        if (p == null) return;
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < space.issueCount(); i++) terms.add(space.issues().get(i).valueLabel(p.offer().get(i)));
        out.add(new FrontierPoint(kind, list(p.utilities()), terms));
    }

    private static List<Double> list(double[] u) {
        List<Double> us = new ArrayList<>(u.length);
        for (double x : u) us.add(x);
        return us;
    }

    public double utility(int index) {
        return utilities.get(index);
    }

    /** The package's value label on issue {@code index}, "" when the point has no package. */
    public String term(int index) {
        return index < terms.size() ? terms.get(index) : "";
    }
}
