package org.entente.agents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** JADE's table of a container's agents is made concurrent before any of Entente's agents exists. */
class AgentTableGuardTest {

    @Test
    void theContainersAgentTableIsConcurrentAndStillFindsItsAgents() throws Exception {
        assertThat(JadePlatform.agentTableGuarded(JadePlatform.container())).isTrue();
        // agents are still created, reached and ended through it
        assertThat(new PingPongBenchmark(w -> { }).exchange(8, 50)).isEqualTo(2L * 8 * 50);
    }
}
