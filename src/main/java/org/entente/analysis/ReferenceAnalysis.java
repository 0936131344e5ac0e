package org.entente.analysis;

import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;

/**
 * The agreement space's reference points (Pareto frontier, Nash plain and weighted by power, both Kalai–Smorodinsky
 * conventions, max welfare) over a game's offer grid, among the individually rational outcomes
 * (docs/reference-points.md). Exact by enumeration ({@link ExactEnumeration}) up to
 * {@link #EXACT_LIMIT} outcomes; beyond, a seeded approximation ({@link GridApproximation}).
 * Ties go to the lowest offer in lexicographic index order (first issue most significant).
 */
public final class ReferenceAnalysis {
    /** Largest grid enumerated exactly. */
    public static final double EXACT_LIMIT = 1_000_000;
    /** Most frontier points handed to charts. */
    public static final int FRONTIER_POINTS = ParetoFrontier.FRONTIER_POINTS;

    private ReferenceAnalysis() {
    }

    public static ReferencePoints compute(Game game) {
        return game.space().cardinality() <= EXACT_LIMIT ? exact(game) : approximate(game);
    }

    /** Exact reference points by enumerating every outcome (the grid must fit in memory). */
    public static ReferencePoints exact(Game game) {
        return new ExactEnumeration(game).run();
    }

    /** Approximate reference points for grids too large to enumerate (see docs/reference-points.md). */
    public static ReferencePoints approximate(Game game) {
        return new GridApproximation(game).run();
    }

    /** The offer with every party's (undiscounted) utility of it; null for a null offer. */
    public static ReferencePoint point(Game game, Offer offer) {
        if (offer == null) return null;
        double[] u = new double[game.parties().size()];
        for (int p = 0; p < u.length; p++) u[p] = game.parties().get(p).utility().of(offer);
        return new ReferencePoint(offer, u);
    }
}
