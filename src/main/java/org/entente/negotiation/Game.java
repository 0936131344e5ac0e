package org.entente.negotiation;

import org.entente.model.Issue;
import org.entente.model.Official;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario compiled into additive utilities over the offer grid, following the contract's
 * definitions exactly (docs/config.md, "Utility: the exact definitions"):
 * <ul>
 *   <li>V(p,d) = weighted mean of v over the issues of interest d that p has preferences for;</li>
 *   <li>U(o) = sum_d w(o,d) V(p,d) / sum_d w(o,d), over the interests p has issues for;</li>
 *   <li>U(p) = sum_o power(o) U(o) / sum_o power(o).</li>
 * </ul>
 * If every weight of an official over those interests is 0 (possible under heavy noise), the
 * official weighs them equally.
 */
public final class Game {
    private final Scenario scenario;
    private final OutcomeSpace space;
    private final List<PartyModel> parties;
    private final List<String> partyIds;
    private final Map<String, Integer> index = new HashMap<>();

    private Game(Scenario scenario) {
        this.scenario = scenario;
        this.space = new OutcomeSpace(scenario.issues());
        List<PartyModel> ps = new ArrayList<>();
        for (Party p : scenario.parties()) ps.add(compileParty(scenario, p));
        this.parties = List.copyOf(ps);
        this.partyIds = scenario.partyIds();
        for (int i = 0; i < parties.size(); i++) index.put(parties.get(i).id(), i);
    }

    public static Game compile(Scenario s) {
        return new Game(s);
    }

    public Scenario scenario() {
        return scenario;
    }

    public OutcomeSpace space() {
        return space;
    }

    public List<PartyModel> parties() {
        return parties;
    }

    /** The parties' ids in scenario (turn) order: its scenario's {@code partyIds()}, made once. */
    public List<String> partyIds() {
        return partyIds;
    }

    public PartyModel party(String id) {
        Integer i = index.get(id);
        if (i == null) throw new IllegalArgumentException("no party " + id);
        return parties.get(i);
    }

    public int partyIndex(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** v(p, i, k): party p's value of grid index k on issue i, or NaN when p is indifferent. */
    public static double issueValue(Party p, Issue issue, int k) {
        Preference pref = p.preferences().get(issue.id());
        return pref == null ? Double.NaN : pref.value(issue, k);
    }

    /** V(p, d) for a full offer; NaN when p has no issue of interest d. */
    public static double interestScore(Scenario s, Party p, String interest, Offer offer) {
        return interestScores(s, p, List.of(interest), offer)[0];
    }

    /**
     * V(p, d) for a full offer and every interest d of {@code interests} (distinct), in one pass over the issues: the
     * weighted mean of p's values of the issues of interest d, in issue order; NaN when p has no issue of interest d.
     */
    public static double[] interestScores(Scenario s, Party p, List<String> interests, Offer offer) {
        double[] num = new double[interests.size()];
        double[] den = new double[interests.size()];
        for (int i = 0; i < s.issues().size(); i++) {
            Issue issue = s.issues().get(i);
            int d = interests.indexOf(issue.interest());
            if (d < 0 || !p.preferences().containsKey(issue.id())) continue;
            double w = p.weight(issue.id());
            num[d] += w * issueValue(p, issue, offer.get(i));
            den[d] += w;
        }
        double[] score = new double[interests.size()];
        for (int d = 0; d < score.length; d++) score[d] = den[d] > 0 ? num[d] / den[d] : Double.NaN;
        return score;
    }

    /** U(o) computed directly from the definition (used to check the compiled tables). */
    public static double officialUtility(Scenario s, Party p, Official o, Offer offer) {
        double num = 0, den = 0;
        int counted = 0;
        double plain = 0;
        for (String d : s.interests()) {
            double v = interestScore(s, p, d, offer);
            if (Double.isNaN(v)) continue;
            double w = o.interests().getOrDefault(d, 0.0);
            num += w * v;
            den += w;
            plain += v;
            counted++;
        }
        if (counted == 0) return 0;
        return den > 0 ? num / den : plain / counted;
    }

    /** Party p of scenario s compiled: the model {@link #compile(Scenario)} gives for it. */
    private static PartyModel compileParty(Scenario s, Party p) {
        int n = s.issues().size();
        // per interest: sum of issue weights among the issues p has preferences for
        Map<String, Double> interestWeight = new HashMap<>();
        for (Issue issue : s.issues()) {
            if (!p.preferences().containsKey(issue.id())) continue;
            interestWeight.merge(issue.interest(), p.weight(issue.id()), Double::sum);
        }
        List<String> active = new ArrayList<>();
        for (String d : s.interests()) if (interestWeight.getOrDefault(d, 0.0) > 0) active.add(d);

        double[][] v = new double[n][];
        for (int i = 0; i < n; i++) {
            Issue issue = s.issues().get(i);
            v[i] = new double[issue.size()];
            if (!p.preferences().containsKey(issue.id())) continue;
            double[] values = IssueValues.of(p.preferences().get(issue.id()), issue);
            System.arraycopy(values, 0, v[i], 0, v[i].length);
        }

        IssueShares shares = IssueShares.of(s, p, active, interestWeight);
        List<OfficialModel> officials = new ArrayList<>();
        double totalPower = p.totalPower();
        double[][] party = new double[n][];
        for (int i = 0; i < n; i++) party[i] = new double[v[i].length];
        for (Official o : p.officials()) {
            officials.add(compileOfficial(o, active, shares, v, o.power() / totalPower, party));
        }
        return new PartyModel(p.id(), p.name(), p.reservation(), p.discount(), p.power(), p.capacity(),
                p.ratification(), officials, LinearUtility.owning(party));
    }

    /*
     * The per-official and per-grid-point loops live in their own small methods so that
     * compileParty itself has few loop iterations per call: otherwise the JIT compiles it several
     * times on stack replacement (about 0.6 s of C2 time each) before its normal compilation.
     */

    /**
     * What every official of a party shares, looked up once per party rather than once per official: for each issue,
     * the index among the active interests of the interest it serves (-1 when the issue does not count: the party
     * has no preference on it, or its interest is not active), the party's weight of the issue and the total weight of
     * the party's issues of that interest.
     */
    private record IssueShares(int[] interestAt, double[] weight, double[] interestTotal) {
        static IssueShares of(Scenario s, Party p, List<String> active, Map<String, Double> interestWeight) {
            int n = s.issues().size();
            int[] at = new int[n];
            double[] weight = new double[n];
            double[] total = new double[n];
            for (int i = 0; i < n; i++) {
                Issue issue = s.issues().get(i);
                at[i] = p.preferences().containsKey(issue.id()) ? active.indexOf(issue.interest()) : -1;
                if (at[i] < 0) continue;
                weight[i] = p.weight(issue.id());
                total[i] = interestWeight.get(issue.interest());
            }
            return new IssueShares(at, weight, total);
        }
    }

    /** One official's table; adds its power-weighted share into the party's table. */
    private static OfficialModel compileOfficial(Official o, List<String> active, IssueShares shares, double[][] v,
                                                 double share, double[][] party) {
        int n = v.length;
        double[] interest = new double[active.size()];
        double wsum = 0;
        for (int a = 0; a < interest.length; a++) {
            interest[a] = o.interests().getOrDefault(active.get(a), 0.0);
            wsum += interest[a];
        }
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            t[i] = new double[v[i].length];
            int a = shares.interestAt()[i];
            if (a < 0) continue;
            double wd = wsum > 0 ? interest[a] / wsum : 1.0 / active.size();
            double c = wd * shares.weight()[i] / shares.interestTotal()[i];
            scaleInto(v[i], c, share, t[i], party[i]);
        }
        return new OfficialModel(o.id(), o.title(), o.head(), o.power(), o.veto(), o.reservation(),
                LinearUtility.owning(t));
    }

    /** t = c v, and party += share t, point by point. */
    private static void scaleInto(double[] v, double c, double share, double[] t, double[] party) {
        for (int k = 0; k < t.length; k++) {
            t[k] = c * v[k];
            party[k] += share * t[k];
        }
    }
}
