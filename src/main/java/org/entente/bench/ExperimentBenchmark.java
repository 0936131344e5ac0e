package org.entente.bench;

import org.entente.agents.JadeNegotiationService;
import org.entente.agents.JadeOptions;
import org.entente.evaluation.Evaluator;
import org.entente.negotiation.WorldCache;
import org.entente.experiment.ExperimentRunner;
import org.entente.experiment.ProgressListener;
import org.entente.experiment.RunPlan;
import org.entente.experiment.RunnerResult;
import org.entente.experiment.Shard;
import org.entente.model.Config;
import org.entente.results.OutputDirectoryException;
import org.entente.results.RunDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Negotiation throughput through the code path of {@code ./entente run} without charts: the JADE
 * negotiation service at its default concurrency, the experiment runner with its evaluation step, and a results directory
 * (runs.csv, years.csv, summary.csv, manifest) in a temporary folder. Before the measured experiment,
 * warm-up experiments (each with its own master seed, so no run is repeated) run on the same agents until
 * the JIT has compiled what a run needs ({@link #warmUp}), so the measured rate is the steady one, as the
 * ping-pong's is.
 */
public final class ExperimentBenchmark {
    /** Warm-up batches at least. */
    static final int MIN_WARMUP_BATCHES = 3;
    private final int threads;
    private final Duration warmupLimit;

    /**
     * @param threads     tables of agents, as {@code run --threads} (default: the number of cores)
     * @param warmupLimit how long a measurement's warm-up may take at most
     */
    public ExperimentBenchmark(int threads, Duration warmupLimit) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
        this.warmupLimit = warmupLimit;
    }

    /** The JADE options {@code run} uses for this many threads. */
    public JadeOptions options() {
        JadeOptions d = JadeOptions.defaults();
        return new JadeOptions(threads, d.pipeline(), d.runTimeout(), false, Map.of());
    }

    /**
     * Measures {@code runs} runs of {@code config} (a single design point) after warm-up batches of
     * {@code warmup} runs (see {@link Agents#warmUp}); the time covers opening the results directory, every run
     * written, and summary.csv.
     */
    public Measurement measure(String name, Config config, int warmup, int runs) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        try (Agents agents = open(config)) {
            long warmed = warmup > 0 ? agents.warmUp(warmup) : 0;
            return agents.measure(runs).row(name, config, warmed);
        }
    }

    /** The negotiation service for {@code config}, kept open over warm-up and measured stretches; close it. */
    public Agents open(Config config) {
        return new Agents(config);
    }

    /**
     * One measured stretch, or several added up: its runs, their wall time, the messages the agents posted, the rounds
     * played, the time runs spent at the tables (added over runs, so over the wall time it is the runs in flight), and
     * the ACL messages JADE carried.
     */
    public record Stretch(long runs, double seconds, long messages, long rounds, double tableSeconds, long aclMessages) {
        /** This stretch and {@code o} together, as if measured in one. */
        public Stretch plus(Stretch o) {
            return new Stretch(runs + o.runs, seconds + o.seconds, messages + o.messages, rounds + o.rounds,
                    tableSeconds + o.tableSeconds, aclMessages + o.aclMessages);
        }

        /** Runs in flight at the tables on average. */
        public double inFlight() {
            return tableSeconds / seconds;
        }

        /** Protocol-minimal messages per second: one per round of each run. */
        public double roundMessagesPerSecond() {
            return rounds / seconds;
        }

        /** The bench row of these runs of {@code config}, after {@code warmed} warm-up runs. */
        public Measurement row(String name, Config config, long warmed) {
            return new Measurement(name, config.scenario().parties().size(), config.scenario().issues().size(), runs,
                    seconds, runs / seconds, messages / seconds, (double) rounds / runs, Double.NaN, inFlight(),
                    Load.now(), warmed, (double) aclMessages / runs);
        }
    }

    /** A negotiation service kept open over warm-up batches and measured stretches of one config. */
    public final class Agents implements AutoCloseable {
        private final Config config;
        private final WorldCache worlds;
        private final JadeNegotiationService service;
        private Stretch last;
        private int measured;
        private int warmups;

        private Agents(Config config) {
            this.config = config;
            this.worlds = WorldCache.shared(config);
            this.service = new JadeNegotiationService(worlds, options());
        }

        /**
         * Runs batches of {@code batch} runs until the JIT has compiled what a run needs ({@link Warmup}, at least
         * {@value #MIN_WARMUP_BATCHES} batches, for at most the warm-up limit); returns the runs made. The k-th warm-up
         * batch of these agents runs under master seed + 1 + k.
         */
        public long warmUp(int batch) {
            return warmUp(batch, MIN_WARMUP_BATCHES);
        }

        /** As {@link #warmUp(int)}, with at least {@code minimum} batches. */
        public long warmUp(int batch, int minimum) {
            Warmup w = new Warmup(minimum, warmupLimit);
            while (w.goesOn()) {
                w.begin();
                Stretch s = stretch(batch, config.experiment().seed() + 1 + warmups++);
                w.end(batch / s.seconds());
            }
            return (long) w.stretches() * batch;
        }

        /**
         * {@code runs} measured runs: the first measured stretch under the config's own master seed, stretch k under
         * master seed − k (the warm-up's batches ran under master seed + 1 + k), so no run is repeated.
         */
        public Stretch measure(int runs) {
            if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
            return stretch(runs, config.experiment().seed() - measured++);
        }

        /** The stretch run last, warm-up or measured (null before the first). */
        public Stretch last() {
            return last;
        }

        private Stretch stretch(int runs, long seed) {
            long atTables = service.tableNanos();
            long acl = service.aclMessages();
            Sample s = experiment(service, worlds, config.withExperiment(config.experiment().withRuns(runs).withSeed(seed)));
            last = new Stretch(runs, s.seconds(), s.messages(), s.rounds(), (service.tableNanos() - atTables) / 1e9,
                    service.aclMessages() - acl);
            return last;
        }

        @Override
        public void close() {
            service.close();
        }
    }

    private record Sample(double seconds, long messages, long rounds) {
    }

    private Sample experiment(JadeNegotiationService service, WorldCache worlds, Config config) {
        RunPlan plan = RunPlan.of(config, Shard.ALL);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("entente-bench-");
            LongAdder messages = new LongAdder();
            LongAdder rounds = new LongAdder();
            long t0 = System.nanoTime();
            Evaluator evaluator = new Evaluator(worlds);
            try (RunDirectory results = RunDirectory.open(plan, dir, false, true, threads,
                    List.of("entente", "bench"), Instant.now())) {
                ExperimentRunner runner = new ExperimentRunner(service, evaluator, ExperimentRunner.windowFor(service),
                        options().runTimeout().plusSeconds(5));
                RunnerResult r = runner.run(plan, results.next(), results.peek(o -> {
                    messages.add(o.outcome().messages());
                    if (o.outcome().table() != null) rounds.add(o.outcome().table().rounds());
                }), ProgressListener.NONE);
                results.finish(r, Instant.now());
                long t1 = System.nanoTime();
                if (r.error() != null) throw new IllegalStateException("writing results failed: " + r.error().getMessage(), r.error());
                if (results.failed() > 0) {
                    throw new IllegalStateException(results.failed() + " of " + results.written() + " benchmark runs failed; first: "
                            + results.failures().get(0));
                }
                return new Sample((t1 - t0) / 1e9, messages.sum(), rounds.sum());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark's results to a temporary directory: " + e.getMessage(), e);
        } catch (OutputDirectoryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            if (dir != null) LaunchBenchmark.delete(dir);
        }
    }
}
