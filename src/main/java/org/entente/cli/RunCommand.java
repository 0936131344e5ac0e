package org.entente.cli;

import org.entente.agents.JadeNegotiationService;
import org.entente.agents.JadeOptions;
import org.entente.config.ConfigException;
import org.entente.evaluation.Evaluator;
import org.entente.evaluation.PointSummary;
import org.entente.evaluation.RunRecord;
import org.entente.experiment.DesignPoint;
import org.entente.experiment.ExperimentRunner;
import org.entente.experiment.ProgressBar;
import org.entente.experiment.ProgressListener;
import org.entente.experiment.RunPlan;
import org.entente.experiment.RunSink;
import org.entente.experiment.RunnerResult;
import org.entente.experiment.Shard;
import org.entente.model.Config;
import org.entente.model.ParameterPaths;
import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.WorldCache;
import org.entente.report.ChartFormat;
import org.entente.results.DamagedFileException;
import org.entente.results.OutputDirectoryException;
import org.entente.results.OutputEstimate;
import org.entente.results.Probe;
import org.entente.results.RunDirectory;
import org.entente.results.RunLines;
import org.entente.results.SummaryText;
import org.entente.results.TournamentText;
import org.entente.results.Transcript;
import org.entente.slurm.JobScripts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** `entente run FILE`: every design point and run of an experiment on JADE agents, into a results directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the experiment in FILE (all design points, all runs) on JADE agents; write results, "
                + "charts and report; print a short summary table.",
                "Results are identical for every --threads, shard split (after merge) and resumption."})
public final class RunCommand extends Subcommand {

    @Mixin ConfigFile file;

    @Mixin RunSelection selection;

    @Option(names = "--out", paramLabel = "DIR",
            description = "results directory; default results/<experiment-name>/<yyyyMMdd-HHmmss>/")
    Path out;

    @Mixin ThreadsOption threads;

    @Option(names = "--shard", paramLabel = "K/N", description = "run only the runs with run_id %% N == K - 1")
    String shard;

    @Option(names = "--resume", description = "continue an interrupted run in --out DIR")
    boolean resume;

    @Mixin ForceOption force;

    @Mixin TraceOption trace;

    @Mixin ChartsOption noCharts;

    @Mixin FormatsOption formats;

    @Option(names = "--gui", description = "start JADE's GUI tools (RMA, Sniffer) to watch the agents")
    boolean gui;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Option(names = "--run-timeout", paramLabel = "SECONDS",
            description = "a run fails when its table of agents has handled no message for this long "
                    + "(a hang, not slowness; default ${DEFAULT-VALUE})")
    long runTimeout = JadeOptions.defaults().runTimeout().toSeconds();

    @Mixin WorkerDoor door;

    @Mixin JadeLogOption jadeLog;

    @Mixin DebugOption debug;

    /** Seam for tests (not a user option): adjusts the JADE options, e.g. to inject faulty negotiators. */
    static java.util.function.UnaryOperator<JadeOptions> jadeOptions = java.util.function.UnaryOperator.identity();

    /**
     * Seam for tests (not a user option): makes the negotiation service, whose agents fill the run's world cache
     * (which the evaluation reads); the equivalence test puts the in-process driver here.
     */
    static java.util.function.BiFunction<WorldCache, JadeOptions, NegotiationService> services = JadeNegotiationService::new;

    @Override
    public Integer call() throws ConfigException, IOException, InterruptedException, OutputDirectoryException {
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        // Ctrl-C while the config is read and the directory checked: say so (execute has its own hook)
        Thread early = new Thread(() -> {
            stderr.println("entente: interrupted before any run started");
            stderr.flush();
        }, "entente-interrupt-early");
        Runtime.getRuntime().addShutdownHook(early);
        try {
            return prepare(stdout, stderr, early);
        } finally {
            ShutdownHooks.remove(early);
        }
    }

    private Integer prepare(PrintWriter stdout, PrintWriter stderr, Thread early)
            throws ConfigException, IOException, InterruptedException, OutputDirectoryException {
        selection.check();
        threads.check();
        SecondsOption.check("--run-timeout", runTimeout);
        if (resume && out == null) throw new Main.UserError("--resume needs --out DIR (the directory to continue)");
        if (gui && java.awt.GraphicsEnvironment.isHeadless()) {
            throw new Main.UserError("--gui needs a graphical display and none is available (DISPLAY is not set);"
                    + " run on a desktop, with ssh -X, or under Xvfb (xvfb-run ./entente run ... --gui)");
        }
        Shard sh;
        try {
            sh = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        file.check();
        boolean workers = door.check();

        List<ChartFormat> chartFormats = formats.parsed();
        Config config = overridden(file.load());
        RunPlan plan;
        try {
            plan = RunPlan.of(config, sh);
            for (DesignPoint p : plan.points()) {
                if (!p.assignments().isEmpty()) ParameterPaths.apply(config, p.assignments());
            }
        } catch (ParameterPaths.PathException | IllegalArgumentException e) {
            throw new Main.UserError(file.path + ": sweep: " + e.getMessage());
        }
        // a large run goes on in a JVM with the optimizing compiler, before anything is written or started here
        // (the other JVM says what an interruption stopped)
        java.util.OptionalInt handedOver = CompilerHandoff.ifLarge(plan.size(), () -> ShutdownHooks.remove(early));
        if (handedOver.isPresent()) return handedOver.getAsInt();
        String name = config.experiment().name();
        Path dir = out != null ? out : StampedDirectory.under(name == null || name.isBlank() ? "experiment" : name);

        RunDirectory results;
        try {
            results = RunDirectory.open(plan, dir, resume, force.force, threads.threads, argv(), Instant.now());
        } catch (IOException e) {
            throw new Main.UserError("cannot write results to " + dir + ": " + ErrorLine.reason(e));
        }
        try (results) {
            if (results.lockUnavailable() != null) stderr.println(ErrorLine.warning(results.lockUnavailable()));
            String large = OutputEstimate.of(plan).warning(config.experiment().outputs());
            if (large != null && results.next() == 0) stderr.println("entente: " + large);
            jadeLog.apply();
            boolean drawn = noCharts.drawn(config.experiment().outputs() == null || config.experiment().outputs().charts());
            if (!ShutdownHooks.remove(early)) return Main.INTERRUPTED;
            if (chartFormats == null) chartFormats = ChartFormat.parse(String.join(",",
                    config.experiment().outputs() == null ? List.of() : config.experiment().outputs().formats()));
            String configText = workers ? file.text() : null;
            return execute(plan, results, drawn ? chartFormats : null, configText, stdout, stderr);
        }
    }

    /**
     * {@code charts}: the chart formats, or null for no charts and no report; {@code configText}: what
     * joining workers are sent, or null when none may join.
     */
    private int execute(RunPlan plan, RunDirectory results, List<ChartFormat> charts, String configText,
                        PrintWriter stdout, PrintWriter stderr) throws IOException, InterruptedException {
        JadeOptions d = JadeOptions.defaults();
        // one cache of run worlds: a run's world is built once for its agents and its evaluation
        WorldCache worlds = WorldCache.shared(plan.config());
        Evaluator evaluator = new Evaluator(worlds);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<ExperimentRunner> running = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean exiting = new java.util.concurrent.atomic.AtomicBoolean();
        Thread hook = new Thread(() -> {
            Probe.reached("interrupt");
            exiting.set(true);
            ExperimentRunner r = running.get();
            if (r == null) {
                // still starting (e.g. JADE): nothing is in flight; what was created is resumable
                stderr.println("entente: interrupted while starting; continue with: " + resumeCommand(results.dir()));
                stderr.flush();
                return;
            }
            r.stop();
            try {
                done.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "entente-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        AtomicReference<RunRecord> only = new AtomicReference<>();
        boolean transcript = plan.totalRuns() == 1 && plan.trace();
        RunSink<RunLines> sink = transcript ? results.peek(r -> {
            if (r.runId() == 0) only.set(r);
        }) : results;
        RunnerResult result;
        List<PointSummary> summary;
        ProgressBar bar = !quiet && System.console() != null ? new ProgressBar(stderr, System::nanoTime) : null;
        try {
            JadeOptions options = jadeOptions.apply(new JadeOptions(threads.threads, d.pipeline(), Duration.ofSeconds(runTimeout), gui, Map.of()));
            if (configText != null) door.listen();
            NegotiationService service = services.apply(worlds, options);
            try {
                if (configText != null) { // before the runner sizes its window
                    door.admit(service, file.path, configText, resumeCommand(results.dir()), stderr);
                }
            } catch (RuntimeException | InterruptedException e) {
                service.close();
                throw e;
            }
            ExperimentRunner runner = new ExperimentRunner(service, evaluator, ExperimentRunner.windowFor(service),
                    options.runTimeout().plusSeconds(5));
            running.set(runner);
            if (exiting.get()) runner.stop();
            try {
                result = runner.run(plan, results.next(), sink, bar != null ? bar : ProgressListener.NONE);
            } finally {
                if (bar != null) bar.finish();
                try {
                    service.close();
                } catch (RuntimeException e) {
                    // on Ctrl-C the platform may already be shutting down under us; the results are safe
                    if (!runner.stopped()) throw e;
                }
            }
            try {
                summary = results.finish(result, Instant.now());
            } catch (DamagedFileException e) {
                throw new Main.Failure("cannot make summary.csv in " + results.dir() + ": " + e.getMessage());
            } catch (IOException e) {
                throw new Main.Failure("cannot write results to " + results.dir() + ": " + ErrorLine.reason(e));
            }
            if (exiting.get() && result.interrupted()) {
                // the JVM ends as soon as the hook returns, so say it now rather than through Main
                stderr.println("entente: interrupted; " + results.written() + " of " + plan.size() + " runs written to "
                        + results.dir() + "; continue with: " + resumeCommand(results.dir()));
                stderr.flush();
            }
        } finally {
            done.countDown();
            ShutdownHooks.remove(hook); // false: the JVM is already exiting (Ctrl-C), the hook is running
        }
        Path dir = results.dir();
        if (result.error() != null) {
            throw new Main.Failure("cannot write results to " + dir + ": " + ErrorLine.reason(result.error()));
        }
        if (result.interrupted() && exiting.get()) return Main.INTERRUPTED;
        if (result.interrupted()) {
            throw new Main.Interrupted(results.written() + " of " + plan.size() + " runs written to " + dir
                    + "; continue with: " + resumeCommand(dir));
        }
        RunRecord first = only.get();
        if (first != null) {
            stdout.print(Transcript.format(evaluator.world(first.request().assignments(), first.request().seed()),
                    first.outcome()));
            stdout.println();
        }
        boolean tournament = plan.config().experiment().tournament() != null;
        stdout.print(tournament ? TournamentText.format(dir) : SummaryText.format(results.layout(), summary));
        stdout.flush();
        int code = Main.OK;
        boolean report = false;
        if (charts != null) {
            report = ReportStep.render(dir, charts, stderr);
            if (!report) code = Main.FAILED;
        }
        stdout.println("Results written to " + dir + (tournament ? " (the ranking: tournament.csv; each pairing: "
                + "summary.csv)" : ""));
        if (report) stdout.println(ReportStep.where(dir));
        stdout.flush();
        if (results.failed() > 0) {
            stderr.println("entente: " + results.failed() + " of " + results.written() + " runs failed (status failed in runs.csv); first:");
            for (String f : results.failures()) stderr.println("  " + ErrorLine.shorten(f, ErrorLine.MAX - 2));
            code = Main.FAILED;
        }
        if (gui && System.console() != null) {
            stdout.println("JADE's GUI tools are open: look around, then press Enter here to close them and exit.");
            stdout.flush();
            System.console().readLine();
        }
        return code;
    }

    /** The command that continues this run in {@code dir}: the same arguments (--runs, --seed, --shard, ...) and --resume. */
    private String resumeCommand(Path dir) {
        List<String> words = new ArrayList<>(List.of("./entente"));
        boolean hasOut = false;
        for (String a : args()) {
            if (a.equals("--resume") || a.equals("--force")) continue;
            hasOut |= a.equals("--out") || a.startsWith("--out=");
            words.add(JobScripts.quote(a));
        }
        if (!hasOut) words.addAll(List.of("--out", JobScripts.quote(dir.toString())));
        words.add("--resume");
        return String.join(" ", words);
    }

    private Config overridden(Config c) {
        return c.withExperiment(trace.applyTo(selection.applyTo(c.experiment())));
    }
}
