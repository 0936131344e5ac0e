package org.entente.negotiation;

import org.entente.model.Config;
import org.entente.model.Experiment;
import org.entente.model.Perturbation;
import org.entente.model.Protocol;
import org.entente.model.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A table's agents share one cache: each run's world is built once, and is the world that run would have alone. */
class WorldCacheTest {
    private static final Config NOISY = Fixtures.config(Fixtures.twoLevel(), Protocol.ALTERNATING_OFFERS, 20, Map.of(),
            new Experiment.Noise(0.3, 0.1));

    @Test
    void aRunsWorldIsBuiltOnceAndEveryAgentGetsItsPartyFromIt() {
        WorldCache cache = WorldCache.shared(NOISY);
        RunWorld first = cache.world(Map.of(), 42);
        assertThat(cache.world(Map.of(), 42)).isSameAs(first);
        assertThat(cache.party(Map.of(), 42, "a")).isSameAs(first.game().party("a"));
        assertThat(cache.world(Map.of(), 43)).isNotSameAs(first);
    }

    @Test
    void theSharedWorldIsTheRunsOwnPerturbation() {
        WorldCache cache = WorldCache.shared(NOISY);
        for (long seed = 1; seed <= 3; seed++) {
            Scenario own = Perturbation.apply(NOISY.scenario(), NOISY.experiment().noise(), seed);
            RunWorld shared = cache.world(Map.of(), seed);
            assertThat(shared.scenario()).isEqualTo(own);
            for (String p : own.partyIds()) {
                PartyModel alone = Game.compile(own).party(p);
                PartyModel fromCache = cache.party(Map.of(), seed, p);
                assertThat(fromCache.reservation()).isEqualTo(alone.reservation());
                assertThat(fromCache.officials()).hasSameSizeAs(alone.officials());
                for (int i = 0; i < alone.officials().size(); i++) {
                    assertThat(fromCache.officials().get(i).reservation()).isEqualTo(alone.officials().get(i).reservation());
                }
            }
        }
        assertThat(cache.world(Map.of(), 1).scenario()).isNotEqualTo(cache.world(Map.of(), 2).scenario());
    }

    @Test
    void runsBeyondTheBoundAreBuiltAgainNotLost() {
        WorldCache cache = WorldCache.shared(NOISY);
        RunWorld first = cache.world(Map.of(), 0);
        for (long seed = 1; seed <= WorldCache.RUNS; seed++) cache.world(Map.of(), seed);
        RunWorld again = cache.world(Map.of(), 0);
        assertThat(again).isNotSameAs(first);
        assertThat(again.scenario()).isEqualTo(first.scenario());
    }
}
