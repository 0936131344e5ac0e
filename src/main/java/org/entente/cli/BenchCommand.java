package org.entente.cli;

import org.entente.bench.BenchComparison;
import org.entente.bench.BenchSuite;
import org.entente.bench.BenchTargets;
import org.entente.bench.BenchTable;
import org.entente.bench.Measurement;
import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;
import org.entente.results.OutputDirectoryException;
import org.entente.results.OutputDirectoryRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** `entente bench`: raw JADE messaging vs Entente's negotiation throughput, and how it scales (docs/performance.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure: raw JADE ping-pong message throughput at Entente's concurrency (sent as the "
                + "negotiation agents send, and, for information, with JADE's own send); "
                + "Entente's runs/s, messages, ACL messages (several messages to one agent travel as one) and rounds "
                + "per run on the default scenario (the ./entente run code path, "
                + "charts off) and the ratio of its protocol-minimal message rate (one per round) to raw JADE's; "
                + "runs/s for 2, 4 and 8 parties and for 3, 6 and 12 issues; and, start-up included, "
                + "run of the default scenario (10,000 runs; quick 1,000) and describe in fresh JVMs (measured first, "
                + "while the bench's own JVM is small).",
                "Prints a table, with --against each row's change since an earlier bench, and whether each of "
                        + "Entente's performance targets is met; writes bench.csv, bench_targets.csv and (with --against) "
                        + "bench_comparison.csv in --out."})
public final class BenchCommand extends Subcommand {
    static final String TARGETS = "bench_targets.csv";
    static final String COMPARISON = "bench_comparison.csv";
    /** Percent by which a row may be worse than in the earlier bench before it counts as slower. */
    static final double DEFAULT_TOLERANCE = 10;

    @Option(names = "--quick", description = "a short version (about 40 s on two cores; warm-ups of at most 5 s)")
    boolean quick;

    @Mixin OutDirectory out;

    @Option(names = "--runs", paramLabel = "N",
            description = "measured runs of the default scenario, in five turns with the ping-pong (default 10000; quick 400, "
                    + "in two turns); generated scenarios run N/10 (quick N/5)")
    Integer runs;

    @Option(names = "--seconds", paramLabel = "S", description = "duration of each JADE ping-pong (as the negotiation agents send, and stock), shared out among the "
            + "turns (default 5, quick 2)")
    Double seconds;

    @Option(names = "--config", paramLabel = "FILE", description = "the default scenario (default ${DEFAULT-VALUE})")
    Path config = Path.of("configs", "china-lesotho.yaml");

    @Mixin ThreadsOption threads;

    @Option(names = "--against", paramLabel = "FILE",
            description = "an earlier bench.csv: print each row's change against it and flag rows slower by more than --tolerance")
    Path against;

    @Option(names = "--tolerance", paramLabel = "PCT",
            description = "with --against, how much worse a row may be before it counts as slower (default 10)")
    Double tolerance;

    @Mixin DebugOption debug;

    @Override
    public Integer call() throws ConfigException, IOException, InterruptedException, OutputDirectoryException {
        if (runs != null && runs < 1) throw new Main.UserError("--runs must be at least 1, got " + runs);
        if (seconds != null && !(seconds > 0)) throw new Main.UserError("--seconds must be positive, got " + seconds);
        threads.check();
        if (!Files.isReadable(config)) {
            throw new Main.UserError("cannot read " + config + " (run bench from the repository root, or give --config FILE)");
        }
        Path dir = out.dir();
        Path csv = dir.resolve("bench.csv");
        OutputDirectoryRule.requireDirectory(dir);
        for (String name : List.of(csv.getFileName().toString(), TARGETS, COMPARISON)) {
            if (Files.exists(dir.resolve(name))) throw OutputDirectoryRule.refusal(dir, "already holds " + name);
        }
        if (tolerance != null && against == null) throw new Main.UserError("--tolerance needs --against FILE");
        if (tolerance != null && !(tolerance >= 0 && tolerance <= 100)) {
            throw new Main.UserError("--tolerance must be from 0 to 100 (percent), got " + tolerance);
        }
        List<BenchComparison.Earlier> earlier;
        try {
            earlier = against == null ? null : BenchComparison.read(against);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        Config c = ConfigLoader.load(config);
        if (c.experiment().sweep() != null && !c.experiment().sweep().parameters().isEmpty()) {
            throw new Main.UserError(config + " is a sweep; bench needs a single scenario");
        }
        Duration ping = Duration.ofMillis(Math.round(1000 * (seconds != null ? seconds : quick ? 2 : 5)));
        int n = runs != null ? runs : quick ? 400 : 10_000;
        BenchSuite.Plan plan = quick ? BenchSuite.Plan.quick(n, ping, threads.threads)
                : BenchSuite.Plan.full(n, ping, threads.threads);

        long t0 = System.nanoTime();
        List<Measurement> rows;
        try {
            rows = BenchSuite.run(c, config, plan, what -> {
                err().println("bench: " + what);
                err().flush();
            });
        } catch (IllegalStateException e) {
            // a measurement that could not be made (stuck agents, failed runs, a launch that failed): one line, exit 1
            throw new Main.Failure("bench: " + e.getMessage());
        }
        BenchComparison comparison = earlier == null ? null : BenchComparison.of(against, earlier, rows,
                (tolerance != null ? tolerance : DEFAULT_TOLERANCE) / 100);
        List<BenchTargets.Check> targets = BenchTargets.of(rows, comparison);
        try {
            Files.createDirectories(dir);
            Files.writeString(csv, BenchTable.csv(rows), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(TARGETS), BenchTargets.csv(targets), StandardCharsets.UTF_8);
            if (comparison != null) Files.writeString(dir.resolve(COMPARISON), comparison.csv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Main.UserError("cannot write in " + dir + ": " + e.getMessage());
        }
        out().print(BenchTable.text(rows));
        if (comparison != null) out().print(comparison.text());
        out().print(BenchTargets.text(targets));
        out().printf(java.util.Locale.ROOT, "threads %d, %d cores, %.1f s in all%n", threads.threads,
                Runtime.getRuntime().availableProcessors(), (System.nanoTime() - t0) / 1e9);
        out().println("Written to " + csv);
        out().flush();
        return Main.OK;
    }
}
