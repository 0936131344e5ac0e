package org.entente.outcome;

import org.entente.model.Issue;
import org.entente.model.NumericIssue;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Scenario;
import org.entente.negotiation.Offer;

import java.util.ArrayList;
import java.util.List;

import static org.entente.model.ImplementationParameter.TRADE_SCALE;

/**
 * The agreement's trade flows (docs/model.md, "Reading the agreement"). A trade issue with an
 * obligor is a flow that its obligor imports (it buys, or opens its market) and the other parties
 * that want more of it export. Its amount, US$ M a year at the agreement's prices, is the agreed
 * value when the scenario states trade issues in US$ (only those are flows then), else
 * trade_scale x position.
 */
final class TradeFlows {
    /**
     * One flow: its issue, amount, amount as a share of the largest the issue allows, importer and
     * exporters (party indices), and each party's weight of the issue within its trade interest.
     */
    record Flow(int issue, double amount, double share, int importer, List<Integer> exporters, double[] weight) {
        boolean exports(int p) {
            return exporters.contains(p);
        }
    }

    private final List<Flow> flows = new ArrayList<>();

    TradeFlows(Scenario s, Offer offer, Calibration c) {
        List<Issue> issues = s.issues();
        boolean money = false;
        for (Issue i : issues) money |= isTrade(i) && AgreedTerms.inMoney(i);
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            if (!isTrade(issue) || issue.obligor() == null || (money && !AgreedTerms.inMoney(issue))) continue;
            int importer = s.partyIndex(issue.obligor());
            double amount, top;
            if (money) {
                NumericIssue n = (NumericIssue) issue;
                amount = Math.max(0, n.value(offer.get(i)));
                top = Math.max(0, n.max());
            } else {
                top = c.get(TRADE_SCALE);
                amount = top * issue.position(offer.get(i));
            }
            flows.add(new Flow(i, amount, top > 0 ? amount / top : 0, importer, exporters(s, issue, importer),
                    weights(s, issue)));
        }
    }

    List<Flow> all() {
        return flows;
    }

    /**
     * The change of party p's trade interest score at price index P and market factor M: for each
     * flow it takes part in, its weight there times the flow's share times the change of its
     * receipts, (M - 1) / exporters, when it exports, or of its bill, -(P - 1), when it imports.
     */
    double termsOfTrade(int p, double price, double market) {
        double shift = 0;
        for (Flow f : flows) {
            if (f.importer() == p) shift -= f.weight()[p] * f.share() * (price - 1);
            else if (f.exports(p)) shift += f.weight()[p] * f.share() * (market - 1) / f.exporters().size();
        }
        return shift;
    }

    private static boolean isTrade(Issue issue) {
        return issue.interest().equals(AgreedTerms.TRADE) && !AgreedTerms.isLoanTerm(issue);
    }

    /**
     * The other parties that want more of the issue (value its top above its bottom: the sellers,
     * not third parties that merely mind the flow), or every other party when none does.
     */
    private static List<Integer> exporters(Scenario s, Issue issue, int importer) {
        List<Integer> sellers = new ArrayList<>(), others = new ArrayList<>();
        for (int q = 0; q < s.parties().size(); q++) {
            if (q == importer) continue;
            others.add(q);
            Preference pref = s.parties().get(q).preferences().get(issue.id());
            if (pref != null && pref.value(issue, issue.size() - 1) > pref.value(issue, 0)) sellers.add(q);
        }
        return List.copyOf(sellers.isEmpty() ? others : sellers);
    }

    /** w(p,i) / sum of w(p,j) over the trade issues p values (its weight in V(p, trade)); 0 if it has none. */
    private static double[] weights(Scenario s, Issue issue) {
        double[] w = new double[s.parties().size()];
        for (int p = 0; p < w.length; p++) {
            Party party = s.parties().get(p);
            if (!party.preferences().containsKey(issue.id())) continue;
            double total = 0;
            for (Issue j : s.issues())
                if (j.interest().equals(AgreedTerms.TRADE) && party.preferences().containsKey(j.id()))
                    total += party.weight(j.id());
            w[p] = total > 0 ? party.weight(issue.id()) / total : 0;
        }
        return w;
    }
}
