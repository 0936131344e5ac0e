package org.entente.bench;

import org.entente.agents.JadeNegotiationService;
import org.entente.agents.JadeOptions;
import org.entente.evaluation.Evaluator;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Negotiation throughput through the code path of {@code ./entente run} without charts: the JADE
 * negotiation service at its default concurrency, the experiment runner with its evaluation step, and a results directory
 * (runs.csv, years.csv, summary.csv, manifest) in a temporary folder. A warm-up experiment (another
 * master seed, so no run is repeated) runs on the same agents before the measured one.
 */
public final class ExperimentBenchmark {
    private final int threads;

    /** @param threads tables of agents, as {@code run --threads} (default: the number of cores) */
    public ExperimentBenchmark(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    /** The JADE options {@code run} uses for this many threads. */
    public JadeOptions options() {
        JadeOptions d = JadeOptions.defaults();
        return new JadeOptions(threads, d.pipeline(), d.runTimeout(), false, Map.of());
    }

    /**
     * Measures {@code runs} runs of {@code config} (a single design point) after {@code warmup}
     * runs; the time covers opening the results directory, every run written, and summary.csv.
     */
    public Measurement measure(String name, Config config, int warmup, int runs) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        int parties = config.scenario().parties().size();
        int issues = config.scenario().issues().size();
        JadeNegotiationService service = new JadeNegotiationService(config, options());
        try {
            if (warmup > 0) experiment(service, config.withExperiment(
                    config.experiment().withRuns(warmup).withSeed(config.experiment().seed() + 1)));
            long atTables = service.tableNanos();
            Sample s = experiment(service, config.withExperiment(config.experiment().withRuns(runs)));
            double inFlight = (service.tableNanos() - atTables) / 1e9 / s.seconds();
            return new Measurement(name, parties, issues, runs, s.seconds(), runs / s.seconds(),
                    s.messages() / s.seconds(), (double) s.rounds() / runs, Double.NaN, inFlight, Load.now());
        } finally {
            service.close();
        }
    }

    private record Sample(double seconds, long messages, long rounds) {
    }

    private Sample experiment(JadeNegotiationService service, Config config) {
        RunPlan plan = RunPlan.of(config, Shard.ALL);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("entente-bench-");
            LongAdder messages = new LongAdder();
            LongAdder rounds = new LongAdder();
            long t0 = System.nanoTime();
            Evaluator evaluator = new Evaluator(config);
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
