package org.entente.negotiation.strategy;

import org.entente.model.Protocol;
import org.entente.model.StrategySpec;
import org.entente.negotiation.Fixtures;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each acceptance part decides alone, on the same offering part (a linear concession over 101 rounds). */
class AcceptancePartsTest {

    /** a's negotiator: linear offering, the named acceptance part; a's utility is its share. */
    private static ComposedNegotiator linearWith(String acceptance, Object... params) {
        return with("linear", acceptance, params);
    }

    private static ComposedNegotiator with(String preset, String acceptance, Object... params) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) p.put((String) params[i], ((Number) params[i + 1]).doubleValue());
        StrategySpec spec = new StrategySpec(preset, Map.of("acceptance", acceptance), p);
        var config = Fixtures.config(Fixtures.split(0.01, 1), Protocol.ALTERNATING_OFFERS, 101, Map.of("a", spec));
        return (ComposedNegotiator) Strategies.create(Fixtures.context(config, "a"));
    }

    /** Whether a, at {@code round}, takes b's offer of {@code share} for a. */
    private static boolean takes(ComposedNegotiator a, int round, int share) {
        return a.onTurn(new Request.Turn(round, new Offer(share), "b", 0)) instanceof Reply.Accept;
    }

    @Test
    void nextTakesOnlyWhatItWouldOfferNext() {
        // at round 50 a's target is 0.5 and it would offer 0.50 itself
        assertThat(takes(linearWith("next"), 50, 49)).isFalse();
        assertThat(takes(linearWith("next"), 50, 50)).isTrue();
    }

    @Test
    void targetFollowsTheOfferingPartsTarget() {
        assertThat(takes(linearWith("target"), 20, 79)).isFalse();
        assertThat(takes(linearWith("target"), 20, 80)).isTrue();
    }

    @Test
    void constantTakesAnythingAboveItsThresholdWhateverTheTime() {
        assertThat(takes(linearWith("constant", "threshold", 0.3), 0, 30)).isTrue();
        assertThat(takes(linearWith("constant", "threshold", 0.3), 99, 29)).isFalse();
    }

    @Test
    void combiTakesTheBestOfferSeenOnlyLate() {
        // a hardliner's next offer is always its best, so AC_next alone would take nothing but share 1
        ComposedNegotiator early = with("hardliner", "combi", "after", 0.9);
        assertThat(takes(early, 10, 40)).isFalse();
        ComposedNegotiator late = with("hardliner", "combi", "after", 0.9);
        assertThat(takes(late, 89, 40)).isFalse();
        assertThat(takes(late, 91, 30)).isFalse();
        assertThat(takes(late, 93, 40)).isTrue();
    }

    @Test
    void noAcceptancePartTakesLessThanTheReservation() {
        StrategySpec spec = new StrategySpec(null, Map.of("offering", "linear", "acceptance", "constant"),
                Map.of("threshold", 0.0));
        var scenario = Fixtures.split(0.01, 1);
        var a = scenario.party("a");
        var poorer = new org.entente.model.Party(a.id(), a.name(), 0.25, a.discount(), a.power(), a.capacity(),
                a.preferences(), a.weights(), a.interests(), a.officials(), a.ratification(), null);
        var config = Fixtures.config(scenario.withParty(poorer), Protocol.ALTERNATING_OFFERS, 101, Map.of("a", spec));
        var negotiator = (ComposedNegotiator) Strategies.create(Fixtures.context(config, "a"));
        assertThat(takes(negotiator, 5, 24)).isFalse();
        assertThat(takes(negotiator, 7, 25)).isTrue();
    }
}
