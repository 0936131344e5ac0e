package org.entente.results;

import org.entente.evaluation.Evaluator;
import org.entente.evaluation.PointSummary;
import org.entente.experiment.RunPlan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges the directories of shards 1/N … N/N of one experiment into one results directory whose
 * CSV files are byte-identical to a single-machine run: rows are interleaved by run_id (run r
 * comes from shard r % N + 1), every run must appear exactly once, and summary.csv is recomputed
 * from the merged runs.
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
     * Merges {@code shards} (as {@link #check} returns them) into {@code out}, which must be empty or
     * absent; {@code plan} is the whole experiment's plan, {@code evaluator} aggregates its runs.
     */
    public static List<PointSummary> merge(List<ShardDirectory> checked, RunPlan plan, Evaluator evaluator,
                                           Path out, List<String> command, Instant now)
            throws IOException, OutputDirectoryException {
        List<Path> shards = checked.stream().map(ShardDirectory::dir).toList();
        List<Manifest> manifests = checked.stream().map(ShardDirectory::manifest).toList();
        if (!ResultsDirectory.isEmpty(out)) {
            throw new OutputDirectoryException(out + " is not empty; merge into a new or empty --out directory");
        }
        Layout layout = Layout.of(plan);
        Files.createDirectories(out);
        long total = plan.totalRuns();
        interleave(shards, out, ResultsDirectory.RUNS, RunsColumns.schema(layout), total, true);
        interleave(shards, out, ResultsDirectory.YEARS, YearsColumns.schema(), total, false);
        if (plan.trace()) interleave(shards, out, ResultsDirectory.ROUNDS, RoundsColumns.schema(layout), total, false);
        copy(shards.get(0), out, ResultsDirectory.FRONTIER);
        if (total > 0) copy(shards.get(0), out, ResultsDirectory.DANCE);
        List<PointSummary> summary = RunDirectory.aggregate(out, plan, evaluator);
        long failed = 0;
        String started = manifests.get(0).started();
        for (Manifest m : manifests) {
            failed += m.runsFailed();
            if (m.started().compareTo(started) < 0) started = m.started();
        }
        Manifest first = manifests.get(0);
        Manifest merged = new Manifest(first.version(), Manifest.COMPLETE, first.configFile(), first.configSha256(),
                first.config(), first.experiment(), first.seed(), first.runs(), first.design(), first.points(), total,
                total, total, failed, started, RunDirectory.iso(now), System.getProperty("java.version"), "4.3",
                command, null, first.threads(), first.trace(), first.designPoints());
        merged.write(out);
        return summary;
    }

    private static void copy(Path from, Path to, String name) throws IOException {
        Path f = from.resolve(name);
        if (!Files.exists(f)) throw new IOException(f + " is missing");
        Files.copy(f, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes {@code name} from the shards' files in run_id order: run r's rows from shard r % N,
     * copied as they stand. With {@code oneRowPerRun} (runs.csv) every run must have exactly one row.
     */
    private static void interleave(List<Path> shards, Path out, String name, Schema<?> schema, long total,
                                   boolean oneRowPerRun) throws IOException {
        int n = shards.size();
        List<RowSource> sources = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8)) {
            for (Path s : shards) sources.add(new RowSource(s.resolve(name), schema));
            w.write(schema.header());
            for (long r = 0; r < total; r++) {
                RowSource src = sources.get((int) (r % n));
                int rows = 0;
                while (src.aheadId() == r) {
                    w.write(src.text());
                    w.write('\n');
                    src.advance();
                    rows++;
                }
                if (oneRowPerRun && rows != 1) {
                    throw new IOException(src.file + ": run " + r + " is " + (rows == 0 ? "missing" : "there " + rows + " times"));
                }
            }
            for (RowSource src : sources) {
                if (src.aheadId() != Long.MIN_VALUE) {
                    throw new IOException(src.file + ": unexpected row for run " + src.aheadId() + " (not in this shard's order)");
                }
            }
        } finally {
            for (RowSource s : sources) s.close();
        }
    }

    /** A shard's CSV file read one row ahead. */
    private static final class RowSource implements AutoCloseable {
        final Path file;
        private final CsvReader in;
        private final int idColumn;
        private long id;

        RowSource(Path file, Schema<?> schema) throws IOException {
            this.file = file;
            if (!Files.exists(file)) throw new IOException(file + " is missing");
            in = CsvReader.open(file);
            List<String> header = in.next();
            if (!schema.names().equals(header)) throw new IOException(file + " has different columns");
            idColumn = schema.index(RunsColumns.RUN_ID);
            advance();
        }

        void advance() throws IOException {
            List<String> cells = in.next();
            if (cells == null) {
                id = Long.MIN_VALUE;
                return;
            }
            try {
                id = Long.parseLong(cells.get(idColumn));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new IOException(file + ": a row without a run_id: " + in.text());
            }
        }

        long aheadId() {
            return id;
        }

        String text() {
            return in.text();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
