package org.entente.outcome;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImplementationRunTest {

    @Test
    void aSeriesHasOnePublisherAndItsReadersShareItsValues() {
        ImplementationRun run = new ImplementationRun(Worlds.world(Worlds.scenario(), 1), Worlds.noAgreement(1));
        double[] read = run.read(Trust.TRUST);
        double[] published = run.publish(Trust.TRUST);
        published[1] = 0.25;
        assertThat(read).isSameAs(published).hasSize(2);
        assertThat(run.published(Trust.TRUST)[1]).isEqualTo(0.25);
        assertThatThrownBy(() -> run.publish(Trust.TRUST)).hasMessageContaining("trust");
        assertThatThrownBy(() -> run.published(Trade.TRADE)).hasMessageContaining("no process publishes series trade");
    }

    @Test
    void termsExistOnlyForARatifiedAgreement() {
        var world = Worlds.world(Worlds.scenario(), 1);
        assertThat(new ImplementationRun(world, Worlds.agreed(Worlds.deal(), 1)).terms()).isNotNull();
        assertThat(new ImplementationRun(world, Worlds.notRatified(Worlds.deal(), 1)).terms()).isNull();
        assertThat(new ImplementationRun(world, Worlds.failed(1)).terms()).isNull();
    }
}
