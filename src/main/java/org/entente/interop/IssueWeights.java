package org.entente.interop;

import org.entente.model.Issue;
import org.entente.model.Party;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.entente.negotiation.PartyModel;

import java.math.BigDecimal;

/**
 * A party's effective weight of each issue in U(p), read off its compiled utility: U(p)'s term for
 * issue i is W_i v_i(x) (interest and official weights multiply out to one factor per issue), so
 * W_i = term / v_i at the issue's best value. As decimals summing to exactly 1, as GeniusWeb requires.
 */
final class IssueWeights {
    private IssueWeights() {
    }

    static BigDecimal[] of(Scenario scenario, Party party, PartyModel model) {
        int m = scenario.issues().size();
        double[] w = new double[m];
        int unknown = 0;
        double known = 0;
        for (int i = 0; i < m; i++) {
            Issue issue = scenario.issues().get(i);
            int best = -1;
            double bestV = 0;
            for (int k = 0; k < issue.size(); k++) {
                double v = Game.issueValue(party, issue, k);
                if (!Double.isNaN(v) && v > bestV) {
                    bestV = v;
                    best = k;
                }
            }
            boolean valued = party.preferences().containsKey(issue.id());
            if (!valued) w[i] = 0;
            else if (best < 0) {
                w[i] = Double.NaN; // the party values every option at 0: its weight cannot matter
                unknown++;
            } else w[i] = model.utility().term(i, best) / bestV;
            if (!Double.isNaN(w[i])) known += w[i];
        }
        for (int i = 0; i < m; i++) if (Double.isNaN(w[i])) w[i] = Math.max(0, 1 - known) / unknown;
        double sum = 0;
        for (double x : w) sum += x;
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalStateException("party " + party.id() + "'s issue weights sum to " + sum + ", not 1");
        }
        BigDecimal[] out = new BigDecimal[m];
        int largest = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < m; i++) {
            out[i] = BigDecimal.valueOf(w[i]);
            if (w[i] > w[largest]) largest = i;
        }
        for (int i = 0; i < m; i++) if (i != largest) total = total.add(out[i]);
        out[largest] = BigDecimal.ONE.subtract(total);
        return out;
    }
}
