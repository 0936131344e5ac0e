package org.entente.cli;

import org.entente.HangGuard;
import org.entente.SplitScenario;
import org.entente.agents.JadeOptions;
import org.entente.agents.ManualClock;
import org.entente.model.Seeds;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.strategy.Strategies;
import org.entente.results.RunDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults inside runs, through the whole run command (JADE agents, runner, results directory): a
 * strategy that throws and a strategy that never answers make only their runs {@code failed}, with
 * the reason in runs.csv; the experiment finishes, every other row is byte-identical to a clean run,
 * and the exit code is 1 with the failures named on stderr.
 */
class RunCommandFaultsTest {
    static final long SEED = 11;
    static final int RUNS = 40;
    static final String CONFIG = SplitScenario.yaml("Split") + """
            experiment:
              name: faults
              protocol: alternating_offers
              deadline: 20
              runs: %d
              seed: %d
              noise: {reservation: 0.05}
            """.formatted(RUNS, SEED);

    @TempDir
    Path tmp;

    @AfterEach
    void restoreSeam() {
        RunCommand.jadeOptions = UnaryOperator.identity();
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(Path out) throws Exception {
        Path cfg = tmp.resolve("faults.yaml");
        if (!Files.exists(cfg)) Files.writeString(cfg, CONFIG);
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(new String[]{"run", cfg.toString(), "--out", out.toString(), "--threads", "2",
                "--no-charts", "--quiet"}, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }

    /**
     * Which runs the faulty party b misbehaves in: decided from the first draw of its own strategy
     * stream, which the built-in strategies never use, so b otherwise plays exactly as configured.
     */
    private static Set<Long> faultyRuns(LongPredicate faulty) {
        Set<Long> ids = new TreeSet<>();
        for (long id = 0; id < RUNS; id++) {
            if (faulty.test(Seeds.random(Seeds.run(SEED, id), "strategy:b").nextLong())) ids.add(id);
        }
        return ids;
    }

    private static Function<NegotiatorContext, Negotiator> faultyB(LongPredicate faulty,
                                                                    Function<Negotiator, Negotiator> fault) {
        return ctx -> {
            long tag = ctx.random().nextLong();
            Negotiator honest = Strategies.create(ctx);
            return faulty.test(tag) ? fault.apply(honest) : honest;
        };
    }

    /** Party b's strategy throws {@code message} in the runs {@code faulty} picks. */
    private static void throwIn(LongPredicate faulty, String message) {
        RunCommand.jadeOptions = o -> new JadeOptions(o.tables(), o.pipeline(), o.runTimeout(), o.gui(),
                Map.of("b", faultyB(faulty, n -> new Faulty(n, () -> {
                    throw new IllegalStateException(message);
                }))));
    }

    @Test
    void throwingStrategyFailsOnlyItsRunsAndEveryOtherRowMatchesACleanRun() throws Exception {
        Result clean = run(tmp.resolve("clean"));
        assertThat(clean.code()).as(clean.err()).isZero();

        LongPredicate faulty = tag -> Math.floorMod(tag, 5) == 0;
        Set<Long> bad = faultyRuns(faulty);
        assertThat(bad).isNotEmpty().hasSizeLessThan(RUNS);
        throwIn(faulty, "injected fault");
        Result r = run(tmp.resolve("faulty"));

        assertThat(r.code()).as(r.err()).isEqualTo(Main.FAILED);
        assertThat(r.out()).contains("Results written to");
        assertThat(r.err()).contains(bad.size() + " of " + RUNS + " runs failed")
                .contains("run " + bad.iterator().next() + ": strategy of b failed: injected fault")
                .doesNotContain("\tat ");
        assertRowsIntact(tmp.resolve("clean"), tmp.resolve("faulty"), bad, "strategy of b failed: injected fault");
    }

    @Test
    void aFailureWithAHugeMultiLineMessageIsShownInShortLinesAndKeptWholeInRunsCsv() throws Exception {
        LongPredicate faulty = tag -> Math.floorMod(tag, 5) == 0;
        String huge = "strategy blew up:\n" + "   line of junk\t".repeat(800);
        throwIn(faulty, huge);
        Result r = run(tmp.resolve("huge"));
        assertThat(r.code()).as(r.err()).isEqualTo(Main.FAILED);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSizeBetween(2, 1 + RunDirectory.FAILURES_SHOWN);
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(ErrorLine.MAX));
        assertThat(lines).allSatisfy(l -> assertThat(l.strip()).doesNotContain("  ").doesNotContain("\t"));
        assertThat(lines.get(1)).startsWith("  run ").contains("strategy of b failed: strategy blew up: line of junk").endsWith("…");
        // runs.csv keeps the reason whole
        assertThat(Files.readString(tmp.resolve("huge").resolve("runs.csv")).split("line of junk", -1)).hasSizeGreaterThan(800);
    }

    @Test
    void strategyThatNeverAnswersTimesOutIntoAFailedRunAndTheExperimentFinishes() throws Exception {
        Result clean = run(tmp.resolve("clean"));
        assertThat(clean.code()).as(clean.err()).isZero();

        LongPredicate faulty = tag -> Math.floorMod(tag, 13) == 0;
        Set<Long> bad = faultyRuns(faulty);
        assertThat(bad).isNotEmpty().hasSizeLessThan(5);
        CountDownLatch release = new CountDownLatch(1);
        ManualClock clock = new ManualClock();
        Duration timeout = Duration.ofMillis(400);
        // one table taking one run at a time, its timeouts on a clock that moves only when a head hangs:
        // the hanging run times out then, and no other run ever does, whatever the machine's load
        RunCommand.jadeOptions = o -> new JadeOptions(1, 1, timeout, o.gui(),
                Map.of("b", faultyB(faulty, n -> new Faulty(n, () -> {
                    clock.advance(timeout);
                    try {
                        HangGuard.await(release, "release of the hanging head");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }))), clock);
        Result r;
        try {
            r = run(tmp.resolve("stuck"));
        } finally {
            release.countDown();
        }
        assertThat(r.code()).as(r.err()).isEqualTo(Main.FAILED);
        assertThat(r.err()).contains(bad.size() + " of " + RUNS + " runs failed").contains("within 400ms");
        assertRowsIntact(tmp.resolve("clean"), tmp.resolve("stuck"), bad, "within 400ms");
    }

    /** Failed rows name the reason; every other row of runs.csv and years.csv is the clean run's. */
    private static void assertRowsIntact(Path clean, Path faulty, Set<Long> bad, String reason) throws Exception {
        List<String> cleanRuns = Files.readAllLines(clean.resolve("runs.csv"));
        List<String> runs = Files.readAllLines(faulty.resolve("runs.csv"));
        assertThat(runs).hasSize(RUNS + 1);
        assertThat(runs.get(0)).isEqualTo(cleanRuns.get(0));
        List<String> header = List.of(runs.get(0).split(","));
        int status = header.indexOf("status"), error = header.indexOf("error");
        for (int id = 0; id < RUNS; id++) {
            String row = runs.get(id + 1);
            assertThat(row).startsWith(id + ",");
            if (bad.contains((long) id)) {
                String[] cells = row.split(",", -1);
                assertThat(cells[status]).as(row).isEqualTo("failed");
                assertThat(String.join(",", List.of(cells).subList(error, cells.length))).as(row).contains(reason);
            } else {
                assertThat(row).as("run " + id).isEqualTo(cleanRuns.get(id + 1));
            }
        }
        List<String> cleanYears = Files.readAllLines(clean.resolve("years.csv")).stream()
                .filter(l -> !bad.contains(runIdOf(l))).toList();
        List<String> years = Files.readAllLines(faulty.resolve("years.csv")).stream()
                .filter(l -> !bad.contains(runIdOf(l))).toList();
        assertThat(years).isEqualTo(cleanYears);
        assertThat(Files.readString(faulty.resolve("manifest.json"))).contains("\"complete\"");
    }

    private static long runIdOf(String csvLine) {
        String first = csvLine.substring(0, Math.max(0, csvLine.indexOf(',')));
        return first.chars().allMatch(Character::isDigit) && !first.isEmpty() ? Long.parseLong(first) : -1;
    }

    /** A head that misbehaves ({@code fault}) from round 2 on and otherwise plays as {@code honest}. */
    private record Faulty(Negotiator honest, Runnable fault) implements Negotiator {
        @Override
        public Reply onTurn(Request.Turn turn) {
            if (turn.round() >= 2) fault.run();
            return honest.onTurn(turn);
        }

        @Override
        public Reply onSimultaneous(Request.Simultaneous request) {
            fault.run();
            return honest.onSimultaneous(request);
        }

        @Override
        public boolean onMutationVote(Request.MutationVote vote) {
            return honest.onMutationVote(vote);
        }

        @Override
        public boolean onFinalVote(Request.FinalVote vote) {
            return honest.onFinalVote(vote);
        }

        @Override
        public boolean proceedDespite(Offer offer, Ratification forecast) {
            return honest.proceedDespite(offer, forecast);
        }

        @Override
        public Reply afterWithdrawal(Request request) {
            return honest.afterWithdrawal(request);
        }
    }
}
