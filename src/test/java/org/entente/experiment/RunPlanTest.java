package org.entente.experiment;

import org.entente.model.Config;
import org.entente.model.Experiment;
import org.entente.model.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunPlanTest {

    private static RunPlan plan(int points, int runs, Shard shard) {
        List<DesignPoint> ps = new ArrayList<>();
        for (int i = 0; i < points; i++) ps.add(new DesignPoint(i, Map.of("x", (double) i)));
        return new RunPlan(null, ps, runs, 2026, shard, false);
    }

    @Test
    void runIdIsPointTimesRunsPlusReplicateWithSeedFromMasterSeedAndRunId() {
        RunPlan p = plan(3, 4, Shard.ALL);
        assertThat(p.totalRuns()).isEqualTo(12);
        var r = p.request(9);
        assertThat(r.point()).isEqualTo(2);
        assertThat(r.replicate()).isEqualTo(1);
        assertThat(r.seed()).isEqualTo(Seeds.run(2026, 9));
        assertThat(r.assignments()).containsEntry("x", 2.0);
    }

    @Test
    void withCommonRandomNumbersEveryPointsReplicateRUsesTheStreamOfR() {
        Experiment e = new Experiment("t", null, null, 10, 4, 2026, Experiment.Noise.NONE, null, Map.of(), Experiment.Sweep.NONE,
                new Experiment.Outputs(false, false));
        Experiment shared = new Experiment("t", null, null, 10, 4, 2026, Experiment.Noise.NONE, null, Map.of(),
                Experiment.Sweep.NONE, new Experiment.Outputs(false, false), true, null);
        List<DesignPoint> ps = List.of(new DesignPoint(0, Map.of()), new DesignPoint(1, Map.of()), new DesignPoint(2, Map.of()));
        RunPlan crn = new RunPlan(new Config(null, null, null, shared, ""), ps, 4, 2026, Shard.ALL, false);
        RunPlan own = new RunPlan(new Config(null, null, null, e, ""), ps, 4, 2026, Shard.ALL, false);
        for (long id = 0; id < 12; id++) {
            assertThat(crn.seedOf(id)).isEqualTo(Seeds.run(2026, id % 4));
            assertThat(own.seedOf(id)).isEqualTo(Seeds.run(2026, id));
        }
    }

    @Test
    void runZeroAlwaysKeepsItsTraceForTheDance() {
        RunPlan p = plan(1, 3, Shard.ALL);
        assertThat(p.request(0).trace()).isTrue();
        assertThat(p.request(1).trace()).isFalse();
    }

    @Test
    void shardsPartitionTheRunsByRunIdModuloN() {
        RunPlan all = plan(5, 7, Shard.ALL);
        List<Long> seen = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            RunPlan s = plan(5, 7, new Shard(k, 4));
            for (long q = 0; q < s.size(); q++) {
                long id = s.runId(q);
                assertThat(id % 4).isEqualTo(k - 1);
                seen.add(id);
            }
        }
        assertThat(seen).hasSize((int) all.totalRuns()).doesNotHaveDuplicates();
        assertThat(seen).allMatch(id -> id >= 0 && id < 35);
    }

    @Test
    void shardParsesKOverNAndRejectsNonsense() {
        assertThat(Shard.parse("3/10")).isEqualTo(new Shard(3, 10));
        assertThatThrownBy(() -> Shard.parse("0/3")).hasMessageContaining("1 <= K <= N");
        assertThatThrownBy(() -> Shard.parse("4/3")).hasMessageContaining("1 <= K <= N");
        assertThatThrownBy(() -> Shard.parse("a/b")).hasMessageContaining("K/N");
        assertThatThrownBy(() -> Shard.parse("3")).hasMessageContaining("K/N");
    }
}
