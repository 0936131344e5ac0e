package org.entente.negotiation;

import org.entente.model.Config;
import org.entente.model.Protocol;
import org.entente.model.Seeds;
import org.entente.model.StrategySpec;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What a head knows when a run starts: its own party (true, possibly perturbed, utilities and
 * officials), its beliefs about everyone (the design point's scenario without the run's private
 * noise: common knowledge), the protocol, deadline, turn order, its strategy and its own random
 * stream (from the run seed).
 */
public record NegotiatorContext(PartyModel self, Game beliefs, OutcomeSpace space, Protocol protocol, int deadline,
                                List<String> parties, StrategySpec strategy, SplittableRandom random) {

    /**
     * The context of {@code self}'s head in the run with seed {@code runSeed} of the design point
     * {@code point} (its config after sweep assignments) whose compiled scenario is {@code beliefs}.
     */
    public static NegotiatorContext of(Config point, Game beliefs, PartyModel self, long runSeed) {
        var e = point.experiment();
        return new NegotiatorContext(self, beliefs, beliefs.space(), e.protocol(), e.deadline(),
                beliefs.partyIds(), point.strategyOf(self.id()), Seeds.random(runSeed, "strategy:" + self.id()));
    }
}
