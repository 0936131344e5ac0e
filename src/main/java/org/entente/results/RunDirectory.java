package org.entente.results;

import org.entente.evaluation.FrontierPoint;
import org.entente.evaluation.PointSummaries;
import org.entente.evaluation.PointSummary;
import org.entente.evaluation.RunRecord;
import org.entente.experiment.DesignPoint;
import org.entente.experiment.RunPlan;
import org.entente.experiment.RunSink;
import org.entente.experiment.SensitivityAnalysis;
import org.entente.experiment.RunnerResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A results directory being filled by one invocation of {@code run}: its lifecycle and the sink of
 * its runs. Checks that it may be written (empty, {@code --force}, or a resumable run of the same
 * experiment) before anything is created, locks it against a second writer ({@link DirectoryLock},
 * held until {@link #close}), writes the manifest and frontier.csv at the start, takes the runs in
 * run_id order, and finishes with summary.csv and the final manifest.
 */
public final class RunDirectory implements RunSink<RunLines>, AutoCloseable {
    /** How many failure messages are kept to tell the user. */
    public static final int FAILURES_SHOWN = 5;

    private final Path dir;
    private final RunPlan plan;
    private final Resumption resumed;
    private final Layout layout;
    private final RunEncoder encoder;
    private final long next;
    private final List<String> failures = new ArrayList<>();
    private DirectoryLock lock;
    private Manifest manifest;
    private ResultsWriter writer;
    private YearsAccumulator years;
    private long failed;
    private long written;

    /** @param resumed where a resumed directory left off; null for a fresh one */
    private RunDirectory(Path dir, RunPlan plan, Manifest manifest, long next, long failed, Resumption resumed) {
        this.dir = dir;
        this.plan = plan;
        this.layout = Layout.of(plan);
        this.encoder = new RunEncoder(layout, plan.trace(), plan.config().experiment().outputs().years());
        this.resumed = resumed;
        this.manifest = manifest;
        this.next = next;
        this.failed = failed;
        this.written = next;
    }

    /**
     * Checks {@code dir}, locks it and prepares it: refuses a non-empty directory unless {@code resume}
     * (of the same experiment) or {@code force}, and a directory another process is writing. A
     * directory that is not Entente's is refused untouched.
     */
    public static RunDirectory open(RunPlan plan, Path dir, boolean resume, boolean force,
                                    int threads, List<String> command, Instant now)
            throws IOException, OutputDirectoryException {
        OutputDirectoryRule.requireDirectory(dir);
        if (!force && !ResultsDirectory.isEmpty(dir) && !Files.exists(dir.resolve(DirectoryLock.FILE))) {
            // not Entente's (or not yet): refused before a lock file is put there
            if (!resume) throw notEmpty(dir);
            if (!Files.exists(dir.resolve(ResultsDirectory.MANIFEST))) throw noManifest(dir);
        }
        Files.createDirectories(dir);
        DirectoryLock lock = DirectoryLock.take(dir, "run");
        try {
            RunDirectory d = prepare(plan, dir, resume, force, threads, command, now);
            d.lock = lock;
            return d;
        } catch (IOException | OutputDirectoryException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static OutputDirectoryException notEmpty(Path dir) {
        return OutputDirectoryRule.notEmpty(dir, "--resume to continue a run there", OutputDirectoryRule.FORCE);
    }

    private static OutputDirectoryException noManifest(Path dir) {
        return new OutputDirectoryException("cannot resume " + dir + ": it has no manifest.json, so it is not the "
                + "results of an entente run; use another --out, or --force to write into it anyway");
    }

    /** The checks and the start, under the lock. */
    private static RunDirectory prepare(RunPlan plan, Path dir, boolean resume, boolean force,
                                        int threads, List<String> command, Instant now)
            throws IOException, OutputDirectoryException {
        ResultsDirectory.removeLeftovers(dir);
        boolean empty = ResultsDirectory.isEmpty(dir);
        Manifest fresh = manifest(plan, threads, command, now);
        if (!empty && resume && !force && !Files.exists(dir.resolve(ResultsDirectory.MANIFEST))) throw noManifest(dir);
        if (!empty && resume && Files.exists(dir.resolve(ResultsDirectory.MANIFEST))) {
            Manifest old;
            try {
                old = Manifest.read(dir);
            } catch (IOException e) {
                throw new OutputDirectoryException("cannot resume " + dir + ": " + e.getMessage());
            }
            String why = mismatch(old, fresh);
            if (why != null) {
                if (!force) {
                    throw new OutputDirectoryException("cannot resume " + dir + ": " + why
                            + "; use another --out, or --force to start it over");
                }
            } else {
                Resumption r;
                try {
                    r = Resumption.prepare(dir, plan, Layout.of(plan));
                } catch (IOException e) {
                    throw new OutputDirectoryException("cannot resume " + dir + ": " + e.getMessage());
                }
                Manifest m = old.withRun(command, threads, Manifest.RUNNING);
                RunDirectory d = new RunDirectory(dir, plan, m, r.next(), r.failed(), r);
                d.start(false);
                return d;
            }
        } else if (!empty && !force) {
            throw notEmpty(dir);
        }
        RunDirectory d = new RunDirectory(dir, plan, fresh, 0, 0, null);
        d.start(true);
        return d;
    }

    /** Why an existing manifest is not a run of this plan, or null when it is. */
    static String mismatch(Manifest old, Manifest now) {
        if (!old.configSha256().equals(now.configSha256())) return "it holds results of a different config file (sha256 differs)";
        if (old.seed() != now.seed()) return "it was run with seed " + old.seed() + ", not " + now.seed();
        if (old.runs() != now.runs()) return "it was run with --runs " + old.runs() + ", not " + now.runs();
        if (!java.util.Objects.equals(old.shard(), now.shard())) {
            return "it was run as shard " + (old.shard() == null ? "(none)" : old.shard()) + ", not "
                    + (now.shard() == null ? "(none)" : now.shard());
        }
        if (old.trace() != now.trace()) return "it was run " + (old.trace() ? "with" : "without") + " --trace";
        return null;
    }

    static Manifest manifest(RunPlan plan, int threads, List<String> command, Instant now) {
        var c = plan.config();
        var sweep = c.experiment().sweep();
        return new Manifest(version(), Manifest.RUNNING, c.file() != null ? c.file().toAbsolutePath().toString() : null,
                c.sha256(), Manifest.configJson(c), c.experiment().name(), plan.masterSeed(), plan.runsPerPoint(),
                c.experiment().tournament() != null ? "tournament" : sweep == null || sweep.parameters().isEmpty() ? "none"
                        : sweep.design().id(), plan.points().size(),
                plan.size(), plan.totalRuns(), 0, 0, iso(now), "", System.getProperty("java.version"), "4.3", command,
                plan.shard().isAll() ? null : plan.shard().toString(), threads, plan.trace(), plan.points());
    }

    static String version() {
        String v = RunDirectory.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0";
    }

    static String iso(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private void start(boolean fresh) throws IOException {
        Files.createDirectories(dir);
        manifest = manifest.withEnd(Manifest.RUNNING, next, failed, "");
        manifest.write(dir);
        List<FrontierPoint> frontier = FrontierPoint.of(plan.config().scenario());
        boolean compress = plan.config().experiment().outputs().compress();
        ResultsFiles.writeWhole(dir, ResultsDirectory.FRONTIER, compress, FrontierColumns.schema(layout).table(frontier));
        years = new YearsAccumulator(dir, layout.parties(), resumed != null ? resumed.open() : null, next, plan.size(), fresh);
        writer = new ResultsWriter(dir, encoder, years, compress, fresh, next, resumed != null ? resumed.carried() : Map.of());
    }

    public Path dir() {
        return dir;
    }

    /** Null when the directory is locked against other writers; else why it could not be. */
    public String lockUnavailable() {
        return lock == null ? null : lock.unavailable();
    }

    /** The columns' layout of this directory's files. */
    public Layout layout() {
        return layout;
    }

    /** Sequence number of the first run this invocation must do (0 unless resumed). */
    public long next() {
        return next;
    }

    @Override
    public RunLines encode(RunRecord record) {
        return encoder.encode(record);
    }

    /** Writes one run (called in run_id order). */
    @Override
    public void write(RunLines r) throws IOException {
        writer.write(r);
        written++;
        if (r.failed()) {
            failed++;
            if (failures.size() < FAILURES_SHOWN) failures.add("run " + r.runId() + ": " + r.error().replaceAll("\\s*\\R\\s*", " "));
        }
    }

    public long failed() {
        return failed;
    }

    public long written() {
        return written;
    }

    /** The first few failures of this invocation, as "run N: reason". */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /**
     * Closes the files, writes summary.csv and years_summary.csv from them and rewrites the manifest with the final status;
     * returns the summary rows.
     */
    public List<PointSummary> finish(RunnerResult result, Instant now) throws IOException {
        writer.close();
        boolean compress = plan.config().experiment().outputs().compress();
        List<PointSummary> summary = aggregate(dir, plan);
        YearsSummaryFile.write(dir, layout.parties(), years.open(), compress);
        String status = result.error() != null ? Manifest.FAILED
                : written < plan.size() ? Manifest.INTERRUPTED : Manifest.COMPLETE;
        manifest = manifest.withEnd(status, written, failed, iso(now));
        manifest.write(dir);
        return summary;
    }

    /**
     * Writes the files aggregated from a directory's runs: summary.csv, sensitivity.csv for a
     * sensitivity design and tournament.csv for a tournament; returns the summary rows.
     */
    static List<PointSummary> aggregate(Path dir, RunPlan plan) throws IOException {
        PointSummaries summaries = new PointSummaries(plan.points().stream().map(DesignPoint::assignments).toList(),
                plan.config().scenario().parties().size());
        boolean compress = plan.config().experiment().outputs().compress();
        List<PointSummary> rows = SummaryFile.rewrite(dir, Layout.of(plan), summaries, compress);
        if (plan.config().experiment().tournament() != null) TournamentFile.rewrite(dir);
        Optional<SensitivityAnalysis> sensitivity = SensitivityAnalysis.of(plan);
        if (sensitivity.isPresent()) SensitivityFile.rewrite(dir, sensitivity.get());
        return rows;
    }

    /** Closes the files (flushing what they hold, unless {@link #finish} did) and releases the directory. */
    @Override
    public void close() throws IOException {
        try {
            if (writer != null) writer.close();
        } finally {
            if (lock != null) lock.close();
        }
    }
}
