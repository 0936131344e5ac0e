package org.entente.negotiation.strategy;

import org.entente.model.Protocol;
import org.entente.negotiation.Fixtures;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.TraceEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimeDependentStrategyTest {

    @Test
    void targetFollowsTheFaratinFormula() {
        assertThat(TimeDependentOffering.target(1, 0.2, 1, 0.5)).isCloseTo(0.6, within(1e-12));
        assertThat(TimeDependentOffering.target(1, 0.2, 0.2, 0.5)).isCloseTo(0.2 + 0.8 * (1 - Math.pow(0.5, 5)), within(1e-12));
        assertThat(TimeDependentOffering.target(1, 0.2, 2, 0.25)).isCloseTo(0.2 + 0.8 * 0.5, within(1e-12));
        assertThat(TimeDependentOffering.target(0.9, 0.3, 0.5, 0)).isCloseTo(0.9, within(1e-12));
        assertThat(TimeDependentOffering.target(0.9, 0.3, 0.5, 1)).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void offersFollowTheConcessionCurveOnTheGrid() {
        var config = Fixtures.config(Fixtures.split(0.01, 1), Protocol.ALTERNATING_OFFERS, 101,
                Map.of("a", Fixtures.strategy("linear"), "b", Fixtures.strategy("hardliner")));
        var negotiator = (ComposedNegotiator) Strategies.create(Fixtures.context(config, "a"));
        for (int r : new int[]{0, 20, 50, 80, 100}) {
            Reply reply = negotiator.onTurn(new Request.Turn(r, null, null, 0));
            double target = 1 - r / 100.0;
            // a's utility is the share itself: the offer is the lowest grid share at or above the target
            assertThat(reply).isInstanceOf(Reply.Propose.class);
            int k = ((Reply.Propose) reply).offer().get(0);
            assertThat(k / 100.0).isCloseTo(target, within(1e-9));
        }
    }

    @Test
    void boulwareConcedesLateAndConcederEarly() {
        var config = Fixtures.config(Fixtures.split(0.01, 1), Protocol.ALTERNATING_OFFERS, 101,
                Map.of("a", Fixtures.strategy("boulware"), "b", Fixtures.strategy("conceder")));
        var boulware = (ComposedNegotiator) Strategies.create(Fixtures.context(config, "a"));
        var conceder = (ComposedNegotiator) Strategies.create(Fixtures.context(config, "b"));
        boulware.onTurn(new Request.Turn(50, new Offer(100), "b", 0));
        conceder.onTurn(new Request.Turn(50, new Offer(100), "a", 0));
        // at half time: boulware (e = 0.2) still asks ~0.97, conceder (e = 2) is down to ~0.29
        assertThat(boulware.offering().target(boulware.session())).isCloseTo(1 - Math.pow(0.5, 5), within(1e-9));
        assertThat(conceder.offering().target(conceder.session())).isCloseTo(1 - Math.sqrt(0.5), within(1e-9));
    }

    @Test
    void boulwareBeatsConcederWhicheverMovesFirst() {
        for (String first : new String[]{"a", "b"}) {
            String second = first.equals("a") ? "b" : "a";
            var config = Fixtures.config(Fixtures.split(0.01, 1), Protocol.ALTERNATING_OFFERS, 60,
                    Map.of(first, Fixtures.strategy("boulware"), second, Fixtures.strategy("conceder")));
            RunOutcome out = Fixtures.run(config, 1);
            assertThat(out.agreement()).isTrue();
            double share = out.table().offer().get(0) / 100.0;
            double boulwareGets = first.equals("a") ? share : 1 - share;
            assertThat(boulwareGets).as("boulware as %s", first).isGreaterThan(0.6);
        }
    }

    @Test
    void hardlinerNeverConcedes() {
        var config = Fixtures.config(Fixtures.split(0.01, 1), Protocol.ALTERNATING_OFFERS, 40,
                Map.of("a", Fixtures.strategy("hardliner"), "b", Fixtures.strategy("boulware")));
        RunOutcome out = Fixtures.run(config, 1);
        assertThat(out.trace()).filteredOn(e -> e.actor().equals("a") && e.action().equals("offer"))
                .extracting(TraceEvent::offer).containsOnly(new Offer(100));
        assertThat(out.agreement()).isTrue();
        assertThat(out.table().offer()).isEqualTo(new Offer(100));
    }

    @Test
    void twoHardlinersNeverAgree() {
        var config = Fixtures.config(Fixtures.split(0.01, 1), Protocol.ALTERNATING_OFFERS, 30,
                Map.of("a", Fixtures.strategy("hardliner"), "b", Fixtures.strategy("hardliner")));
        RunOutcome out = Fixtures.run(config, 1);
        assertThat(out.agreedAtTable()).isFalse();
        assertThat(out.table().reason()).isEqualTo("deadline");
    }

    @Test
    void neverAcceptsBelowItsMinimum() {
        var config = Fixtures.config(Fixtures.split(0.01, 1), Protocol.ALTERNATING_OFFERS, 30,
                Map.of("a", Fixtures.strategy("conceder", "min", 0.4), "b", Fixtures.strategy("hardliner")));
        RunOutcome out = Fixtures.run(config, 1);
        assertThat(out.agreedAtTable()).isFalse();
        assertThat(out.trace()).filteredOn(e -> e.actor().equals("a"))
                .allSatisfy(e -> assertThat(e.offer().get(0)).isGreaterThanOrEqualTo(40));
    }
}
