package org.entente.negotiation;

import org.entente.analysis.ScenarioFixtures;
import org.entente.model.Implementation;
import org.entente.model.PartyField;
import org.entente.model.Issue;
import org.entente.model.Official;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.analysis.ScenarioFixtures.discrete;
import static org.entente.analysis.ScenarioFixtures.numeric;

class GameTest {

    /** Issues: tariff and quota (trade), road (infrastructure), alignment (influence). */
    private static List<Issue> issues() {
        return List.of(numeric("tariff", "trade", 0, 10, 1), numeric("quota", "trade", 0, 100, 10),
                numeric("road", "infrastructure", 0, 500, 50),
                discrete("alignment", "influence", "none", "statement", "endorsement"));
    }

    private static Official official(String id, boolean head, double power, Map<String, Double> w, double res, boolean veto) {
        return new Official(id, id, head, power, w, res, veto);
    }

    /** A state with preferences on trade and infrastructure only, and three officials. */
    private static Party state(double ratification) {
        Map<String, Preference> prefs = new LinkedHashMap<>();
        prefs.put("tariff", new Preference.Monotone(false, 1));
        prefs.put("quota", new Preference.Monotone(true, 2));
        prefs.put("road", new Preference.Peaked(200, 1));
        List<Official> offs = List.of(
                official("pm", true, 2, Map.of("trade", 1.0, "infrastructure", 1.0, "influence", 5.0), 0.3, false),
                official("finance", false, 1, Map.of("trade", 3.0, "infrastructure", 1.0), 0.5, false),
                official("opposition", false, 1, Map.of("infrastructure", 1.0, "influence", 1.0), 0.6, true));
        return new Party("s", "State", 0.2, 0.9, 1, 1, prefs, Map.of("tariff", 3.0, "quota", 1.0),
                Map.of(), offs, ratification, null);
    }

    private static Scenario scenario(Party p) {
        Party other = ScenarioFixtures.party("o", 0, Map.of("alignment",
                new Preference.Valued(Map.of("none", 0.0, "statement", 0.5, "endorsement", 1.0))));
        return new Scenario("t", null, ScenarioFixtures.INTERESTS, issues(), List.of(p, other), Implementation.defaults());
    }

    @Test
    void interestScoreIsTheWeightedMeanOfIssueValues() {
        Scenario s = scenario(state(0.5));
        Party p = s.party("s");
        Offer o = new Offer(2, 5, 4, 0); // tariff 2, quota 50, road 200
        double vTariff = 1 - 0.2, vQuota = 0.25;
        assertThat(Game.interestScore(s, p, "trade", o)).isCloseTo((3 * vTariff + vQuota) / 4, within(1e-12));
        assertThat(Game.interestScore(s, p, "infrastructure", o)).isCloseTo(1.0, within(1e-12));
        assertThat(Game.interestScore(s, p, "influence", o)).isNaN();
    }

    @Test
    void officialUtilityLeavesOutInterestsThePartyHasNoIssueIn() {
        Scenario s = scenario(state(0.5));
        Party p = s.party("s");
        Offer o = new Offer(2, 5, 6, 2); // road 300: 1 - 100/300
        double trade = (3 * 0.8 + 0.25) / 4, infra = 1 - 100.0 / 300;
        // pm weighs influence 5, but the state has no influence issue: only trade and infrastructure count
        assertThat(Game.officialUtility(s, p, p.official("pm"), o)).isCloseTo((trade + infra) / 2, within(1e-12));
        assertThat(Game.officialUtility(s, p, p.official("finance"), o)).isCloseTo((3 * trade + infra) / 4, within(1e-12));
        assertThat(Game.officialUtility(s, p, p.official("opposition"), o)).isCloseTo(infra, within(1e-12));
        Game g = Game.compile(s);
        assertThat(g.party("s").officials().get(0).utility().of(o)).isCloseTo((trade + infra) / 2, within(1e-12));
    }

    @Test
    void partyUtilityIsThePowerWeightedMeanOfItsOfficials() {
        Scenario s = scenario(state(0.5));
        Party p = s.party("s");
        Offer o = new Offer(7, 9, 1, 1);
        double expected = (2 * Game.officialUtility(s, p, p.official("pm"), o)
                + Game.officialUtility(s, p, p.official("finance"), o)
                + Game.officialUtility(s, p, p.official("opposition"), o)) / 4;
        assertThat(Game.compile(s).party("s").utility().of(o)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void compiledTablesMatchTheDirectDefinitionsOnRandomOffers() {
        SplittableRandom rnd = new SplittableRandom(11);
        Scenario s = scenario(state(0.5));
        Game g = Game.compile(s);
        for (int n = 0; n < 500; n++) {
            int[] x = new int[s.issues().size()];
            for (int i = 0; i < x.length; i++) x[i] = rnd.nextInt(s.issues().get(i).size());
            Offer o = new Offer(x);
            for (Party p : s.parties()) {
                PartyModel pm = g.party(p.id());
                double party = 0;
                for (int k = 0; k < p.officials().size(); k++) {
                    double direct = Game.officialUtility(s, p, p.officials().get(k), o);
                    assertThat(pm.officials().get(k).utility().of(o)).isCloseTo(direct, within(1e-12));
                    party += p.officials().get(k).power() * direct;
                }
                assertThat(pm.utility().of(o)).isCloseTo(party / p.totalPower(), within(1e-12));
            }
        }
    }

    @Test
    void agreementIsDiscountedByRound() {
        Game g = Game.compile(scenario(state(0.5)));
        PartyModel p = g.party("s");
        Offer o = new Offer(3, 3, 3, 1);
        assertThat(p.discounted(o, 0)).isEqualTo(p.utility().of(o));
        assertThat(p.discounted(o, 5)).isCloseTo(p.utility().of(o) * Math.pow(0.9, 5), within(1e-12));
    }

    @Test
    void ratificationNeedsThePowerShareAndEveryVeto() {
        // an offer the pm and finance like (low tariff, high quota, road at 200) but opposition's bar is 0.6
        Offer good = new Offer(0, 10, 4, 0); // trade 1, infra 1: everyone approves
        Offer tradeOnly = new Offer(0, 10, 10, 0); // trade 1, infra 1 - 300/300 = 0
        Game g = Game.compile(scenario(state(0.5)));
        PartyModel p = g.party("s");
        Ratification yes = p.forecast(good);
        assertThat(yes.passed()).isTrue();
        assertThat(p.wouldRatify(good)).isTrue();
        assertThat(yes.approvingShare()).isEqualTo(1.0);
        // pm: (1 + 0)/2 = 0.5 >= 0.3; finance: 3/4 >= 0.5; opposition: 0 < 0.6 and holds a veto
        Ratification vetoed = p.forecast(tradeOnly);
        assertThat(vetoed.approvingShare()).isCloseTo(0.75, within(1e-12));
        assertThat(vetoed.passed()).isFalse();
        assertThat(p.wouldRatify(tradeOnly)).isFalse();
        // without the veto, 3/4 of the power approves: passes at 0.5, fails at 0.8
        Party noVeto = state(0.5);
        List<Official> offs = new ArrayList<>(noVeto.officials());
        Official opp = offs.get(2);
        offs.set(2, new Official(opp.id(), opp.title(), false, opp.power(), opp.interests(), opp.reservation(), false));
        assertThat(Game.compile(scenario(PartyField.OFFICIALS.with(noVeto, offs))).party("s").forecast(tradeOnly).passed()).isTrue();
        Party strict = new Party("s", "State", 0.2, 0.9, 1, 1, noVeto.preferences(), noVeto.weights(), Map.of(),
                offs, 0.8, null);
        assertThat(Game.compile(scenario(strict)).party("s").forecast(tradeOnly).passed()).isFalse();
    }

    @Test
    void wouldRatifyIsTheForecastsVerdictOnEveryPackage() {
        for (double share : new double[]{0.3, 0.5, 0.75, 0.8, 1.0}) {
            PartyModel p = Game.compile(scenario(state(share))).party("s");
            int[] sizes = {11, 11, 11, 3};
            int checked = 0, passed = 0;
            for (int a = 0; a < sizes[0]; a++)
                for (int b = 0; b < sizes[1]; b++)
                    for (int c = 0; c < sizes[2]; c++)
                        for (int d = 0; d < sizes[3]; d++) {
                            Offer o = new Offer(a, b, c, d);
                            boolean verdict = p.forecast(o).passed();
                            assertThat(p.wouldRatify(o)).as("%s at %s", o, share).isEqualTo(verdict);
                            checked++;
                            if (verdict) passed++;
                        }
            assertThat(checked).isEqualTo(11 * 11 * 11 * 3);
            if (share <= 0.5) assertThat(passed).isPositive();
            assertThat(passed).isLessThan(checked);
        }
    }
}
