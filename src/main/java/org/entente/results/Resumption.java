package org.entente.results;

import org.entente.experiment.RunPlan;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an interrupted results directory left off. runs.csv is the commit log: its last complete
 * line is the last run written, and years.csv / rounds.csv are cut back to the rows of runs up to
 * that one (they are written first, so after a kill -9 they may hold rows of later runs). Every row
 * kept is checked first ({@link CheckedRows}: columns, cells, run_ids in the plan's order); only a
 * last line cut short is cut off without a word. Anything else is refused, with the line, what is
 * wrong and how to recover, before any file is touched.
 *
 * @param next    sequence number of the plan's first run still to do
 * @param failed  failed runs among those kept
 */
public record Resumption(long next, long failed) {

    /** Where one file is cut: after {@code keep} bytes, or (keep -1) back to its header alone. */
    private record Cut(Path file, String header, long keep) {
    }

    /** Checks the directory's CSV files against the plan and cuts them back to its last complete run. */
    public static Resumption prepare(Path dir, RunPlan plan, Layout layout) throws IOException {
        Path runs = dir.resolve(ResultsDirectory.RUNS);
        Schema<?> schema = RunsColumns.schema(layout);
        int statusCol = schema.index(RunsColumns.STATUS);
        List<Cut> cuts = new ArrayList<>();
        long kept = 0, failed = 0;
        if (Files.exists(runs)) {
            try (CheckedRows rows = CheckedRows.open(runs, schema, true)) {
                CheckedRows.Row r;
                while ((r = rows.next()) != null) {
                    if (kept >= plan.size() || r.runId() != plan.runId(kept)) {
                        throw new DamagedFileException(runs, r.line(), "run_id " + r.runId() + " where "
                                + (kept < plan.size() ? "run_id " + plan.runId(kept) : "no more runs") + " belongs");
                    }
                    String why = notOfPlan(plan, schema, r);
                    if (why != null) throw new DamagedFileException(runs, r.line(), why);
                    if (RunsColumns.FAILED.equals(r.cells().get(statusCol))) failed++;
                    kept++;
                }
                cuts.add(new Cut(runs, schema.header(), rows.headed() ? rows.end() : -1));
            } catch (DamagedFileException e) {
                throw e.advising(recovery(e.line() - 2));
            }
        }
        long lastRun = kept == 0 ? -1 : plan.runId(kept - 1);
        cuts.add(cutAfter(dir.resolve(ResultsDirectory.YEARS), YearsColumns.schema(), plan, kept, lastRun));
        if (plan.trace()) cuts.add(cutAfter(dir.resolve(ResultsDirectory.ROUNDS), RoundsColumns.schema(layout), plan, kept, lastRun));
        for (Cut c : cuts) if (c != null) apply(c);
        return new Resumption(kept, failed);
    }

    /**
     * Checks the rows of the runs kept (the first {@code kept} of the plan, the last being lastRun) and
     * says where the file is cut: after them. Null when there is nothing to do.
     */
    private static Cut cutAfter(Path file, Schema<?> schema, RunPlan plan, long kept, long lastRun) throws IOException {
        if (!Files.exists(file)) {
            if (kept > 0) throw new IOException(file.getFileName() + " is missing; " + recovery(0));
            return null;
        }
        long k = 0;
        try (CheckedRows rows = CheckedRows.open(file, schema, false)) {
            if (!rows.headed()) {
                if (kept > 0) throw new DamagedFileException(file, 1, "the header is missing or cut short");
                return new Cut(file, schema.header(), -1);
            }
            CheckedRows.Row r;
            while ((r = rows.next(lastRun)) != null) {
                while (k < kept && plan.runId(k) < r.runId()) k++;
                if (k >= kept || plan.runId(k) != r.runId()) {
                    throw new DamagedFileException(file, r.line(), "run_id " + r.runId() + " is not a run of this experiment"
                            + (plan.shard().isAll() ? "" : "'s shard " + plan.shard()));
                }
            }
            return new Cut(file, schema.header(), rows.end());
        } catch (DamagedFileException e) {
            // the damaged row belongs to the run of the last good row or a later one
            throw e.advising(recovery(k));
        }
    }

    /** Why a runs.csv row's point, replicate or seed is not what the plan gives its run_id; null when they are. */
    static String notOfPlan(RunPlan plan, Schema<?> schema, CheckedRows.Row r) {
        long id = r.runId();
        String[][] expected = {{RunsColumns.POINT, Integer.toString(plan.pointOf(id))},
            {RunsColumns.REPLICATE, Integer.toString(plan.replicateOf(id))}, {RunsColumns.SEED, Long.toString(plan.seedOf(id))}};
        for (String[] e : expected) {
            String cell = r.cells().get(schema.index(e[0]));
            if (!cell.equals(e[1])) {
                return e[0] + " is " + CheckedRows.quote(cell) + " where run " + id + " of this experiment has " + e[1];
            }
        }
        return null;
    }

    /** How to recover from damage that concerns the runs from the {@code keep}-th of the plan on. */
    static String recovery(long keep) {
        if (keep <= 0) return "start over with --force (or use another --out)";
        return "to keep the first " + (keep == 1 ? "run" : keep + " runs") + ", delete runs.csv's lines from " + (keep + 2) + " on (head -n "
                + (keep + 1) + ") and --resume again; or start over with --force";
    }

    private static void apply(Cut c) throws IOException {
        if (c.keep() < 0) {
            Files.writeString(c.file(), c.header(), StandardCharsets.UTF_8);
            return;
        }
        try (FileChannel ch = FileChannel.open(c.file(), StandardOpenOption.WRITE)) {
            if (ch.size() > c.keep()) ch.truncate(c.keep());
        }
    }
}
