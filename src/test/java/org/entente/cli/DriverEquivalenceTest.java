package org.entente.cli;

import org.entente.agents.JadeNegotiationService;
import org.entente.agents.JadeOptions;
import org.entente.negotiation.InProcessNegotiationService;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.strategy.Strategies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JADE agents and the in-process driver are one decision path: the same experiment, through the
 * same run command and results code, gives byte-identical CSVs (runs.csv, rounds.csv and the rest)
 * on both. Covers the shipped configs (a few runs each) and every strategy type under every
 * protocol, with a two-level-aware head, noise and a veto official.
 */
class DriverEquivalenceTest {
    @TempDir
    Path tmp;

    @AfterEach
    void restoreSeams() {
        RunCommand.services = JadeNegotiationService::new;
        RunCommand.jadeOptions = UnaryOperator.identity();
    }

    /** Runs {@code config} on JADE and in process, expecting exit code {@code code}; returns the two results directories. */
    private Path[] both(Path config, int code, String... extra) {
        String name = config.getFileName().toString().replace(".yaml", "");
        Path jade = tmp.resolve(name + "-jade"), local = tmp.resolve(name + "-in-process");
        RunCommand.services = JadeNegotiationService::new;
        run(config, jade, code, extra);
        RunCommand.services = (worlds, options) -> new InProcessNegotiationService(worlds, options.overrides());
        run(config, local, code, extra);
        return new Path[]{jade, local};
    }

    private static void run(Path config, Path out, int code, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", config.toString(), "--out", out.toString(), "--trace",
                "--threads", "1", "--no-charts", "--quiet"));
        args.addAll(List.of(extra));
        CommandRun r = CommandRun.of(args.toArray(String[]::new));
        assertThat(r.code()).as(config + ": " + r.err()).isEqualTo(code);
    }

    private static void assertSameCsvs(Path[] dirs) throws IOException {
        List<String> csvs;
        try (Stream<Path> files = Files.list(dirs[0])) {
            csvs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
        assertThat(csvs).contains("runs.csv", "rounds.csv");
        for (String csv : csvs) {
            List<String> jade = Files.readAllLines(dirs[0].resolve(csv)), local = Files.readAllLines(dirs[1].resolve(csv));
            for (int i = 0; i < Math.min(jade.size(), local.size()); i++) {
                assertThat(local.get(i)).as("%s of %s, line %d", csv, dirs[0].getFileName(), i + 1).isEqualTo(jade.get(i));
            }
            assertThat(local).as(csv + " of " + dirs[0].getFileName()).hasSameSizeAs(jade);
            assertThat(Files.mismatch(dirs[0].resolve(csv), dirs[1].resolve(csv))).as(csv).isEqualTo(-1L);
        }
        // the trace is not trivially empty: every run has rows
        assertThat(Files.readAllLines(dirs[0].resolve("rounds.csv")).size())
                .isGreaterThan(Files.readAllLines(dirs[0].resolve("runs.csv")).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "china-lesotho.yaml, 4",
            "china-lesotho-regional.yaml, 3",
            "textbook-logrolling.yaml, 3",
            "textbook-rubinstein.yaml, 3",
            "textbook-split-concave.yaml, 3",
            "textbook-split-linear.yaml, 3",
            "textbook-zeuthen-nash.yaml, 3",
            "sweep-oversight.yaml, 1",
            "sweep-protocols.yaml, 2",
            "sweep-reservation-concession.yaml, 1",
            "sweep-sobol-interests.yaml, 1"})
    void shippedConfigGivesTheSameResultsOnJadeAndInProcess(String config, int runs) throws IOException {
        assertSameCsvs(both(Path.of("configs", config), Main.OK, "--runs", Integer.toString(runs)));
    }

    @Test
    void everyStrategyUnderEveryProtocolGivesTheSameResultsOnJadeAndInProcess() throws IOException {
        Files.copy(Path.of("configs", "china-lesotho.yaml"), tmp.resolve("china-lesotho.yaml"));
        StringBuilder traces = new StringBuilder();
        for (String type : List.of("boulware", "linear", "conceder", "hardliner", "tit_for_tat", "zeuthen", "frequency")) {
            Path config = tmp.resolve("strategy-" + type + ".yaml");
            Files.writeString(config, """
                    experiment:
                      name: equivalence-%1$s
                      scenario: china-lesotho.yaml
                      runs: 2
                      seed: 11
                      deadline: 30
                      noise: {interests: 0.1, reservation: 0.03}
                      strategies:
                        china: {type: %1$s}
                        lesotho: {type: %1$s, two_level: 1}
                      sweep:
                        design: grid
                        parameters:
                          - path: experiment.protocol
                            values: [alternating_offers, stacked_alternating_offers, single_text, monotonic_concession]
                    """.formatted(type));
            Path[] dirs = both(config, Main.OK);
            assertSameCsvs(dirs);
            traces.append(Files.readString(dirs[0].resolve("rounds.csv")));
        }
        assertThat(traces.toString()).contains(",consult,").contains(",ratify,");
    }

    /** The default experiment under every protocol; per run id, lesotho's head plays {@code lesotho}. */
    private Path protocols(String name) throws IOException {
        Files.copy(Path.of("configs", "china-lesotho.yaml"), tmp.resolve("china-lesotho.yaml"));
        Path config = tmp.resolve(name + ".yaml");
        Files.writeString(config, """
                experiment:
                  name: %s
                  scenario: china-lesotho.yaml
                  runs: 3
                  seed: 5
                  deadline: 40
                  noise: {interests: 0.1, reservation: 0.03}
                  strategies:
                    china: {type: boulware, e: 0.2}
                    lesotho: {type: linear, two_level: 1}
                  sweep:
                    design: grid
                    parameters:
                      - path: experiment.protocol
                        values: [alternating_offers, stacked_alternating_offers, single_text, monotonic_concession]
                """.formatted(name));
        return config;
    }

    @Test
    void headsThatWithdrawFromUnratifiablePackagesGiveTheSameResultsOnJadeAndInProcess() throws IOException {
        RunCommand.jadeOptions = o -> new JadeOptions(o.tables(), o.pipeline(), o.runTimeout(), o.gui(),
                Map.of("lesotho", ctx -> new Eager(Strategies.create(ctx))));
        Path[] dirs = both(protocols("withdrawals"), Main.OK);
        assertSameCsvs(dirs);
        assertThat(Files.readString(dirs[0].resolve("rounds.csv"))).contains(",withdraw,").contains(",consult,");
    }

    @Test
    void strategiesThatFailGiveTheSameFailedRunsOnJadeAndInProcess() throws IOException {
        RunCommand.jadeOptions = o -> new JadeOptions(o.tables(), o.pipeline(), o.runTimeout(), o.gui(),
                Map.of("lesotho", ctx -> new Eager(Strategies.create(ctx)) {
                    @Override
                    public Reply onTurn(Request.Turn turn) {
                        if (turn.round() == 5) throw new IllegalStateException("injected fault");
                        return super.onTurn(turn);
                    }
                }));
        Path[] dirs = both(protocols("failures"), Main.FAILED);
        assertSameCsvs(dirs);
        assertThat(Files.readString(dirs[0].resolve("runs.csv"))).contains("strategy of lesotho failed: injected fault (round 5)");
    }

    /**
     * Lesotho's configured strategy, except that from round 10 it accepts what the other side
     * offers and votes yes, after consulting its officials, and withdraws when they would not ratify.
     */
    private static class Eager implements Negotiator {
        private final Negotiator configured;

        Eager(Negotiator configured) {
            this.configured = configured;
        }

        @Override
        public Reply onTurn(Request.Turn turn) {
            if (turn.round() >= 10 && turn.standing() != null) return new Reply.Accept(turn.proposer());
            return configured.onTurn(turn);
        }

        @Override
        public Reply onSimultaneous(Request.Simultaneous request) {
            if (request.round() >= 10 && request.offers().containsKey("china")) return new Reply.Accept("china");
            return configured.onSimultaneous(request);
        }

        @Override
        public boolean onMutationVote(Request.MutationVote vote) {
            return configured.onMutationVote(vote);
        }

        @Override
        public boolean onFinalVote(Request.FinalVote vote) {
            return true;
        }

        @Override
        public boolean proceedDespite(Offer offer, Ratification forecast) {
            return forecast.passed();
        }

        @Override
        public Reply afterWithdrawal(Request request) {
            return configured.afterWithdrawal(request);
        }
    }
}
