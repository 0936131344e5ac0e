package org.entente.outcome;

import org.entente.model.Issue;
import org.entente.model.NumericIssue;
import org.entente.model.Official;
import org.entente.model.Party;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;

import java.util.ArrayList;
import java.util.List;

import static org.entente.model.ImplementationParameter.GRANT_SHARE;
import static org.entente.model.ImplementationParameter.INFRASTRUCTURE_SCALE;
import static org.entente.model.ImplementationParameter.LOAN_RATE;
import static org.entente.model.ImplementationParameter.OVERSIGHT;
import static org.entente.model.ImplementationParameter.OVERSIGHT_EFFECTIVENESS;

/**
 * An agreement as the implementation model reads it: for each party its interest scores V(p,d)
 * and officials' powers, its influence terms, the trade flows and infrastructure projects, who must
 * deliver each commitment, the oversight strength and the loan terms (docs/model.md, "Reading the
 * agreement").
 */
final class AgreedTerms {
    static final String TRADE = "trade";
    static final String INFRASTRUCTURE = "infrastructure";
    static final String INFLUENCE = "influence";
    /** Issue ids read as loan terms rather than as commitments. */
    static final String GRANT_SHARE_ISSUE = "grant_share";
    static final List<String> LOAN_RATE_ISSUES = List.of("loan_rate", "interest_rate");

    /** A term valued by a party: issue index, the party's weight of it and its value v(p,i,x_i). */
    record Term(int issue, double weight, double value) {
    }

    /**
     * An infrastructure commitment: amount in US$ M (a finance issue's agreed value, else
     * infrastructure_scale x position), obligor (-1 shared), who counts it, who borrows: the
     * obligor of the loan terms when an issue states them, else every other party that values it.
     */
    record Project(int issue, double amount, int obligor, List<Integer> counted, List<Integer> borrowers) {
    }

    final Scenario scenario;
    final int parties;
    final List<String> interests;
    /** V(p,d) at the agreement, NaN where p has no issue of interest d. */
    final double[][] score;
    /** Officials' powers per party, in scenario order. */
    final double[][] power;
    final double[] reservation;
    final double[] capacity;
    final List<List<Term>> influence = new ArrayList<>();
    /** Per party: for each commitment it must deliver (alone or shared), the others' mean value of it. */
    final List<List<Double>> given = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    /** obligor party index of each issue, -1 when shared. */
    final int[] obligor;
    final double oversight;
    final double grantShare;
    final double loanRate;
    final int tradeIndex;
    final TradeFlows flows;

    AgreedTerms(Scenario s, Offer offer, String oversightIssue, Calibration c) {
        this.scenario = s;
        this.parties = s.parties().size();
        this.interests = s.interests();
        int n = s.issues().size();
        score = new double[parties][interests.size()];
        power = new double[parties][];
        reservation = new double[parties];
        capacity = new double[parties];
        obligor = new int[n];
        for (int i = 0; i < n; i++) {
            String ob = s.issues().get(i).obligor();
            obligor[i] = ob == null ? -1 : s.partyIndex(ob);
        }
        tradeIndex = interests.indexOf(TRADE);
        for (int p = 0; p < parties; p++) {
            Party party = s.parties().get(p);
            reservation[p] = party.reservation();
            capacity[p] = Math.max(0, Math.min(1, party.capacity()));
            score[p] = Game.interestScores(s, party, interests, offer);
            List<Official> os = party.officials();
            power[p] = new double[os.size()];
            for (int o = 0; o < os.size(); o++) power[p][o] = os.get(o).power();
            influence.add(terms(s, party, offer, INFLUENCE));
            given.add(new ArrayList<>());
        }
        boolean finance = false;
        for (Issue issue : s.issues()) finance |= isFinance(issue);
        int borrower = -1;
        for (int i = 0; i < n && borrower < 0; i++) if (isLoanTerm(s.issues().get(i))) borrower = obligor[i];
        // one issue per call, so this constructor itself loops little (see addTerms)
        for (int i = 0; i < n; i++) addTerms(s, offer, c, i, finance, borrower);
        int ov = oversightIssue == null ? -1 : s.issueIndex(oversightIssue);
        oversight = c.get(OVERSIGHT_EFFECTIVENESS)
                * (ov >= 0 ? s.issues().get(ov).position(offer.get(ov)) : c.get(OVERSIGHT));
        int g = s.issueIndex(GRANT_SHARE_ISSUE);
        grantShare = g >= 0 ? s.issues().get(g).position(offer.get(g)) : c.get(GRANT_SHARE);
        double agreedRate = Double.NaN;
        for (String id : LOAN_RATE_ISSUES) {
            int r = s.issueIndex(id);
            if (r >= 0 && s.issues().get(r) instanceof NumericIssue ni) {
                agreedRate = rate(ni, offer.get(r));
                break;
            }
        }
        loanRate = Double.isNaN(agreedRate) ? c.get(LOAN_RATE) : agreedRate;
        flows = new TradeFlows(s, offer, c);
    }

    /**
     * What issue i gives each party and the project it funds, if any. A method of its own so the
     * JIT compiles the constructor once instead of several times on stack replacement first.
     */
    private void addTerms(Scenario s, Offer offer, Calibration c, int i, boolean finance, int borrower) {
        Issue issue = s.issues().get(i);
        if (isLoanTerm(issue)) return;
        for (int p = 0; p < parties; p++) {
            if (obligor[i] != p && obligor[i] != -1) continue;
            double sum = 0;
            int k = 0;
            for (int q = 0; q < parties; q++) {
                if (q == p) continue;
                double v = Game.issueValue(s.parties().get(q), issue, offer.get(i));
                if (Double.isNaN(v)) continue;
                sum += v;
                k++;
            }
            if (k > 0) given.get(p).add(sum / k);
        }
        if (issue.interest().equals(INFRASTRUCTURE) && (!finance || isFinance(issue))) {
            List<Integer> counted = new ArrayList<>(), borrowers = new ArrayList<>();
            for (int q = 0; q < parties; q++) {
                if (!s.parties().get(q).preferences().containsKey(issue.id())) continue;
                counted.add(q);
                if (obligor[i] >= 0 && q != obligor[i] && (borrower < 0 || borrower == obligor[i] || q == borrower))
                    borrowers.add(q);
            }
            double amount = isFinance(issue) ? Math.max(0, ((NumericIssue) issue).value(offer.get(i)))
                    : c.get(INFRASTRUCTURE_SCALE) * issue.position(offer.get(i));
            projects.add(new Project(i, amount, obligor[i], List.copyOf(counted), List.copyOf(borrowers)));
        }
    }

    static boolean isLoanTerm(Issue issue) {
        return issue.id().equals(GRANT_SHARE_ISSUE) || LOAN_RATE_ISSUES.contains(issue.id());
    }

    /** An infrastructure finance issue: of interest infrastructure, in money, not a loan term. */
    static boolean isFinance(Issue issue) {
        return issue.interest().equals(INFRASTRUCTURE) && !isLoanTerm(issue) && inMoney(issue);
    }

    /** A numeric issue stated in money: its unit has a '$' (read as US$ M). */
    static boolean inMoney(Issue issue) {
        return issue instanceof NumericIssue n && n.unit() != null && n.unit().contains("$");
    }

    /** An agreed loan rate: a value in percent when the unit is "%" or the value exceeds 1. */
    private static double rate(NumericIssue issue, int k) {
        double v = issue.value(k);
        return "%".equals(issue.unit()) || v > 1 ? v / 100 : v;
    }

    private static List<Term> terms(Scenario s, Party party, Offer offer, String interest) {
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < s.issues().size(); i++) {
            Issue issue = s.issues().get(i);
            if (!issue.interest().equals(interest) || isLoanTerm(issue)) continue;
            if (!party.preferences().containsKey(issue.id())) continue;
            out.add(new Term(i, party.weight(issue.id()), Game.issueValue(party, issue, offer.get(i))));
        }
        return List.copyOf(out);
    }

    /**
     * U_y(p): the contract's utility of the agreement for party p with the officials' current
     * weights and the trade interest score moved by the terms of trade (0 and base weights: U(p)).
     */
    double utility(int p, double[][] currentWeights, double tradeShift) {
        double total = 0, num = 0;
        for (int o = 0; o < currentWeights.length; o++) {
            double wsum = 0, u = 0, plain = 0;
            int active = 0;
            for (int d = 0; d < interests.size(); d++) {
                double v = score[p][d];
                if (Double.isNaN(v)) continue;
                if (d == tradeIndex) v += tradeShift;
                wsum += currentWeights[o][d];
                u += currentWeights[o][d] * v;
                plain += v;
                active++;
            }
            double uo = active == 0 ? 0 : (wsum > 0 ? u / wsum : plain / active);
            num += power[p][o] * uo;
            total += power[p][o];
        }
        return total > 0 ? num / total : 0;
    }
}
