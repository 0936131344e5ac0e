package org.entente.bench;

import org.entente.config.ConfigLoader;
import org.entente.model.Config;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The default scenario measured in stretches on JADE agents kept open, as bench does between its ping-pong turns. */
class ExperimentBenchmarkTest {
    private static Config defaultScenario() throws Exception {
        return ConfigLoader.load(Path.of("configs", "china-lesotho.yaml"));
    }

    @Test
    void stretchesAddUpAndNoneRepeatsTheRunsOfAnother() throws Exception {
        Config c = defaultScenario();
        ExperimentBenchmark bench = new ExperimentBenchmark(2, Duration.ofSeconds(5));
        ExperimentBenchmark.Stretch first;
        ExperimentBenchmark.Stretch second;
        try (ExperimentBenchmark.Agents agents = bench.open(c)) {
            first = agents.measure(30);
            second = agents.measure(30);
            assertThat(agents.last()).isSameAs(second);
        }
        ExperimentBenchmark.Stretch again;
        try (ExperimentBenchmark.Agents agents = bench.open(c)) {
            again = agents.measure(30);
        }
        // the first stretch runs under the config's seed: the same runs, the same rounds; the second under another
        assertThat(again.rounds()).isEqualTo(first.rounds());
        assertThat(again.messages()).isEqualTo(first.messages());
        assertThat(second.rounds()).isNotEqualTo(first.rounds());

        ExperimentBenchmark.Stretch both = first.plus(second);
        assertThat(both.runs()).isEqualTo(60);
        assertThat(both.rounds()).isEqualTo(first.rounds() + second.rounds());
        assertThat(both.seconds()).isCloseTo(first.seconds() + second.seconds(), within(1e-12));
        assertThat(both.aclMessages()).isEqualTo(first.aclMessages() + second.aclMessages());
        assertThat(both.inFlight()).isPositive();

        Measurement row = both.row("default_scenario", c, 0);
        assertThat(row.runs()).isEqualTo(60);
        assertThat(row.roundsPerRun()).isCloseTo((first.rounds() + second.rounds()) / 60.0, within(1e-12));
        assertThat(row.roundMessagesPerSecond()).isCloseTo(both.roundMessagesPerSecond(), within(1e-6));
        assertThat(row.parties()).isEqualTo(2);
        assertThat(row.issues()).isEqualTo(c.scenario().issues().size());
    }

    @Test
    void turnsShareTheRunsOutWithTheFirstTakingTheRemainder() {
        assertThat(new int[]{BenchSuite.share(5000, 5, 0), BenchSuite.share(5000, 5, 4)}).containsExactly(1000, 1000);
        assertThat(new int[]{BenchSuite.share(7, 3, 0), BenchSuite.share(7, 3, 1), BenchSuite.share(7, 3, 2)})
                .containsExactly(3, 2, 2);
        // never more turns than runs: each turn measures at least one
        assertThat(BenchSuite.Plan.full(3, Duration.ofSeconds(5), 2).alternations()).isEqualTo(3);
        assertThat(BenchSuite.Plan.full(5000, Duration.ofSeconds(5), 2).alternations()).isEqualTo(5);
        assertThat(BenchSuite.Plan.quick(400, Duration.ofSeconds(2), 2).alternations()).isEqualTo(2);
    }
}
