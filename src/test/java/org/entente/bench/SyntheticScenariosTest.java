package org.entente.bench;

import org.entente.experiment.RunPlan;
import org.entente.experiment.Shard;
import org.entente.model.Config;
import org.entente.model.Protocol;
import org.entente.negotiation.InProcessNegotiationService;
import org.entente.negotiation.RunOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated scenarios of the scaling benchmarks have the asked size and negotiate to an end. */
class SyntheticScenariosTest {

    @Test
    void bilateralScenarioUsesAlternatingOffersAndLargerOnesStackedOffers() {
        Config two = SyntheticScenarios.config(2, 6, 60, 10, 1);
        Config eight = SyntheticScenarios.config(8, 6, 60, 10, 1);
        assertThat(two.scenario().parties()).hasSize(2);
        assertThat(two.scenario().issues()).hasSize(6);
        assertThat(two.experiment().protocol()).isEqualTo(Protocol.ALTERNATING_OFFERS);
        assertThat(eight.scenario().parties()).hasSize(8);
        assertThat(eight.experiment().protocol()).isEqualTo(Protocol.STACKED_ALTERNATING_OFFERS);
        assertThat(eight.scenario().parties().get(0).officials()).hasSize(3);
    }

    @Test
    void sameSizeGivesTheSameScenario() {
        assertThat(SyntheticScenarios.config(4, 12, 60, 10, 1).scenario())
                .isEqualTo(SyntheticScenarios.config(4, 12, 60, 10, 1).scenario());
    }

    @Test
    void everySizeOfTheBenchNegotiatesWithoutFailing() {
        for (int[] size : BenchSuite.SIZES) {
            Config c = SyntheticScenarios.config(size[0], size[1], 60, 3, 7);
            RunPlan plan = RunPlan.of(c, Shard.ALL);
            InProcessNegotiationService local = new InProcessNegotiationService(c);
            for (int run = 0; run < 3; run++) {
                RunOutcome o = local.negotiate(plan.request(run));
                assertThat(o.failed()).as("%d parties, %d issues: %s", size[0], size[1], o.error()).isFalse();
                assertThat(o.table().rounds()).isBetween(1, 60);
            }
        }
    }
}
