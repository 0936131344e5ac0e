package org.entente.outcome;

import org.entente.model.Implementation;
import org.entente.model.ImplementationParameter;
import org.entente.model.PartyField;
import org.entente.model.Scenario;
import org.entente.model.Seeds;
import org.entente.negotiation.Offer;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ImplementationModelTest {

    private static double meanCompliance(Implementation impl, Offer offer, int seeds) {
        RunWorld base = Worlds.world(Worlds.scenario(0.8, 0.6, impl), 0);
        double sum = 0;
        int n = 0;
        for (int k = 0; k < seeds; k++) {
            long seed = Seeds.run(7, k);
            RunWorld w = new RunWorld(base.config(), seed, base.scenario(), base.game(), base.beliefs());
            for (YearRecord r : ImplementationModel.simulate(w, Worlds.agreed(offer, seed))) {
                sum += r.value("compliance");
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void columnsStartWithTheContractSeriesInOrder() {
        assertThat(ImplementationModel.columns().subList(0, 4))
                .containsExactly("trade", "infrastructure", "influence", "compliance");
        assertThat(ImplementationModel.columns()).contains("trust", "debt", "delivery", "turnover", "renegotiate")
                .doesNotHaveDuplicates();
    }

    @Test
    void simulatesEveryYearForEveryPartyInScenarioOrder() {
        Scenario s = Worlds.scenario(0.8, 0.6, Worlds.implementation(null, "years", 7));
        List<YearRecord> years = ImplementationModel.simulate(Worlds.world(s, 11), Worlds.agreed(Worlds.deal(), 11));
        assertThat(years).hasSize(14);
        for (int i = 0; i < years.size(); i++) {
            assertThat(years.get(i).year()).isEqualTo(i / 2 + 1);
            assertThat(years.get(i).party()).isEqualTo(i % 2 == 0 ? "china" : "lesotho");
            assertThat(years.get(i).values()).hasSize(ImplementationModel.columns().size());
        }
    }

    @Test
    void moreOversightGivesNoLessMeanCompliance() {
        double[] levels = {0, 0.25, 0.5, 0.75, 1};
        double previous = -1;
        double first = 0, last = 0;
        for (double level : levels) {
            double mean = meanCompliance(Worlds.implementation(null, "oversight", level), Worlds.deal(), 200);
            assertThat(mean).isGreaterThanOrEqualTo(previous);
            if (previous < 0) first = mean;
            previous = last = mean;
        }
        assertThat(last - first).isGreaterThan(0.1);
    }

    @Test
    void agreedOversightIssueSetsOversightStrength() {
        Implementation impl = Worlds.implementation(Worlds.TASK_FORCE, "oversight", 0.5);
        double none = meanCompliance(impl, Worlds.deal().with(5, 0), 100);
        double review = meanCompliance(impl, Worlds.deal().with(5, 1), 100);
        double secretariat = meanCompliance(impl, Worlds.deal().with(5, 2), 100);
        assertThat(none).isLessThan(review);
        assertThat(review).isLessThan(secretariat);
        // annual review sits at position 0.5 = the oversight parameter: the same as no issue at all
        Implementation noIssue = Worlds.implementation(null, "oversight", 0.5);
        double byParameter = meanCompliance(noIssue, Worlds.deal().with(5, 1), 100);
        assertThat(review).isCloseTo(byParameter, within(0.02));
    }

    @Test
    void moreEffectiveOversightGivesNoLessComplianceWithAnAgreedTaskForce() {
        double previous = -1;
        for (double e : new double[]{0, 0.5, 1}) {
            double mean = meanCompliance(Worlds.implementation(Worlds.TASK_FORCE, "oversight_effectiveness", e),
                    Worlds.deal().with(5, 2), 100);
            assertThat(mean).isGreaterThan(previous);
            previous = mean;
        }
    }

    @Test
    void noAgreementGivesNoDeliveryButStillWritesEveryYear() {
        Scenario s = Worlds.scenario();
        int years = (int) ImplementationParameter.YEARS.spec().defaultValue();
        for (RunOutcome o : List.of(Worlds.noAgreement(5), Worlds.notRatified(Worlds.deal(), 5), Worlds.failed(5))) {
            List<YearRecord> rows = ImplementationModel.simulate(Worlds.world(s, 5), o);
            assertThat(rows).hasSize(years * 2);
            for (YearRecord r : rows) {
                for (String col : List.of("trade", "infrastructure", "compliance", "delivery", "debt", "benefit"))
                    assertThat(r.value(col)).as(col).isZero();
                assertThat(r.value("influence")).isEqualTo(0.3);
                assertThat(r.value("trust")).isEqualTo(0.5);
            }
        }
    }

    @Test
    void sameSeedGivesIdenticalSeriesAndAnotherSeedDiffers() {
        Scenario s = Worlds.scenario();
        List<YearRecord> a = ImplementationModel.simulate(Worlds.world(s, 42), Worlds.agreed(Worlds.deal(), 42));
        List<YearRecord> b = ImplementationModel.simulate(Worlds.world(s, 42), Worlds.agreed(Worlds.deal(), 42));
        List<YearRecord> c = ImplementationModel.simulate(Worlds.world(s, 43), Worlds.agreed(Worlds.deal(), 43));
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void capacityZeroGivesNoDelivery() {
        Scenario s = Worlds.scenario(0, 0, Implementation.defaults());
        for (long seed = 0; seed < 20; seed++) {
            for (YearRecord r : ImplementationModel.simulate(Worlds.world(s, seed), Worlds.agreed(Worlds.deal(), seed))) {
                assertThat(r.value("delivery")).isZero();
                assertThat(r.value("trade")).isZero();
                assertThat(r.value("infrastructure")).isZero();
                assertThat(r.value("debt")).isZero();
                assertThat(r.value("compliance")).isGreaterThan(0);
            }
        }
    }

    @Test
    void obligorWithoutCapacityDeliversNothingToItsPartner() {
        // China owes the tariff cut and the road: with China at capacity 0, Lesotho gets no trade or road
        Scenario s = Worlds.scenario(0, 1, Implementation.defaults());
        for (YearRecord r : ImplementationModel.simulate(Worlds.world(s, 3), Worlds.agreed(Worlds.deal(), 3))) {
            if (r.party().equals("lesotho")) {
                assertThat(r.value("trade")).isZero();
                assertThat(r.value("infrastructure")).isZero();
                assertThat(r.value("delivery")).isPositive();
            }
        }
    }

    @Test
    void debtAmortisesToZeroAfterTheLoanTerm() {
        Scenario s = Worlds.scenario(1, 1, Worlds.implementation(null, "years", 30, "loan_years", 20,
                "grace_years", 5, "build_years", 4));
        List<YearRecord> rows = ImplementationModel.simulate(Worlds.world(s, 9), Worlds.agreed(Worlds.deal(), 9));
        double peak = 0;
        double previous = 0;
        for (YearRecord r : rows) {
            if (r.party().equals("china")) {
                assertThat(r.value("debt")).as("the lender owes nothing").isZero();
                continue;
            }
            double debt = r.value("debt");
            if (r.year() <= 4) assertThat(debt).isGreaterThan(previous);
            if (r.year() > 5 && r.year() < 20) assertThat(debt).isPositive().isLessThan(previous);
            if (r.year() >= 20) assertThat(debt).isZero();
            peak = Math.max(peak, debt);
            previous = debt;
        }
        // the road is US$ 150 M, half of it a loan: at most 75 outstanding
        assertThat(peak).isPositive().isLessThanOrEqualTo(75.0 + 1e-9);
    }

    @Test
    void allGrantFinanceLeavesNoDebt() {
        Scenario s = Worlds.scenario(1, 1, Worlds.implementation(null, "years", 30));
        Offer allGrant = Worlds.deal().with(2, 20);
        for (YearRecord r : ImplementationModel.simulate(Worlds.world(s, 9), Worlds.agreed(allGrant, 9)))
            assertThat(r.value("debt")).isZero();
    }

    @Test
    void infrastructureIsCumulativeAndBoundedByTheAgreedAmount() {
        Scenario s = Worlds.scenario(1, 1, Worlds.implementation(null, "years", 40));
        List<YearRecord> rows = ImplementationModel.simulate(Worlds.world(s, 4), Worlds.agreed(Worlds.deal(), 4));
        double previous = 0;
        for (YearRecord r : rows) {
            if (!r.party().equals("lesotho")) continue;
            assertThat(r.value("infrastructure")).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(150 + 1e-9);
            previous = r.value("infrastructure");
        }
        assertThat(previous).isCloseTo(150, within(1.0));
    }

    @Test
    void withoutAFinanceIssueInfrastructureIsScaledByPosition() {
        Scenario money = Worlds.scenario(1, 1, Worlds.implementation(null, "years", 40, "infrastructure_scale", 80));
        List<org.entente.model.Issue> issues = new java.util.ArrayList<>(money.issues());
        issues.set(1, new org.entente.model.NumericIssue("road", "Road", "infrastructure", 0, 300, 10, "km", "china"));
        Scenario km = money.withIssues(issues);
        List<YearRecord> rows = ImplementationModel.simulate(Worlds.world(km, 4), Worlds.agreed(Worlds.deal(), 4));
        // road 150 of 0..300 km: position 0.5, so 80 * 0.5 = 40 US$ M
        assertThat(rows.get(rows.size() - 1).value("infrastructure")).isCloseTo(40, within(0.5));
    }

    @Test
    void onlyTheObligorOfTheLoanTermsBorrowsWhenAThirdPartyValuesTheRoad() {
        Scenario base = Worlds.scenario(1, 1, Worlds.implementation(null, "years", 20));
        org.entente.model.Party l = base.party("lesotho");
        org.entente.model.Party sa = new org.entente.model.Party("south_africa", "South Africa", 0.3, 1, 2, 1,
                l.preferences(), l.weights(), l.interests(), l.officials(), 0.5, null);
        List<org.entente.model.Party> parties = new java.util.ArrayList<>(base.parties());
        parties.add(sa);
        List<org.entente.model.Issue> issues = new java.util.ArrayList<>(base.issues());
        issues.set(2, new org.entente.model.NumericIssue("grant_share", "Grant share", "infrastructure", 0, 1, 0.05,
                null, "lesotho"));
        Scenario s = base.withParties(parties).withIssues(issues);
        AgreedTerms t = new AgreedTerms(s, Worlds.deal(), null, Calibration.of(s.implementation()));
        assertThat(t.projects.get(0).borrowers()).containsExactly(1);
        assertThat(t.projects.get(0).counted()).containsExactly(0, 1, 2);
        List<YearRecord> rows = ImplementationModel.simulate(Worlds.world(s, 2), Worlds.agreed(Worlds.deal(), 2));
        assertThat(rows).hasSize(60);
        assertThat(rows.stream().filter(r -> r.party().equals("south_africa")).mapToDouble(r -> r.value("debt")).max()
                .orElseThrow()).isZero();
        assertThat(rows.stream().filter(r -> r.party().equals("lesotho")).mapToDouble(r -> r.value("debt")).max()
                .orElseThrow()).isPositive();
    }

    @Test
    void agreedInterestRateIssueSetsTheLoanRate() {
        Scenario base = Worlds.scenario(1, 1, Worlds.implementation(null, "years", 20));
        List<org.entente.model.Issue> issues = new java.util.ArrayList<>(base.issues());
        issues.add(new org.entente.model.NumericIssue("interest_rate", "Rate", "infrastructure", 0, 4, 1, "%", "lesotho"));
        Scenario s = base.withIssues(issues);
        AgreedTerms t = new AgreedTerms(s, new Offer(12, 15, 10, 8, 1, 1, 3), null, Calibration.of(s.implementation()));
        assertThat(t.loanRate).isEqualTo(0.03);
        assertThat(t.grantShare).isEqualTo(0.5);
        assertThat(t.projects).hasSize(1);
        assertThat(t.projects.get(0).amount()).isEqualTo(150.0);
        assertThat(t.projects.get(0).borrowers()).containsExactly(1);
    }

    @Test
    void influenceStaysInTheUnitInterval() {
        Implementation extreme = Worlds.implementation(null, "influence_gain", 1, "influence_decay", 0,
                "influence_rivalry", 1, "influence_baseline", 1, "years", 50);
        Implementation other = Worlds.implementation(null, "influence_gain", 1, "influence_decay", 1,
                "influence_rivalry", 1, "influence_baseline", 0, "years", 50);
        for (Implementation impl : List.of(extreme, other, Implementation.defaults())) {
            Scenario s = Worlds.scenario(1, 1, impl);
            for (long seed = 0; seed < 30; seed++)
                for (YearRecord r : ImplementationModel.simulate(Worlds.world(s, seed), Worlds.agreed(Worlds.deal(), seed)))
                    assertThat(r.value("influence")).isBetween(0.0, 1.0);
        }
    }

    @Test
    void deliveredBenefitsRaiseInfluenceAboveTheNoDealBaseline() {
        Scenario s = Worlds.scenario(1, 1, Worlds.implementation(null, "oversight", 1));
        List<YearRecord> rows = ImplementationModel.simulate(Worlds.world(s, 2), Worlds.agreed(Worlds.deal(), 2));
        YearRecord lastChina = rows.get(rows.size() - 2);
        assertThat(lastChina.party()).isEqualTo("china");
        assertThat(lastChina.value("influence")).isGreaterThan(0.3);
    }

    @Test
    void withoutShocksFirstYearComplianceIsTheLogisticOfTheBenefit() {
        Implementation calm = Worlds.implementation(null, "compliance_noise", 0, "turnover_rate", 0,
                "diamond_sd", 0, "wool_sd", 0, "demand_sd", 0, "oversight", 0.4);
        Scenario s = Worlds.scenario(0.8, 0.6, calm);
        RunWorld w = Worlds.world(s, 1);
        List<YearRecord> rows = ImplementationModel.simulate(w, Worlds.agreed(Worlds.deal(), 1));
        double uChina = w.game().party("china").utility().of(Worlds.deal());
        double uLesotho = w.game().party("lesotho").utility().of(Worlds.deal());
        // capacity is not in the logit: it acts on delivery only
        double cChina = 1 / (1 + Math.exp(-(-1.5 + 8 * (uChina - 0.3) + 3 * 0.4)));
        double cLesotho = 1 / (1 + Math.exp(-(-1.5 + 8 * (uLesotho - 0.3) + 3 * 0.4)));
        assertThat(rows.get(0).value("benefit")).isCloseTo(uChina - 0.3, within(1e-12));
        assertThat(rows.get(0).value("compliance")).isCloseTo(cChina, within(1e-12));
        assertThat(rows.get(1).value("compliance")).isCloseTo(cLesotho, within(1e-12));
        assertThat(rows.get(1).value("delivery")).isCloseTo(0.6 * cLesotho, within(1e-12));
        assertThat(rows.get(0).value("price_index")).isEqualTo(1.0);
        // the tariff cut (60% of its range, no trade issue in US$) is a flow of 100 US$ M * 0.6 that China
        // (its obligor) imports as it delivers and Lesotho exports
        double flow = 100 * 0.6 * 0.8 * cChina;
        assertThat(rows.get(0).value("imports")).isCloseTo(flow, within(1e-9));
        assertThat(rows.get(0).value("exports")).isZero();
        assertThat(rows.get(1).value("exports")).isCloseTo(flow, within(1e-9));
        assertThat(rows.get(1).value("trade")).isCloseTo(flow, within(1e-9));
        assertThat(rows.get(0).value("trade")).isCloseTo(flow, within(1e-9));
        // year 2 trust: (1 - 0.3) * 0.5 + 0.3 * the other's year-1 compliance
        assertThat(rows.get(3).value("trust")).isCloseTo(0.7 * 0.5 + 0.3 * cChina, within(1e-12));
    }

    @Test
    void agreementUtilityWithBaseWeightsMatchesTheCompiledGame() {
        Scenario s = Worlds.scenario();
        RunWorld w = Worlds.world(s, 1);
        for (Offer offer : List.of(Worlds.deal(), new Offer(0, 0, 0, 0, 0, 0), new Offer(20, 30, 20, 20, 2, 2))) {
            AgreedTerms t = new AgreedTerms(s, offer, null, Calibration.of(s.implementation()));
            for (int p = 0; p < 2; p++) {
                double[][] base = new double[s.parties().get(p).officials().size()][3];
                for (int o = 0; o < base.length; o++)
                    for (int d = 0; d < 3; d++)
                        base[o][d] = s.parties().get(p).officials().get(o).interests().get(s.interests().get(d));
                assertThat(t.utility(p, base, 0))
                        .isCloseTo(w.game().parties().get(p).utility().of(offer), within(1e-12));
            }
        }
    }

    @Test
    void turnoverReshufflesWeightsAndMovesTheBenefit() {
        Implementation everyYear = Worlds.implementation(null, "turnover_rate", 1, "diamond_sd", 0, "wool_sd", 0,
                "demand_sd", 0);
        Implementation never = Worlds.implementation(null, "turnover_rate", 0, "diamond_sd", 0, "wool_sd", 0,
                "demand_sd", 0);
        List<YearRecord> moved = ImplementationModel.simulate(Worlds.world(Worlds.scenario(1, 1, everyYear), 8),
                Worlds.agreed(Worlds.deal(), 8));
        List<YearRecord> steady = ImplementationModel.simulate(Worlds.world(Worlds.scenario(1, 1, never), 8),
                Worlds.agreed(Worlds.deal(), 8));
        assertThat(moved.stream().mapToDouble(r -> r.value("turnover")).sum()).isEqualTo(moved.size());
        assertThat(steady.stream().mapToDouble(r -> r.value("turnover")).sum()).isZero();
        assertThat(steady.stream().filter(r -> r.party().equals("lesotho")).mapToDouble(r -> r.value("benefit"))
                .distinct().count()).isEqualTo(1);
        assertThat(moved.stream().filter(r -> r.party().equals("lesotho")).mapToDouble(r -> r.value("benefit"))
                .distinct().count()).isGreaterThan(5);
    }

    @Test
    void agreementBelowReservationIsFlaggedForRenegotiationAndExitStopsCompliance() {
        Scenario base = Worlds.scenario(1, 1, Worlds.implementation(null, "renegotiate_after", 3, "exit", 1,
                "turnover_rate", 0, "diamond_sd", 0, "wool_sd", 0, "demand_sd", 0));
        Scenario s = base.withParty(PartyField.RESERVATION.with(base.party("lesotho"), 0.95));
        List<YearRecord> rows = ImplementationModel.simulate(Worlds.world(s, 6), Worlds.agreed(Worlds.deal(), 6));
        for (YearRecord r : rows) {
            if (!r.party().equals("lesotho")) {
                assertThat(r.value("renegotiate")).isZero();
                continue;
            }
            assertThat(r.value("renegotiate")).isEqualTo(r.year() >= 3 ? 1.0 : 0.0);
            if (r.year() >= 4) assertThat(r.value("compliance")).isZero();
            else assertThat(r.value("compliance")).isPositive();
        }
    }

    @Test
    void runSummaryListsEachMeasureForEachPartyInAFixedOrder() {
        Scenario s = Worlds.scenario();
        RunWorld w = Worlds.world(s, 3);
        List<YearRecord> rows = ImplementationModel.simulate(w, Worlds.agreed(Worlds.deal(), 3));
        Map<String, Double> summary = ImplementationModel.runSummary(w, rows);
        assertThat(summary.keySet()).containsExactly("compliance.china", "compliance.lesotho", "trade.china",
                "trade.lesotho", "infrastructure.china", "infrastructure.lesotho", "influence.china",
                "influence.lesotho", "debt_peak.china", "debt_peak.lesotho");
        double mean = rows.stream().filter(r -> r.party().equals("lesotho")).mapToDouble(r -> r.value("compliance"))
                .average().orElseThrow();
        double trade = rows.stream().filter(r -> r.party().equals("lesotho")).mapToDouble(r -> r.value("trade")).sum();
        assertThat(summary.get("compliance.lesotho")).isCloseTo(mean, within(1e-12));
        assertThat(summary.get("trade.lesotho")).isCloseTo(trade, within(1e-9));
        assertThat(summary.get("influence.china")).isEqualTo(rows.get(rows.size() - 2).value("influence"));
        double peak = rows.stream().filter(r -> r.party().equals("lesotho")).mapToDouble(r -> r.value("debt"))
                .max().orElseThrow();
        assertThat(summary.get("debt_peak.lesotho")).isEqualTo(peak).isPositive();
        Map<String, Double> none = ImplementationModel.runSummary(w,
                ImplementationModel.simulate(w, Worlds.noAgreement(3)));
        assertThat(none.keySet()).containsExactlyElementsOf(summary.keySet());
        assertThat(none.get("compliance.china")).isZero();
    }
}
