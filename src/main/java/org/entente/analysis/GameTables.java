package org.entente.analysis;

import org.entente.negotiation.Game;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.PartyModel;

import java.util.List;

/** A game's additive utility tables t[party][issue][grid index] and reservations, as arrays. */
final class GameTables {
    private GameTables() {
    }

    static double[][][] tables(Game game) {
        OutcomeSpace space = game.space();
        List<PartyModel> ps = game.parties();
        double[][][] t = new double[ps.size()][space.issueCount()][];
        for (int p = 0; p < ps.size(); p++) {
            for (int i = 0; i < space.issueCount(); i++) {
                t[p][i] = new double[space.size(i)];
                for (int k = 0; k < t[p][i].length; k++) t[p][i][k] = ps.get(p).utility().term(i, k);
            }
        }
        return t;
    }

    static double[] reservations(Game game) {
        return game.parties().stream().mapToDouble(PartyModel::reservation).toArray();
    }
}
