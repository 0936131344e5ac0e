package org.entente.analysis;

import org.entente.negotiation.Game;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.PartyModel;

import java.util.List;

/** A game's additive utility tables t[party][issue][grid index], reservations and power shares, as arrays. */
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

    /** Each party's share of the parties' total power (equal shares when the total is 0). */
    static double[] powerShares(Game game) {
        double[] w = game.parties().stream().mapToDouble(PartyModel::power).toArray();
        double total = 0;
        for (double x : w) total += x;
        for (int p = 0; p < w.length; p++) w[p] = total > 0 ? w[p] / total : 1.0 / w.length;
        return w;
    }

    /** Whether every party has the same share of power (the weighted Nash solution is then the Nash solution). */
    static boolean equal(double[] shares) {
        for (double x : shares) if (x != shares[0]) return false;
        return true;
    }

    static double[] reservations(Game game) {
        return game.parties().stream().mapToDouble(PartyModel::reservation).toArray();
    }
}
