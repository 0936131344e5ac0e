package org.entente.analysis;

import org.entente.negotiation.Game;

/** Computes Nash, Kalai–Smorodinsky, max-welfare points and the Pareto frontier of a game. */
public final class ReferenceAnalysis {
    private ReferenceAnalysis() {
    }

    public static ReferencePoints compute(Game game) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
