package org.entente.negotiation.strategy;

import org.entente.SplitScenario;
import org.entente.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.negotiation.strategy.CommandRuns.table;

/** Strategies composed from parts, run as a user runs them: {@code ./entente run} on the JADE agents. */
class ComposedStrategiesOnJadeTest {
    @TempDir
    Path tmp;

    private static final String SPLIT = SplitScenario.yaml("Linear split") + """
            experiment:
              protocol: alternating_offers
              deadline: 40
              runs: 1
            """;

    private List<Map<String, String>> run(String name, String experiment) throws IOException {
        return table(CommandRuns.run(tmp, name, SPLIT + experiment).resolve("runs.csv"));
    }

    @Test
    void boulwareOfferingWithAFrequencyModelAndNextAcceptanceBeatsAConceder() throws IOException {
        Map<String, String> row = run("composed", """
                  strategies:
                    a: {offering: boulware, acceptance: next, model: frequency}
                    b: {type: conceder}
                """).get(0);
        assertThat(row.get("status")).isEqualTo("ok");
        assertThat(row.get("agreement")).isEqualTo("true");
        assertThat(Double.parseDouble(row.get("issue.share"))).isGreaterThan(0.6);
    }

    @Test
    void theAcceptancePartIsSweptByName() throws IOException {
        // a never moves from its best offer; only its acceptance part decides what it takes from the conceder
        List<Map<String, String>> rows = run("sweep", """
                  strategies:
                    a: {type: hardliner, acceptance: constant, threshold: 0.7}
                    b: {type: conceder}
                  sweep:
                    parameters:
                      - path: experiment.strategies.a.acceptance
                        values: [constant, next]
                """);
        assertThat(rows).extracting(r -> r.get("experiment.strategies.a.acceptance")).containsExactly("constant", "next");
        assertThat(rows).extracting(r -> r.get("agreement")).containsExactly("true", "true");
        // AC_const(0.7): the conceder's first offer worth at least 0.7 to a (its offers then rise by a few
        // hundredths a turn); AC_next: only what a offers itself, share 1
        assertThat(Double.parseDouble(rows.get(0).get("issue.share"))).isBetween(0.7, 0.75);
        assertThat(Double.parseDouble(rows.get(1).get("issue.share"))).isEqualTo(1.0);
    }

    @Test
    void anUnknownPartIsOneClearLineAndExitTwo() throws IOException {
        Path config = tmp.resolve("bad.yaml");
        Files.writeString(config, SPLIT + """
                  strategies:
                    a: {offering: boulware, model: frequncy}
                """);
        Path out = tmp.resolve("bad");
        CommandRun r = CommandRun.of("run", config.toString(), "--out", out.toString(), "--no-charts", "--quiet");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(config + ":22:36: experiment.strategies.a.model: unknown model part "
                + "'frequncy' (did you mean 'frequency'?); expected one of beliefs, frequency");
        assertThat(out).doesNotExist();
    }
}
