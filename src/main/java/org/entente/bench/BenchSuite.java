package org.entente.bench;

import org.entente.agents.PingPongBenchmark;
import org.entente.model.Config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The measurements of {@code ./entente bench}, listed in this order: raw JADE ping-pong with as many
 * pairs as the default scenario had runs in flight (sent as the negotiation agents send, then with JADE's own send),
 * and Entente on the default scenario in this process (messages, ACL messages and rounds per run, runs in flight,
 * and the ratio of its protocol-minimal message rate, one message per round, to the first ping-pong's), the three
 * measured in turns ({@link #compared}); generated
 * scenarios of 2, 4 and 8 parties (6 issues) and of 3, 6 and 12 issues (2 parties); then, in fresh
 * JVMs, start-up included, {@code run} of the default scenario and {@code describe} (measured first, listed last). Every
 * in-process measurement is preceded by its own warm-up, until the JIT has compiled what it runs (the compilers
 * under a tenth of the time, twice in a row) or the plan's warm-up limit has passed.
 */
public final class BenchSuite {
    /** One discarded stretch of the ping-pong's warm-up. */
    private static final Duration PING_PONG_WARMUP = Duration.ofSeconds(1);

    /** Scenario sizes of the scaling rows: {parties, issues}. */
    public static final List<int[]> SIZES = List.of(
            new int[]{2, 3}, new int[]{2, 6}, new int[]{2, 12}, new int[]{4, 6}, new int[]{8, 6});

    /**
     * How much to measure: {@code runs} measured runs of the default scenario (after warm-up batches of
     * {@code warmup} runs until the JIT has compiled what they run, for at most {@code warmupLimit}),
     * {@code scaledRuns} of each generated one, and {@code pingPong} of raw JADE messaging; the default scenario's
     * runs and the ping-pong's time are each cut into {@code alternations} stretches, measured in turns.
     */
    public record Plan(int runs, int warmup, int scaledRuns, int scaledWarmup, Duration pingPong, int threads,
                       int launchedRuns, int describes, Duration warmupLimit, int alternations) {
        public Plan {
            if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
            if (alternations < 1) throw new IllegalArgumentException("alternations must be positive, got " + alternations);
            alternations = Math.min(alternations, runs);
            if (launchedRuns < 1 || describes < 1) throw new IllegalArgumentException("launched runs and describes must be positive");
            if (pingPong.isNegative() || pingPong.isZero()) throw new IllegalArgumentException("--seconds must be positive");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }

        /**
         * The full benchmark (one and a half to two minutes on two cores); {@code runs} is the default scenario's measured
         * runs; {@code ./entente run} of 10,000 runs, start-up included.
         */
        public static Plan full(int runs, Duration pingPong, int threads) {
            return new Plan(runs, Math.max(200, runs / 10), Math.max(100, runs / 10), Math.max(50, runs / 20), pingPong,
                    threads, 10_000, 5, Duration.ofSeconds(60), 5);
        }

        /** About 40 seconds on two cores: warm-ups of at most 5 seconds, so the JIT may not be done. */
        public static Plan quick(int runs, Duration pingPong, int threads) {
            return new Plan(runs, Math.max(100, runs / 2), Math.max(40, runs / 5), Math.max(20, runs / 10), pingPong,
                    threads, 1_000, 3, Duration.ofSeconds(5), 2);
        }
    }

    private BenchSuite() {
    }

    /**
     * Runs every measurement on {@code defaultConfig} (the default scenario; its deadline is used for
     * the generated ones) and returns the table; {@code progress} is told what is being measured.
     */
    public static List<Measurement> run(Config defaultConfig, Path defaultFile, Plan plan, Consumer<String> progress)
            throws InterruptedException {
        // the fresh JVMs first, while this JVM is small: a JVM started next to the gigabyte or so that the measurements
        // in this one leave behind runs up to a third slower on a virtual machine whose memory the host backs only when
        // first touched (docs/performance.md, "Fifteenth pass"), and a user's command does not start next to a bench
        List<Measurement> launched = launched(defaultConfig, defaultFile, plan, progress);
        List<Measurement> out = new ArrayList<>();
        ExperimentBenchmark experiments = new ExperimentBenchmark(plan.threads(), plan.warmupLimit());
        progress.accept("default scenario (" + defaultConfig.scenario().name() + "), warm-up in batches of "
                + plan.warmup() + " runs until the JIT is done (at most " + plan.warmupLimit().toSeconds() + " s)");
        out.addAll(compared(experiments, defaultConfig, plan, progress));

        int deadline = defaultConfig.experiment().deadline();
        for (int[] size : SIZES) {
            progress.accept(size[0] + " parties, " + size[1] + " issues, warm-up in batches of "
                    + plan.scaledWarmup() + " runs until the JIT is done, then " + plan.scaledRuns() + " runs");
            Config c = SyntheticScenarios.config(size[0], size[1], deadline, plan.scaledRuns(),
                    defaultConfig.experiment().seed());
            out.add(experiments.measure("synthetic", c, plan.scaledWarmup(), plan.scaledRuns()));
        }

        out.addAll(launched);
        return out;
    }

    /** Start-up included, in fresh JVMs: {@code run} of the default scenario, {@code describe} and describe's floors. */
    private static List<Measurement> launched(Config defaultConfig, Path defaultFile, Plan plan, Consumer<String> progress)
            throws InterruptedException {
        List<Measurement> out = new ArrayList<>();
        int parties = defaultConfig.scenario().parties().size();
        int issues = defaultConfig.scenario().issues().size();
        LaunchBenchmark launches = new LaunchBenchmark();
        progress.accept("./entente run, " + plan.launchedRuns() + " runs, start-up included");
        out.add(launches.run("run_with_startup", defaultFile, parties, issues, plan.launchedRuns(), plan.threads(),
                List.of()));
        progress.accept("./entente describe, median of " + plan.describes());
        out.add(launches.describe(defaultFile, parties, issues, plan.describes()));
        progress.accept("describe's floors: the JVM, then picocli, then Jackson's YAML tree, median of " + plan.describes());
        out.addAll(launches.describeFloors(defaultFile, plan.describes()));
        return out;
    }

    /**
     * The ping-pongs' rows and the default scenario's, measured in turns so that a change in the machine's speed
     * touches them alike: after all have warmed up (the default scenario again after the ping-pongs),
     * {@code plan.alternations()} times a stretch of the default scenario's runs, then one of the ping-pong whose
     * messages travel as the negotiation agents send theirs, then one of the ping-pong with JADE's own {@code send}
     * (stock), each with as many pairs as the default scenario had runs in flight at its tables in its last warm-up
     * batch (at most tables × pipeline), so that they are compared at equal concurrency. Each row adds up its
     * stretches; the ratio is the one of the default scenario's rate to the first ping-pong's. The ratio to the stock
     * ping-pong is printed, for information.
     */
    private static List<Measurement> compared(ExperimentBenchmark experiments, Config config, Plan plan,
                                              Consumer<String> progress) throws InterruptedException {
        try (ExperimentBenchmark.Agents scenario = experiments.open(config)) {
            long warmed = scenario.warmUp(plan.warmup());
            int pairs = Math.max(1, (int) Math.round(scenario.last().inFlight()));
            PingPongBenchmark pingPong = new PingPongBenchmark(PingPongBenchmark.Delivery.ENTENTE, progress);
            PingPongBenchmark stock = new PingPongBenchmark(PingPongBenchmark.Delivery.STOCK, progress);
            progress.accept("JADE ping-pong, " + pairs + " pairs, warm-up until the JIT is done");
            warmUp(pingPong, pairs, plan.warmupLimit());
            progress.accept("stock JADE ping-pong (JADE's own send), " + pairs + " pairs, warm-up until the JIT is done");
            warmUp(stock, pairs, plan.warmupLimit());
            // the ping-pongs ran JADE's delivery paths with their own agents: the JIT may have recompiled what the
            // negotiations share with them, so they warm up again (two batches when it has nothing left to compile)
            warmed += scenario.warmUp(plan.warmup(), 1);
            int turns = plan.alternations();
            Duration pingStretch = plan.pingPong().dividedBy(turns);
            progress.accept("in turns, " + turns + " times: " + share(plan.runs(), turns, 0) + " runs of the default scenario, then "
                    + pingStretch.toMillis() / 1000.0 + " s of ping-pong, then as long of the stock ping-pong");
            ExperimentBenchmark.Stretch measured = null;
            double rates = 0;
            double stockRates = 0;
            List<String> ratios = new ArrayList<>();
            for (int k = 0; k < turns; k++) {
                ExperimentBenchmark.Stretch s = scenario.measure(share(plan.runs(), turns, k));
                measured = measured == null ? s : measured.plus(s);
                double rate = pingPong.messagesPerSecond(pairs, pingStretch);
                rates += rate;
                stockRates += stock.messagesPerSecond(pairs, pingStretch);
                ratios.add(String.format(Locale.ROOT, "%.3f", s.roundMessagesPerSecond() / rate));
            }
            progress.accept("ratio of each turn: " + String.join(", ", ratios));
            double seconds = pingStretch.multipliedBy(turns).toNanos() / 1e9;
            // turns of equal length: a ping-pong's rate over them all is the mean of theirs
            Measurement ping = pingPongRow("jade_ping_pong", seconds, rates / turns, pairs);
            Measurement stockPing = pingPongRow("jade_ping_pong_stock", seconds, stockRates / turns, pairs);
            Measurement d = measured.row("default_scenario", config, warmed);
            double ratio = d.ratioTo(ping);
            progress.accept(String.format(Locale.ROOT, "ratio to the stock JADE ping-pong (JADE's own send, %.0f messages/s): "
                    + "%.3f, for information; the target is the ratio to the ping-pong that sends as the negotiation "
                    + "agents send (%.0f messages/s): %.3f", stockPing.messagesPerSecond(), d.ratioTo(stockPing),
                    ping.messagesPerSecond(), ratio));
            return List.of(ping, stockPing, d.withRatio(ratio));
        }
    }

    private static Measurement pingPongRow(String name, double seconds, double messagesPerSecond, int pairs) {
        return new Measurement(name, 0, 0, 0, seconds, Double.NaN, messagesPerSecond, Double.NaN, Double.NaN, pairs,
                Load.now());
    }

    /** Runs of turn {@code k} of {@code turns}: {@code runs} shared out, the first turns taking one more if it does not divide. */
    static int share(int runs, int turns, int k) {
        return runs / turns + (k < runs % turns ? 1 : 0);
    }

    /**
     * Discarded stretches of the ping-pong until the JIT has compiled JADE's delivery paths ({@link Warmup}), for at
     * most {@code limit}. Stretches, not a number of round trips: a pair JADE leaves stuck (docs/performance.md,
     * "Twelfth pass") then costs the bench nothing.
     */
    private static void warmUp(PingPongBenchmark pingPong, int pairs, Duration limit) throws InterruptedException {
        Warmup w = new Warmup(1, limit);
        while (w.goesOn()) {
            w.begin();
            w.end(pingPong.messagesPerSecond(pairs, PING_PONG_WARMUP));
        }
    }
}
