package org.entente.outcome;

import org.entente.model.Implementation;
import org.entente.model.Scenario;
import org.entente.model.Seeds;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The post-agreement implementation model: compliance, oversight, shocks and influence over the
 * years (docs/model.md). Pure and deterministic given the run's world and seed: every draw comes
 * from the run's "implementation" stream, in the same order whatever the agreement.
 */
public final class ImplementationModel {
    private static final List<String> COLUMNS = List.of("trade", "infrastructure", "influence", "compliance",
            "trust", "debt", "delivery", "benefit", "debt_service", "price_index", "demand", "turnover",
            "renegotiate");
    static final int TRADE = 0, INFRASTRUCTURE = 1, INFLUENCE = 2, COMPLIANCE = 3, TRUST = 4, DEBT = 5,
            DELIVERY = 6, BENEFIT = 7, DEBT_SERVICE = 8, PRICE_INDEX = 9, DEMAND = 10, TURNOVER = 11,
            RENEGOTIATE = 12;
    private static final List<String> SUMMARY = List.of("compliance", "trade", "infrastructure", "influence",
            "debt_peak");

    private ImplementationModel() {
    }

    /** The tracked series, in years.csv column order after {@code run_id, year, party}. */
    public static List<String> columns() {
        return COLUMNS;
    }

    /**
     * Years 1..years for every party, party by party (scenario order) within each year. Without an
     * agreement (none at the table, not ratified, or a failed run) the rows are still written: no
     * delivery, trade, infrastructure, compliance and debt 0, influence on its no-deal baseline.
     */
    public static List<YearRecord> simulate(RunWorld world, RunOutcome outcome) {
        Course k = new Course(world, outcome);
        for (int y = 1; y <= k.c.years(); y++) k.year(y);
        return List.copyOf(k.out);
    }

    /**
     * The state of one run's implementation carried from year to year. One year is one call of
     * {@link #year}: simulate itself then loops only over years, so the JIT compiles it once
     * instead of several times on stack replacement (each 0.4-0.6 s of C2 time) first.
     */
    private static final class Course {
        final Scenario s;
        final Calibration c;
        final AgreedTerms t;
        final int n;
        final SplittableRandom r;
        final CommodityMarkets markets;
        final double[][][] base;
        final double[][][] current;
        final double[] trust;
        double[] influence;
        final int[] belowFor;
        final boolean[] flagged;
        final double[] infrastructure;
        final double[] remaining;
        final LoanBook[] loans;
        final List<YearRecord> out;

        Course(RunWorld world, RunOutcome outcome) {
            s = world.scenario();
            Implementation impl = s.implementation() != null ? s.implementation() : Implementation.defaults();
            c = Calibration.of(impl);
            boolean deal = outcome != null && outcome.agreement() && outcome.table().offer() != null;
            t = deal ? new AgreedTerms(s, outcome.table().offer(), impl.oversightIssue(), c) : null;
            n = s.parties().size();
            r = Seeds.random(world.runSeed(), "implementation");
            markets = new CommodityMarkets(c);

            base = baseWeights(s);
            current = new double[n][][];
            for (int p = 0; p < n; p++) current[p] = copy(base[p]);
            trust = new double[n];
            influence = new double[n];
            java.util.Arrays.fill(trust, c.trustInitial());
            java.util.Arrays.fill(influence, c.influenceBaseline());
            belowFor = new int[n];
            flagged = new boolean[n];
            infrastructure = new double[n];
            remaining = new double[t == null ? 0 : t.projects.size()];
            for (int j = 0; j < remaining.length; j++) remaining[j] = t.projects.get(j).amount();
            loans = new LoanBook[n];
            for (int p = 0; p < n; p++)
                loans[p] = new LoanBook(t == null ? c.loanRate() : t.loanRate, c.loanYears(), c.graceYears());

            out = new ArrayList<>(c.years() * n);
        }

        void year(int y) {
            markets.advance(r);
            double price = markets.priceIndex(), demand = markets.demand(), market = price * demand;
            boolean[] turnover = new boolean[n];
            double[] noise = new double[n];
            for (int p = 0; p < n; p++) {
                turnover[p] = r.nextDouble() < c.turnoverRate();
                double[][] reshuffled = new double[base[p].length][];
                for (int o = 0; o < base[p].length; o++) {
                    reshuffled[o] = new double[base[p][o].length];
                    for (int d = 0; d < base[p][o].length; d++) {
                        double z = Seeds.gaussian(r);
                        double sd = c.turnoverSd();
                        reshuffled[o][d] = base[p][o][d] * Math.exp(sd * z - sd * sd / 2);
                    }
                }
                if (turnover[p]) current[p] = reshuffled;
                noise[p] = c.complianceNoise() * Seeds.gaussian(r);
            }

            double[] benefit = new double[n], compliance = new double[n], delivery = new double[n];
            double[] yearTrust = trust.clone();
            if (t != null) {
                for (int p = 0; p < n; p++) {
                    benefit[p] = t.utility(p, current[p], market) - t.reservation[p];
                    belowFor[p] = benefit[p] < 0 ? belowFor[p] + 1 : 0;
                    boolean exited = flagged[p] && c.exit();
                    if (c.renegotiateAfter() > 0 && belowFor[p] >= c.renegotiateAfter()) flagged[p] = true;
                    compliance[p] = exited ? 0
                            : ComplianceRule.propensity(c, benefit[p], t.oversight, trust[p], t.capacity[p], noise[p]);
                    delivery[p] = t.capacity[p] * compliance[p];
                }
            }
            double[] issueDelivery = t == null ? new double[0] : issueDelivery(t, delivery);

            double[] trade = new double[n], debt = new double[n], service = new double[n], gain = new double[n];
            if (t != null) {
                for (int p = 0; p < n; p++) {
                    trade[p] = c.tradeScale() * market * weightedDelivered(t.trade.get(p), issueDelivery);
                    double giving = 0;
                    for (double v : t.given.get(p)) giving += v;
                    giving = t.given.get(p).isEmpty() ? 0 : delivery[p] * giving / t.given.get(p).size();
                    gain[p] = 0.5 * giving + 0.5 * weightedDelivered(t.influence.get(p), issueDelivery);
                }
                double[] lent = new double[n];
                for (int j = 0; j < remaining.length; j++) {
                    AgreedTerms.Project pr = t.projects.get(j);
                    double scheduled = Math.min(remaining[j], pr.amount() / c.buildYears());
                    double built = scheduled * issueDelivery[pr.issue()];
                    remaining[j] -= built;
                    for (int q : pr.counted()) infrastructure[q] += built;
                    for (int q : pr.borrowers()) lent[q] += built * (1 - t.grantShare) / pr.borrowers().size();
                }
                for (int p = 0; p < n; p++) {
                    loans[p].year(y, lent[p]);
                    debt[p] = loans[p].outstanding();
                    service[p] = loans[p].service();
                }
                for (int p = 0; p < n; p++) {
                    double others = 0;
                    for (int q = 0; q < n; q++) if (q != p) others += compliance[q];
                    if (n > 1) trust[p] = (1 - c.trustRate()) * trust[p] + c.trustRate() * others / (n - 1);
                }
            }
            double[] nextInfluence = new double[n];
            for (int p = 0; p < n; p++) {
                double rivals = 0;
                for (int q = 0; q < n; q++) if (q != p) rivals += gain[q];
                rivals = n > 1 ? rivals / (n - 1) : 0;
                nextInfluence[p] = InfluenceIndex.next(c, influence[p], gain[p], rivals);
            }
            influence = nextInfluence;

            for (int p = 0; p < n; p++) {
                double[] v = new double[COLUMNS.size()];
                v[TRADE] = trade[p];
                v[INFRASTRUCTURE] = infrastructure[p];
                v[INFLUENCE] = influence[p];
                v[COMPLIANCE] = compliance[p];
                v[TRUST] = yearTrust[p];
                v[DEBT] = debt[p];
                v[DELIVERY] = delivery[p];
                v[BENEFIT] = benefit[p];
                v[DEBT_SERVICE] = service[p];
                v[PRICE_INDEX] = price;
                v[DEMAND] = demand;
                v[TURNOVER] = turnover[p] ? 1 : 0;
                v[RENEGOTIATE] = flagged[p] ? 1 : 0;
                out.add(new YearRecord(y, s.parties().get(p).id(), v));
            }
        }
    }

    /**
     * Per-run scalars for summary.csv, in a fixed order for a given scenario: for each of
     * {@code compliance} (mean over years), {@code trade} (total over years, US$ M),
     * {@code infrastructure} and {@code influence} (final year) and {@code debt_peak} (largest
     * outstanding debt in any year), one key {@code <measure>.<party>} per party in scenario
     * order. With no years every value is 0.
     */
    public static Map<String, Double> runSummary(RunWorld world, List<YearRecord> years) {
        List<String> parties = world.scenario().partyIds();
        Map<String, Double> out = new LinkedHashMap<>();
        for (String m : SUMMARY) {
            int col = COLUMNS.indexOf(m.equals("debt_peak") ? "debt" : m);
            for (String p : parties) {
                double sum = 0, peak = 0;
                int count = 0, lastYear = Integer.MIN_VALUE;
                double last = 0;
                for (YearRecord r : years) {
                    if (!r.party().equals(p)) continue;
                    sum += r.at(col);
                    peak = Math.max(peak, r.at(col));
                    count++;
                    if (r.year() >= lastYear) {
                        lastYear = r.year();
                        last = r.at(col);
                    }
                }
                double value = switch (m) {
                    case "compliance" -> count == 0 ? 0 : sum / count;
                    case "trade" -> sum;
                    case "debt_peak" -> peak;
                    default -> last;
                };
                out.put(m + "." + p, value);
            }
        }
        return out;
    }

    /** delta_i: the obligor's delivery, or the mean delivery of all parties for a shared commitment. */
    private static double[] issueDelivery(AgreedTerms t, double[] delivery) {
        double mean = 0;
        for (double d : delivery) mean += d;
        mean = delivery.length > 0 ? mean / delivery.length : 0;
        double[] out = new double[t.obligor.length];
        for (int i = 0; i < out.length; i++) out[i] = t.obligor[i] >= 0 ? delivery[t.obligor[i]] : mean;
        return out;
    }

    /** sum_i w_i v_i delta_i / sum_i w_i over a party's terms; 0 when it has none. */
    private static double weightedDelivered(List<AgreedTerms.Term> terms, double[] issueDelivery) {
        double num = 0, den = 0;
        for (AgreedTerms.Term term : terms) {
            num += term.weight() * term.value() * issueDelivery[term.issue()];
            den += term.weight();
        }
        return den > 0 ? num / den : 0;
    }

    private static double[][][] baseWeights(Scenario s) {
        double[][][] w = new double[s.parties().size()][][];
        for (int p = 0; p < w.length; p++) {
            var os = s.parties().get(p).officials();
            w[p] = new double[os.size()][s.interests().size()];
            for (int o = 0; o < os.size(); o++)
                for (int d = 0; d < s.interests().size(); d++)
                    w[p][o][d] = os.get(o).interests().getOrDefault(s.interests().get(d), 0.0);
        }
        return w;
    }

    private static double[][] copy(double[][] a) {
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) b[i] = a[i].clone();
        return b;
    }
}
