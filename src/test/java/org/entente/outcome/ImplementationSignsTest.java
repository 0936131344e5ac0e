package org.entente.outcome;

import org.entente.config.ConfigLoader;
import org.entente.model.Implementation;
import org.entente.model.PartyField;
import org.entente.model.Scenario;
import org.entente.negotiation.Offer;
import org.entente.negotiation.RunWorld;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The signs the implementation model promises (docs/model.md), on the shipped default scenario where it can. */
class ImplementationSignsTest {
    private static final int PURCHASE = 0;

    private static Scenario defaultScenario() throws Exception {
        return ConfigLoader.load(Path.of("configs/china-lesotho.yaml")).scenario();
    }

    /** The default scenario's issues in order: purchase (0..120 by 20), then middling values of the rest. */
    private static Offer deal(int purchase) {
        return new Offer(purchase, 1, 2, 2, 2, 1, 1, 1, 1);
    }

    private static List<YearRecord> simulate(Scenario s, Offer offer, long seed) {
        return ImplementationModel.simulate(Worlds.world(s, seed), Worlds.agreed(offer, seed));
    }

    private static double total(List<YearRecord> rows, String party, String column) {
        return rows.stream().filter(r -> r.party().equals(party)).mapToDouble(r -> r.value(column)).sum();
    }

    private static Implementation calm(Implementation base, Object... more) {
        Implementation m = base.with("compliance_noise", 0).with("turnover_rate", 0);
        for (int i = 0; i < more.length; i += 2) m = m.with((String) more[i], ((Number) more[i + 1]).doubleValue());
        return m;
    }

    @Test
    void moreAgreedPurchasesGiveMoreTradeToBothSidesAndNoPurchaseNone() throws Exception {
        Scenario s = defaultScenario();
        for (long seed = 0; seed < 40; seed++) {
            List<YearRecord> none = simulate(s, deal(0), seed), some = simulate(s, deal(3), seed),
                    most = simulate(s, deal(6), seed);
            for (String party : List.of("china", "lesotho")) {
                for (String column : List.of("trade", "exports", "imports"))
                    assertThat(total(none, party, column)).as("%s %s without a purchase", party, column).isZero();
                assertThat(total(some, party, "trade")).as(party).isPositive()
                        .isLessThan(total(most, party, "trade"));
            }
            // China (the obligor) imports what Lesotho exports
            assertThat(total(most, "china", "imports")).isCloseTo(total(most, "lesotho", "exports"), within(1e-9));
            assertThat(total(most, "china", "exports")).isZero();
        }
    }

    @Test
    void thirdPartiesThatMindAPurchaseDoNotTradeIt() throws Exception {
        Scenario s = ConfigLoader.load(Path.of("configs/china-lesotho-regional.yaml")).scenario();
        AgreedTerms t = new AgreedTerms(s, deal(6), "oversight", Calibration.of(s.implementation()));
        assertThat(t.flows.all()).hasSize(1);
        assertThat(t.flows.all().get(0).importer()).isEqualTo(s.partyIndex("china"));
        assertThat(t.flows.all().get(0).exporters()).containsExactly(s.partyIndex("lesotho"));
        List<YearRecord> rows = simulate(s, deal(6), 1);
        for (String third : List.of("south_africa", "united_states"))
            assertThat(total(rows, third, "trade")).as(third).isZero();
        assertThat(total(rows, "lesotho", "exports")).isPositive();
    }

    @Test
    void yearlyTradeIsTheAgreedPurchaseAsDeliveredAtTheYearsPrices() throws Exception {
        Scenario s = defaultScenario();
        List<YearRecord> rows = simulate(s, deal(6), 3);
        for (int i = 0; i < rows.size(); i += 2) {
            YearRecord china = rows.get(i), lesotho = rows.get(i + 1);
            double expected = 120 * china.value("delivery") * china.value("price_index") * china.value("demand");
            assertThat(lesotho.value("exports")).isCloseTo(expected, within(1e-9));
            assertThat(china.value("imports")).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void exporterGainsAndImporterLosesWhenPricesRise() throws Exception {
        Scenario base = defaultScenario();
        Scenario s = base.withImplementation(calm(base.implementation(), "demand_sd", 0, "diamond_sd", 0.3, "wool_sd", 0.3));
        AgreedTerms t = new AgreedTerms(s, deal(6), "oversight", Calibration.of(s.implementation()));
        int china = 0, lesotho = 1;
        assertThat(t.flows.termsOfTrade(lesotho, 1.2, 1.2)).isPositive();
        assertThat(t.flows.termsOfTrade(china, 1.2, 1.2)).isNegative();
        assertThat(t.flows.termsOfTrade(lesotho, 1, 1)).isZero();
        AgreedTerms noPurchase = new AgreedTerms(s, deal(0), "oversight", Calibration.of(s.implementation()));
        assertThat(noPurchase.flows.termsOfTrade(china, 1.5, 1.5)).as("no purchase, no exposure to its price").isZero();
        // through the model: benefit moves with the price index, up for the exporter and down for the importer
        List<YearRecord> rows = simulate(s, deal(6), 5);
        for (int i = 0; i < rows.size(); i += 2)
            for (int j = 0; j < rows.size(); j += 2) {
                double dp = rows.get(i).value("price_index") - rows.get(j).value("price_index");
                double dChina = rows.get(i).value("benefit") - rows.get(j).value("benefit");
                double dLesotho = rows.get(i + 1).value("benefit") - rows.get(j + 1).value("benefit");
                assertThat(Math.signum(dLesotho)).isEqualTo(Math.signum(dp));
                assertThat(Math.signum(dChina)).isEqualTo(-Math.signum(dp));
            }
    }

    @Test
    void priceIndexAndDemandHaveMeanOneEveryYear() throws Exception {
        Scenario base = defaultScenario();
        Implementation volatile_ = base.implementation().with("diamond_sd", 0.6).with("wool_sd", 0.5)
                .with("demand_sd", 0.4).with("years", 12);
        int n = 4000;
        for (Implementation impl : List.of(base.implementation(), volatile_)) {
            Scenario s = base.withImplementation(impl);
            Calibration c = Calibration.of(impl);
            int years = c.whole(org.entente.model.ImplementationParameter.YEARS);
            double[] price = new double[years], demand = new double[years];
            RunWorld world = Worlds.world(s, 0);
            for (long seed = 0; seed < n; seed++) {
                RunWorld w = new RunWorld(world.config(), seed, world.scenario(), world.game(), world.beliefs());
                List<YearRecord> rows = ImplementationModel.simulate(w, Worlds.noAgreement(seed));
                for (int y = 0; y < years; y++) {
                    price[y] += rows.get(2 * y).value("price_index") / n;
                    demand[y] += rows.get(2 * y).value("demand") / n;
                }
            }
            for (int y = 1; y <= years; y++) {
                // the sample mean of n draws is within 4 standard errors of 1, the standard error from the
                // lognormal variance of each year's level: Var exp(X - v/2) = exp(v) - 1
                double s2 = impl.get(org.entente.model.ImplementationParameter.DIAMOND_SHARE);
                double vd = logVariance(impl, "diamond", y), vw = logVariance(impl, "wool", y), vq = logVariance(impl, "demand", y);
                double priceVar = s2 * s2 * Math.expm1(vd) + (1 - s2) * (1 - s2) * Math.expm1(vw);
                assertThat(price[y - 1]).as("mean price index, year %d", y).isCloseTo(1, within(4 * Math.sqrt(priceVar / n)));
                assertThat(demand[y - 1]).as("mean demand, year %d", y).isCloseTo(1, within(4 * Math.sqrt(Math.expm1(vq) / n)));
            }
        }
    }

    /** Var of an AR(1) log level after y years from 0: sd^2 (1 - phi^2y) / (1 - phi^2). */
    private static double logVariance(Implementation impl, String name, int y) {
        double sd = impl.params().get(name + "_sd"), phi = impl.params().get(name + "_persistence");
        return sd * sd * (1 - Math.pow(phi, 2 * y)) / (1 - phi * phi);
    }

    @Test
    void aDealAtTheReservationUnderMediumOversightIsACoinFlip() {
        Implementation calm = calm(Worlds.implementation(null, "oversight", 0.5), "diamond_sd", 0, "wool_sd", 0,
                "demand_sd", 0);
        Scenario s0 = Worlds.scenario(0.8, 0.6, calm);
        RunWorld w0 = Worlds.world(s0, 1);
        double uChina = w0.game().party("china").utility().of(Worlds.deal());
        double uLesotho = w0.game().party("lesotho").utility().of(Worlds.deal());
        for (double gap : new double[]{0, 0.1, -0.1}) {
            Scenario s = s0.withParty(PartyField.RESERVATION.with(s0.party("china"), uChina - gap))
                    .withParty(PartyField.RESERVATION.with(s0.party("lesotho"), uLesotho - gap));
            List<YearRecord> rows = ImplementationModel.simulate(Worlds.world(s, 1), Worlds.agreed(Worlds.deal(), 1));
            // sigma(-1.5 + 8 b + 3 * 0.5 + 2 * (0.5 - 0.5)) = sigma(8 b)
            double expected = 1 / (1 + Math.exp(-8 * gap));
            for (YearRecord r : rows.subList(0, 2)) {
                assertThat(r.value("benefit")).isCloseTo(gap, within(1e-12));
                assertThat(r.value("compliance")).isCloseTo(expected, within(1e-9));
            }
        }
    }

    @Test
    void onTheSameRandomNumbersMoreOversightNeverLowersComplianceInAnyYear() throws Exception {
        Scenario base = defaultScenario();
        for (long seed = 0; seed < 30; seed++) {
            List<YearRecord> previous = null;
            for (double e : new double[]{0, 0.25, 0.5, 0.75, 1}) {
                Scenario s = base.withImplementation(base.implementation().with("oversight_effectiveness", e));
                List<YearRecord> rows = simulate(s, deal(4).with(8, 2), seed);
                if (previous != null)
                    for (int i = 0; i < rows.size(); i++)
                        assertThat(rows.get(i).value("compliance")).as("seed %d, row %d, effectiveness %s", seed, i, e)
                                .isGreaterThanOrEqualTo(previous.get(i).value("compliance"));
                previous = rows;
            }
        }
    }

    @Test
    void capacityLimitsDeliveryButNotWillingness() {
        for (long seed = 0; seed < 10; seed++) {
            List<YearRecord> weak = ImplementationModel.simulate(Worlds.world(Worlds.scenario(0.3, 0.3,
                    Implementation.defaults()), seed), Worlds.agreed(Worlds.deal(), seed));
            List<YearRecord> able = ImplementationModel.simulate(Worlds.world(Worlds.scenario(1, 1,
                    Implementation.defaults()), seed), Worlds.agreed(Worlds.deal(), seed));
            for (int i = 0; i < weak.size(); i++) {
                assertThat(weak.get(i).value("compliance")).isEqualTo(able.get(i).value("compliance"));
                assertThat(weak.get(i).value("delivery")).isCloseTo(0.3 * able.get(i).value("delivery"), within(1e-12));
            }
        }
    }

    @Test
    void aMorePowerfulPartysGainsWeighMoreAgainstItsRivalsInfluence() {
        Scenario unequal = Worlds.scenario();
        Scenario equal = unequal.withParty(PartyField.POWER.with(unequal.party("china"), 1.0));
        assertThat(unequal.party("china").power()).isEqualTo(3);
        assertThat(unequal.party("lesotho").power()).isEqualTo(1);
        List<YearRecord> a = ImplementationModel.simulate(Worlds.world(equal, 4), Worlds.agreed(Worlds.deal(), 4));
        List<YearRecord> b = ImplementationModel.simulate(Worlds.world(unequal, 4), Worlds.agreed(Worlds.deal(), 4));
        int last = a.size() - 2;
        assertThat(b.get(last).value("influence")).as("China").isGreaterThan(a.get(last).value("influence"));
        assertThat(b.get(last + 1).value("influence")).as("Lesotho").isLessThan(a.get(last + 1).value("influence"));
        for (int i = 0; i < a.size(); i++)
            assertThat(b.get(i).value("compliance")).as("power does not touch compliance").isEqualTo(a.get(i).value("compliance"));
    }
}
