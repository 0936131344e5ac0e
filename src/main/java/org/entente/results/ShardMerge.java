package org.entente.results;

import org.entente.evaluation.PointSummary;
import org.entente.experiment.RunPlan;
import org.entente.experiment.Shard;
import org.entente.model.YearsOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges the directories of shards 1/N … N/N of one experiment into one results directory whose
 * CSV files are byte-identical to a single-machine run: rows are interleaved by run_id (run r
 * comes from shard r % N + 1), every run must appear exactly once, every row is checked as it is
 * read ({@link CheckedRows}), summary.csv is recomputed from the merged runs, and years_summary.csv
 * from the shards' years accumulators added point by point ({@link YearsSummaryFile#merge}). The output is
 * locked while it is written; a merge that fails leaves it as it found it.
 */
public final class ShardMerge {
    private ShardMerge() {
    }

    /** A shard's results directory and its manifest. */
    public record ShardDirectory(Path dir, Manifest manifest) {
    }

    /** Reads and checks the shards' manifests; returns the shards ordered by shard index. */
    public static List<ShardDirectory> check(List<Path> shards) throws OutputDirectoryException {
        if (shards.isEmpty()) throw new OutputDirectoryException("no shard directories given");
        List<Manifest> ms = new ArrayList<>();
        for (Path d : shards) {
            Manifest m;
            try {
                m = Manifest.read(d);
            } catch (IOException e) {
                throw new OutputDirectoryException("cannot merge " + d + ": " + e.getMessage());
            }
            if (!Manifest.COMPLETE.equals(m.status())) {
                throw new OutputDirectoryException("cannot merge " + d + ": its run is " + m.status()
                        + ", not complete; finish it with ./entente run FILE --out " + d + " --resume"
                        + (m.shard() != null ? " --shard " + m.shard() : ""));
            }
            ms.add(m);
        }
        Manifest first = ms.get(0);
        int n = shardCount(first);
        boolean[] seen = new boolean[n];
        for (int i = 0; i < ms.size(); i++) {
            Manifest m = ms.get(i);
            Path d = shards.get(i);
            String why = RunDirectory.mismatch(first, withShard(m, first.shard()));
            if (why != null) throw new OutputDirectoryException("cannot merge " + d + " with " + shards.get(0) + ": " + why);
            if (shardCount(m) != n) {
                throw new OutputDirectoryException("cannot merge " + d + " (shard " + m.shard() + ") with "
                        + shards.get(0) + " (shard " + first.shard() + "): different numbers of shards");
            }
            int k = shardIndex(m);
            if (seen[k - 1]) throw new OutputDirectoryException("shard " + k + "/" + n + " is given twice (" + d + ")");
            seen[k - 1] = true;
        }
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < n; k++) if (!seen[k]) missing.add(k + 1);
        if (!missing.isEmpty()) {
            throw new OutputDirectoryException("shards missing: " + missing.stream().map(k -> k + "/" + n).toList()
                    + "; every shard 1/" + n + " … " + n + "/" + n + " must be given");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt(i -> shardIndex(ms.get(i))));
        List<ShardDirectory> sorted = new ArrayList<>();
        for (int i : order) sorted.add(new ShardDirectory(shards.get(i), ms.get(i)));
        return sorted;
    }

    private static Manifest withShard(Manifest m, String shard) {
        return new Manifest(m.version(), m.status(), m.configFile(), m.configSha256(), m.config(), m.experiment(),
                m.seed(), m.runs(), m.design(), m.points(), m.runsTotal(), m.runsExperiment(), m.runsDone(),
                m.runsFailed(), m.started(), m.finished(), m.java(), m.jade(), m.command(), shard, m.threads(),
                m.trace(), m.designPoints());
    }

    static int shardCount(Manifest m) {
        return m.shard() == null ? 1 : Integer.parseInt(m.shard().split("/")[1]);
    }

    static int shardIndex(Manifest m) {
        return m.shard() == null ? 1 : Integer.parseInt(m.shard().split("/")[0]);
    }

    /**
     * A merged directory, locked until closed (so that its charts are drawn under the same lock): its
     * summary rows and its lock.
     */
    public record Merged(List<PointSummary> summary, DirectoryLock lock) implements AutoCloseable {
        /** Null when the directory is locked; else why it could not be. */
        public String lockUnavailable() {
            return lock.unavailable();
        }

        @Override
        public void close() throws IOException {
            lock.close();
        }
    }

    /** The files a merge writes, manifest.json last. */
    private static final List<String> WRITTEN = List.of(ResultsDirectory.RUNS, ResultsDirectory.YEARS,
            ResultsDirectory.ROUNDS, ResultsDirectory.FRONTIER, ResultsDirectory.DANCE, ResultsDirectory.SUMMARY,
            ResultsDirectory.SENSITIVITY, ResultsDirectory.YEARS_STATE, ResultsDirectory.YEARS_SUMMARY,
            ResultsDirectory.MANIFEST).stream().flatMap(n -> java.util.stream.Stream.of(n, n + ResultsFiles.GZIP)).toList();

    /**
     * Merges {@code shards} (as {@link #check} returns them) into {@code out}, which must be empty or
     * absent; {@code plan} is the whole experiment's plan.
     * The directory stays locked until the result is closed.
     */
    public static Merged merge(List<ShardDirectory> checked, RunPlan plan, Path out,
                               List<String> command, Instant now) throws IOException, OutputDirectoryException {
        OutputDirectoryRule.requireNewOrEmpty(out);
        boolean created = !Files.exists(out);
        Files.createDirectories(out);
        DirectoryLock lock = DirectoryLock.take(out, "merge");
        boolean done = false;
        try {
            ResultsDirectory.removeLeftovers(out);
            OutputDirectoryRule.requireNewOrEmpty(out);
            List<PointSummary> summary;
            try {
                summary = write(checked, plan, out, command, now);
            } catch (DamagedFileException e) {
                throw new OutputDirectoryException("cannot merge " + e.file().getParent() + ": " + e.getMessage());
            }
            done = true;
            return new Merged(summary, lock);
        } finally {
            if (!done) {
                for (String name : WRITTEN) Files.deleteIfExists(out.resolve(name));
                ResultsDirectory.removeLeftovers(out);
                lock.close();
            }
            if (!done && created) {
                Files.deleteIfExists(out.resolve(DirectoryLock.FILE));
                Files.deleteIfExists(out);
            }
        }
    }

    private static List<PointSummary> write(List<ShardDirectory> checked, RunPlan plan, Path out,
                                            List<String> command, Instant now) throws IOException, OutputDirectoryException {
        List<Path> shards = checked.stream().map(ShardDirectory::dir).toList();
        List<Manifest> manifests = checked.stream().map(ShardDirectory::manifest).toList();
        Layout layout = Layout.of(plan);
        boolean compress = plan.config().experiment().outputs().compress();
        interleave(shards, out, ResultsDirectory.RUNS, RunsColumns.schema(layout), plan, compress);
        if (plan.config().experiment().outputs().years() != YearsOutput.NONE) {
            interleave(shards, out, ResultsDirectory.YEARS, YearsColumns.schema(), plan, compress);
        }
        if (plan.trace()) interleave(shards, out, ResultsDirectory.ROUNDS, RoundsColumns.schema(layout), plan, compress);
        copy(shards.get(0), out, ResultsDirectory.FRONTIER);
        if (plan.totalRuns() > 0) copy(shards.get(0), out, ResultsDirectory.DANCE);
        List<PointSummary> summary = RunDirectory.aggregate(out, plan);
        for (Path s : shards) if (!Files.exists(s.resolve(ResultsDirectory.YEARS_STATE))) throw missing(s, ResultsDirectory.YEARS_STATE);
        YearsSummaryFile.merge(shards, out, layout.parties(), plan.points().size(), plan.runsPerPoint(), compress);
        long failed = 0;
        String started = manifests.get(0).started();
        for (Manifest m : manifests) {
            failed += m.runsFailed();
            if (m.started().compareTo(started) < 0) started = m.started();
        }
        Manifest first = manifests.get(0);
        long total = plan.totalRuns();
        Manifest merged = new Manifest(first.version(), Manifest.COMPLETE, first.configFile(), first.configSha256(),
                first.config(), first.experiment(), first.seed(), first.runs(), first.design(), first.points(), total,
                total, total, failed, started, RunDirectory.iso(now), System.getProperty("java.version"), "4.3",
                command, null, first.threads(), first.trace(), first.designPoints());
        merged.write(out);
        return summary;
    }

    private static void copy(Path from, Path to, String name) throws IOException, OutputDirectoryException {
        Path f = ResultsFiles.existing(from, name);
        if (!Files.exists(f)) throw missing(from, name);
        AtomicFile.write(to.resolve(f.getFileName().toString()), out -> Files.copy(f, out));
    }

    /**
     * Writes {@code name} from the shards' files in run_id order: run r's rows from shard r % N,
     * copied as they stand, each checked on the way. Every run has exactly one row in runs.csv.
     * Compressed, the blocks of runs are those of a single machine ({@link BlockedOut}).
     */
    private static void interleave(List<Path> shards, Path out, String name, Schema<?> schema, RunPlan plan,
                                   boolean compress) throws IOException, OutputDirectoryException {
        boolean runsFile = name.equals(ResultsDirectory.RUNS);
        int n = shards.size();
        List<RowSource> sources = new ArrayList<>();
        try {
            for (int k = 1; k <= n; k++) {
                Path s = shards.get(k - 1);
                Path f = s.resolve(ResultsFiles.name(name, compress));
                if (!Files.exists(f)) throw missing(s, f.getFileName().toString());
                sources.add(new RowSource(f, schema, new Shard(k, n), runsFile ? plan : null));
            }
            AtomicFile.write(out.resolve(ResultsFiles.name(name, compress)), o -> {
                BlockedOut csv = new BlockedOut(o, compress, "");
                csv.header(schema.header());
                for (long r = 0; r < plan.totalRuns(); r++) {
                    RowSource src = sources.get((int) (r % n));
                    int rows = src.copyRun(r, csv);
                    if (runsFile && rows == 0) throw src.refuse("run " + r + " is missing");
                    if ((r + 1) % BlockedOut.BLOCK_RUNS == 0 || r + 1 == plan.totalRuns()) csv.drain(true);
                }
                for (RowSource src : sources) src.finish();
            });
        } finally {
            for (RowSource s : sources) s.close();
        }
    }

    private static OutputDirectoryException missing(Path shard, String name) {
        return new OutputDirectoryException("cannot merge " + shard + ": " + name + " is missing");
    }

    /** A shard's CSV file read one checked row ahead. */
    private static final class RowSource implements AutoCloseable {
        private final Schema<?> schema;
        private final Shard shard;
        private final RunPlan plan;
        private final CheckedRows in;
        private CheckedRows.Row ahead;
        private long lastId = -1;

        /** @param plan the whole plan, to check runs.csv rows against; null for years.csv and rounds.csv */
        RowSource(Path file, Schema<?> schema, Shard shard, RunPlan plan) throws IOException {
            this.schema = schema;
            this.shard = shard;
            this.plan = plan;
            try {
                in = CheckedRows.open(file, schema, plan != null);
            } catch (DamagedFileException e) {
                throw damaged(e);
            }
            if (!in.headed()) {
                in.close();
                throw damaged(new DamagedFileException(file, 1, "the header is missing or cut short"));
            }
            advance();
        }

        /** Copies the rows of run r (which this shard holds) to out; returns how many there were. */
        int copyRun(long r, BlockedOut out) throws IOException {
            int rows = 0;
            while (ahead != null && ahead.runId() == r) {
                out.append(ahead.text());
                out.append("\n");
                lastId = r;
                advance();
                rows++;
            }
            return rows;
        }

        /** Refuses rows left over: rows of runs that are not in this shard's order. */
        void finish() throws IOException {
            if (ahead != null) throw refuse("run " + ahead.runId() + " is not a run of this shard (or is out of its order)");
        }

        private void advance() throws IOException {
            try {
                ahead = in.next();
                if (ahead == null && in.cutShort()) {
                    throw in.damaged(null, "the last line is cut short");
                }
                if (ahead != null && ahead.runId() % shard.count() != shard.index() - 1) {
                    throw in.damaged(ahead, "run_id " + ahead.runId() + " is not a run of shard " + shard);
                }
                String why = ahead != null && plan != null ? Resumption.notOfPlan(plan, schema, ahead) : null;
                if (why != null) throw in.damaged(ahead, why);
            } catch (DamagedFileException e) {
                throw damaged(e);
            }
        }

        /** The damage with how to recover: the shard's runs from the one the damage concerns are redone. */
        private DamagedFileException damaged(DamagedFileException e) {
            long keep = lastId < 0 ? 0 : lastId / shard.count() + (plan != null ? 1 : 0);
            return e.advising("the shard must be finished again: " + Resumption.recovery(keep));
        }

        DamagedFileException refuse(String what) {
            return damaged(in.damaged(ahead, what));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
