package org.entente.negotiation.strategy;

import org.entente.model.Protocol;
import org.entente.model.Scenario;
import org.entente.negotiation.Fixtures;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.entente.negotiation.RunOutcome;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ZeuthenStrategyTest {

    /** The grid point maximising the product of gains over reservations, by brute force. */
    private static int nashIndex(Scenario s) {
        Game g = Game.compile(s);
        int best = -1;
        double product = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < g.space().size(0); k++) {
            Offer o = new Offer(k);
            double p = 1;
            for (var party : g.parties()) p *= party.utility().of(o) - party.reservation();
            if (p > product) {
                product = p;
                best = k;
            }
        }
        return best;
    }

    @Test
    void riskIsTheShareOfTheGainAPartyWouldLoseByAccepting() {
        assertThat(ZeuthenOffering.risk(0.8, 0.2, 0.0)).isCloseTo(0.75, within(1e-12));
        assertThat(ZeuthenOffering.risk(0.8, 0.5, 0.2)).isCloseTo(0.5, within(1e-12));
        assertThat(ZeuthenOffering.risk(0.2, 0.1, 0.2)).isEqualTo(1.0);
    }

    @Test
    void twoZeuthenPartiesLandOnTheNashSolutionWithinOneGridStep() {
        for (double exponent : new double[]{0.5, 1.0, 2.0, 0.3}) {
            Scenario s = Fixtures.split(0.01, exponent);
            var config = Fixtures.config(s, Protocol.MONOTONIC_CONCESSION, 500,
                    Map.of("a", Fixtures.strategy("zeuthen"), "b", Fixtures.strategy("zeuthen")));
            RunOutcome out = Fixtures.run(config, 1);
            assertThat(out.agreement()).as("exponent %s: %s", exponent, out.table()).isTrue();
            int nash = nashIndex(s);
            assertThat(out.table().offer().get(0)).as("exponent %s, Nash at %s", exponent, nash)
                    .isBetween(nash - 1, nash + 1);
        }
    }

    @Test
    void theTextbookConcavePartnerGetsAThirdOfTheSurplus() {
        var config = Fixtures.config(Fixtures.split(0.01, 0.5), Protocol.MONOTONIC_CONCESSION, 500,
                Map.of("a", Fixtures.strategy("zeuthen"), "b", Fixtures.strategy("zeuthen")));
        RunOutcome out = Fixtures.run(config, 1);
        // Nash: max x * sqrt(1 - x) at x = 2/3
        assertThat(out.table().offer().get(0) / 100.0).isCloseTo(2.0 / 3, within(0.015));
    }

    @Test
    void zeuthenConcedesOnlyWhenItsRiskIsTheSmaller() {
        var config = Fixtures.config(Fixtures.split(0.01, 1), Protocol.MONOTONIC_CONCESSION, 100,
                Map.of("a", Fixtures.strategy("zeuthen"), "b", Fixtures.strategy("zeuthen")));
        RunOutcome out = Fixtures.run(config, 1);
        // in every round at least one party moves, and each party's own utility never rises
        var a = out.trace().stream().filter(e -> e.actor().equals("a") && e.action().equals("offer"))
                .mapToInt(e -> e.offer().get(0)).toArray();
        for (int i = 1; i < a.length; i++) assertThat(a[i]).isLessThanOrEqualTo(a[i - 1]);
        assertThat(out.table().reason()).isEqualTo("accepted");
    }

    @Test
    void zeuthenUnderAlternatingOffersStillReachesAnAgreement() {
        var config = Fixtures.config(Fixtures.split(0.01, 0.5), Protocol.ALTERNATING_OFFERS, 400,
                Map.of("a", Fixtures.strategy("zeuthen"), "b", Fixtures.strategy("zeuthen")));
        RunOutcome out = Fixtures.run(config, 1);
        assertThat(out.agreement()).isTrue();
        assertThat(out.table().offer().get(0)).isBetween(60, 73);
    }
}
