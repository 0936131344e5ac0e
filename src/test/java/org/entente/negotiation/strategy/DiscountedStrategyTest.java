package org.entente.negotiation.strategy;

import org.entente.model.Party;
import org.entente.model.Protocol;
import org.entente.model.Scenario;
import org.entente.model.StrategySpec;
import org.entente.model.StrategyType;
import org.entente.negotiation.Fixtures;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.TraceEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Time in every strategy: discounted worth, the reservation as a floor, breaking off, the horizon. */
class DiscountedStrategyTest {

    /** The linear split on a 0.01 grid with a's and b's reservations and discount factors. */
    private static Scenario split(double ra, double da, double rb, double db) {
        Scenario s = Fixtures.split(0.01, 1);
        return s.withParty(with(s.party("a"), ra, da)).withParty(with(s.party("b"), rb, db));
    }

    private static Party with(Party p, double reservation, double discount) {
        return new Party(p.id(), p.name(), reservation, discount, p.power(), p.capacity(), p.preferences(),
                p.weights(), p.interests(), p.officials(), p.ratification(), null);
    }

    private static ComposedNegotiator negotiator(Scenario s, StrategySpec spec, int deadline) {
        var config = Fixtures.config(s, Protocol.ALTERNATING_OFFERS, deadline, Map.of("a", spec));
        return (ComposedNegotiator) Strategies.create(Fixtures.context(config, "a"));
    }

    @Test
    void acceptanceComparesDiscountedWorth() {
        // linear, δ = 0.9: in round 2 it would offer 0.98 (agreed in round 2, worth 0.98·0.81); b's offer of
        // round 1 is worth U·0.9, so AC_next takes it from U = 0.9·0.98 = 0.882 on
        StrategySpec linearNext = new StrategySpec("linear", Map.of("acceptance", "next"), Map.of());
        Scenario s = split(0, 0.9, 0, 1);
        assertThat(negotiator(s, linearNext, 101).onTurn(new Request.Turn(2, new Offer(88), "b", 0)))
                .isEqualTo(new Reply.Propose(new Offer(98)));
        assertThat(negotiator(s, linearNext, 101).onTurn(new Request.Turn(2, new Offer(89), "b", 0)))
                .isEqualTo(new Reply.Accept("b"));
    }

    @Test
    void timeDependentTacticsConcedeToTheReservationByTheirHorizon() {
        // δ = 0.9, reservation 0.3: its best (1) is worth the reservation until round 11 (0.9^11 = 0.314)
        Scenario s = split(0.3, 0.9, 0, 1);
        ComposedNegotiator linear = negotiator(s, new StrategySpec("linear", Map.of()), 101);
        Reply r = linear.onTurn(new Request.Turn(11, new Offer(0), "b", 0));
        assertThat(linear.offering().target(linear.session())).isCloseTo(0.3, within(1e-12));
        // the least it may ask then: 0.3 / 0.9^11 = 0.956, so 0.96 on the grid
        assertThat(r).isEqualTo(new Reply.Propose(new Offer(96)));
    }

    @Test
    void itBreaksOffWhenNothingLeftBeatsItsReservation() {
        // δ = 0.5, reservation 0.3: round 1 is its horizon (its best is worth 0.5, in round 2 only 0.25);
        // there it asks the least worth 0.3, a share of 0.6
        Scenario s = split(0.3, 0.5, 0, 1);
        StrategySpec boulware = new StrategySpec("boulware", Map.of());
        assertThat(negotiator(s, boulware, 50).onTurn(new Request.Turn(1, new Offer(20), "b", 0)))
                .isEqualTo(new Reply.Propose(new Offer(60)));
        assertThat(negotiator(s, boulware, 50).onTurn(new Request.Turn(2, new Offer(50), "b", 0)))
                .isInstanceOf(Reply.EndNegotiation.class);
        // but it still takes what is worth its reservation: b's offer of round 1 at 0.6 is worth 0.3
        assertThat(negotiator(s, new StrategySpec("hardliner", Map.of()), 50).onTurn(new Request.Turn(2, new Offer(60), "b", 0)))
                .isEqualTo(new Reply.Accept("b"));
    }

    @Test
    void noStrategyProposesOrAgreesBelowItsReservationUnderAnyProtocol() {
        Scenario s = split(0.2, 0.97, 0.25, 0.95);
        Game g = Game.compile(s);
        for (Protocol protocol : Protocol.values()) {
            for (StrategyType a : StrategyType.values()) {
                for (StrategyType b : StrategyType.values()) {
                    boolean bilateralTurns = protocol == Protocol.ALTERNATING_OFFERS
                            || protocol == Protocol.STACKED_ALTERNATING_OFFERS;
                    if (!bilateralTurns && (a == StrategyType.EQUILIBRIUM || b == StrategyType.EQUILIBRIUM)) continue;
                    var config = Fixtures.config(s, protocol, 40, Map.of("a", new StrategySpec(a.id(), Map.of()),
                            "b", new StrategySpec(b.id(), Map.of())));
                    RunOutcome out = Fixtures.run(config, 1);
                    String what = a.id() + " vs " + b.id() + " under " + protocol.id();
                    for (TraceEvent e : out.trace()) {
                        if (!e.action().equals("offer")) continue;
                        var self = g.party(e.actor());
                        assertThat(self.discounted(e.offer(), e.round())).as(what + ": " + e)
                                .isGreaterThanOrEqualTo(self.reservation() - 1e-12);
                    }
                    if (!out.agreedAtTable()) continue;
                    for (var p : g.parties()) {
                        assertThat(p.discounted(out.table().offer(), out.table().round())).as(what + " for " + p.id())
                                .isGreaterThanOrEqualTo(p.reservation() - 1e-12);
                    }
                }
            }
        }
    }
}
