package org.entente.results;

import org.entente.evaluation.FrontierPoint;
import org.entente.evaluation.PointSummaries;
import org.entente.evaluation.RunRecord;
import org.entente.experiment.Designs;
import org.entente.model.Config;
import org.entente.model.YearsOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A results directory written whole from the run records gathered so far, and rewritten as more
 * come in (a classroom's tables, which finish in any order and number): runs.csv, years.csv,
 * rounds.csv (dance.csv when run 0 is among them), summary.csv, years_summary.csv, frontier.csv and manifest.json, through
 * the same schemas as {@code run},
 * so {@code entente report} reads it like any results directory. Every file is replaced atomically,
 * and the directory is locked against other writers ({@link DirectoryLock}) until {@link #close}.
 * The caller checks that the directory may be written.
 */
public final class ResultsSnapshot implements AutoCloseable {
    private final Path dir;
    private final DirectoryLock lock;
    private final Config config;
    private final Layout layout;
    private final RunEncoder encoder;
    private final Manifest manifest;

    /**
     * Starts the directory: locks it for {@code entente classroom} (refused when another process
     * writes there), then the manifest (status running) and frontier.csv.
     */
    public ResultsSnapshot(Path dir, Config config, long seed, List<String> command, Instant now)
            throws IOException, OutputDirectoryException {
        this.dir = dir;
        Files.createDirectories(dir);
        this.lock = DirectoryLock.take(dir, "classroom");
        this.config = config;
        this.layout = new Layout(List.of(), config.scenario().issueIds(), config.scenario().partyIds());
        this.encoder = new RunEncoder(layout, true, YearsOutput.ALL);
        var points = Designs.points(config.experiment());
        this.manifest = new Manifest(RunDirectory.version(), Manifest.RUNNING,
                config.file() != null ? config.file().toAbsolutePath().toString() : null, config.sha256(),
                Manifest.configJson(config), config.experiment().name(), seed, 0, "none", points.size(), 0, 0, 0, 0,
                RunDirectory.iso(now), "", System.getProperty("java.version"), "4.3", command, null, 1, true, points);
        try {
            manifest.write(dir);
            AtomicFile.write(dir.resolve(ResultsDirectory.FRONTIER),
                    FrontierColumns.schema(layout).table(FrontierPoint.of(config.scenario())));
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Path dir() {
        return dir;
    }

    /** runs.csv's text for these records (header included), in the order given. */
    public String runsTable(List<RunRecord> records) {
        return RunsColumns.schema(layout).table(records);
    }

    /**
     * Rewrites the per-run files, summary.csv and the manifest from {@code records} (in run_id
     * order); {@code complete} marks the directory finished.
     */
    public void write(List<RunRecord> records, boolean complete, Instant now) throws IOException {
        StringBuilder runs = new StringBuilder(encoder.runs().header());
        StringBuilder years = new StringBuilder(encoder.yearsSchema().header());
        PointYears summary = new PointYears(0, layout.parties());
        StringBuilder rounds = new StringBuilder(encoder.rounds().header());
        long failed = 0;
        for (RunRecord r : records) {
            RunLines lines = encoder.encode(r);
            runs.append(lines.runsLine());
            years.append(lines.yearsLines());
            summary.add(r.years());
            rounds.append(lines.roundsLines());
            if (lines.danceLines() != null) AtomicFile.write(dir.resolve(ResultsDirectory.DANCE), encoder.rounds().header() + lines.danceLines());
            if (r.failed()) failed++;
        }
        AtomicFile.write(dir.resolve(ResultsDirectory.YEARS), years);
        AtomicFile.write(dir.resolve(ResultsDirectory.ROUNDS), rounds);
        AtomicFile.write(dir.resolve(ResultsDirectory.RUNS), runs);
        SummaryFile.rewrite(dir, layout, new PointSummaries(List.of(Map.of()), config.scenario().parties().size()), false);
        YearsSummaryFile.write(dir, layout.parties(), summary, false);
        int n = records.size();
        new Manifest(manifest.version(), complete ? Manifest.COMPLETE : Manifest.RUNNING, manifest.configFile(),
                manifest.configSha256(), manifest.config(), manifest.experiment(), manifest.seed(), n, manifest.design(),
                manifest.points(), n, n, n, failed, manifest.started(), complete ? RunDirectory.iso(now) : "",
                manifest.java(), manifest.jade(), manifest.command(), null, 1, true, manifest.designPoints()).write(dir);
    }

    /**
     * Removes the files the snapshot started the directory with (after {@link #close}; before any
     * {@link #write}), and the directory itself when nothing else is left in it.
     */
    public void discard() throws IOException {
        for (String f : List.of(ResultsDirectory.MANIFEST, ResultsDirectory.FRONTIER, DirectoryLock.FILE)) {
            Files.deleteIfExists(dir.resolve(f));
        }
        try (var left = Files.list(dir)) {
            if (left.findAny().isEmpty()) Files.delete(dir);
        }
    }

    /** Releases the directory to other writers. */
    @Override
    public void close() throws IOException {
        lock.close();
    }
}
