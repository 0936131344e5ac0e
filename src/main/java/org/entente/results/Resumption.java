package org.entente.results;

import org.entente.experiment.RunPlan;
import org.entente.model.YearsOutput;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Where an interrupted results directory left off. runs.csv is the commit log: its last complete
 * line is the last run written; the files are cut back to the last run at or before it that the
 * years accumulator's state covers (a closed design point or the open point's checkpoint, see
 * {@link YearsAccumulator}), years.csv / rounds.csv to the rows of runs up to that one (they are written first, so after a kill -9 they may hold rows of later runs). Every row
 * kept is checked first ({@link CheckedRows}: columns, cells, run_ids in the plan's order); only a
 * last line cut short is cut off without a word. Anything else is refused, with the line, what is
 * wrong and how to recover, before any file is touched.
 *
 * @param next    sequence number of the plan's first run still to do
 * @param failed  failed runs among those kept
 * @param open    the years accumulator's design point still open, restored, or null
 * @param carried per file name, the lines of the block of runs under way that were taken back from a
 *                compressed file (cut at the block's start, so the block is written whole again)
 */
public record Resumption(long next, long failed, PointYears open, Map<String, String> carried) {

    /**
     * Where one file is cut: after {@code keep} bytes of its text, or (keep -1) back to its header
     * alone. A compressed file is cut at a member's start ({@code keep}) and the text from there to
     * {@code carryEnd} is carried back to the writer; a plain one is cut at carryEnd.
     */
    private record Cut(String name, Path file, String header, long keep, long carryEnd) {
        Cut(String name, Path file, String header, long keep) {
            this(name, file, header, keep, keep);
        }
    }

    /**
     * A number of runs the years accumulator's state can be restored to: the state file cut after
     * {@code stateEnd} bytes, with {@code open} (or nothing) as the point still open.
     */
    private record Restorable(long runs, long stateEnd, PointYears open) {
    }

    /**
     * Checks the directory's CSV files against the plan and cuts them back to the last run the years
     * accumulator's state covers (its last checkpoint or closed point at or before runs.csv's last
     * complete run).
     */
    public static Resumption prepare(Path dir, RunPlan plan, Layout layout) throws IOException {
        boolean compress = plan.config().experiment().outputs().compress();
        List<Restorable> restorable = restorable(dir, layout);
        Path runs = dir.resolve(ResultsFiles.name(ResultsDirectory.RUNS, compress));
        Schema<?> schema = RunsColumns.schema(layout);
        int statusCol = schema.index(RunsColumns.STATUS);
        List<Cut> cuts = new ArrayList<>();
        long kept = 0, failed = 0;
        Restorable at = restorable.get(0);
        long failedAt = 0, runsEnd = -1;
        Map<Long, Long> blockEnds = new HashMap<>();
        if (Files.exists(runs)) {
            try (CheckedRows rows = CheckedRows.open(runs, schema, true)) {
                int candidate = 0;
                if (rows.headed()) runsEnd = rows.end();
                blockEnds.put(0L, runsEnd);
                CheckedRows.Row r;
                while ((r = rows.next()) != null) {
                    if (kept >= plan.size() || r.runId() != plan.runId(kept)) {
                        throw rows.damaged(r, "run_id " + r.runId() + " where "
                                + (kept < plan.size() ? "run_id " + plan.runId(kept) : "no more runs") + " belongs");
                    }
                    String why = notOfPlan(plan, schema, r);
                    if (why != null) throw rows.damaged(r, why);
                    if (RunsColumns.FAILED.equals(r.cells().get(statusCol))) failed++;
                    kept++;
                    if (kept % BlockedOut.BLOCK_RUNS == 0) blockEnds.put(kept, r.end());
                    while (candidate + 1 < restorable.size() && restorable.get(candidate + 1).runs() <= kept) {
                        candidate++;
                        if (restorable.get(candidate).runs() == kept) {
                            at = restorable.get(candidate);
                            failedAt = failed;
                            runsEnd = r.end();
                        }
                    }
                }
            } catch (DamagedFileException e) {
                throw e.advising(recovery(e.line() - 2));
            }
        }
        long blockStart = compress ? at.runs() / BlockedOut.BLOCK_RUNS * BlockedOut.BLOCK_RUNS : at.runs();
        if (Files.exists(runs)) {
            long keep = runsEnd < 0 ? -1 : compress ? blockEnds.get(blockStart) : runsEnd;
            cuts.add(new Cut(ResultsDirectory.RUNS, runs, schema.header(), keep, runsEnd));
        }
        long lastRun = kept == 0 ? -1 : plan.runId(kept - 1);
        long cutRun = at.runs() == 0 ? -1 : plan.runId(at.runs() - 1);
        long blockRun = blockStart == 0 ? -1 : plan.runId(blockStart - 1);
        if (plan.config().experiment().outputs().years() != YearsOutput.NONE) {
            cuts.add(cutAfter(ResultsDirectory.YEARS, dir.resolve(ResultsFiles.name(ResultsDirectory.YEARS, compress)),
                    YearsColumns.schema(), plan, kept, lastRun, cutRun, blockRun));
        }
        if (plan.trace()) {
            cuts.add(cutAfter(ResultsDirectory.ROUNDS, dir.resolve(ResultsFiles.name(ResultsDirectory.ROUNDS, compress)),
                    RoundsColumns.schema(layout), plan, kept, lastRun, cutRun, blockRun));
        }
        Path state = dir.resolve(ResultsDirectory.YEARS_STATE);
        if (Files.exists(state)) cuts.add(new Cut(ResultsDirectory.YEARS_STATE, state, "", at.stateEnd()));
        Map<String, String> carried = new HashMap<>();
        for (Cut c : cuts) if (c != null) carried.put(c.name(), apply(c));
        if (at.open() == null) Files.deleteIfExists(dir.resolve(ResultsDirectory.YEARS_OPEN));
        return new Resumption(at.runs(), failedAt, at.open(), Map.copyOf(carried));
    }

    /**
     * The run counts the years accumulator can be restored to, ascending: none, after each closed
     * point of the state file, and at the open point's checkpoint when it follows the last of them.
     */
    private static List<Restorable> restorable(Path dir, Layout layout) throws IOException {
        List<Restorable> out = new ArrayList<>();
        out.add(new Restorable(0, 0, null));
        int lastPoint = -1;
        try (YearsState.Reader blocks = new YearsState.Reader(dir.resolve(ResultsDirectory.YEARS_STATE), layout.parties())) {
            YearsState.Block b;
            while ((b = blocks.next()) != null) {
                out.add(new Restorable(b.runs(), b.end(), null));
                lastPoint = b.years().point();
            }
        }
        Path openFile = dir.resolve(ResultsDirectory.YEARS_OPEN);
        if (Files.exists(openFile)) {
            List<YearsState.Block> open = YearsState.readAll(openFile, layout.parties());
            Restorable last = out.get(out.size() - 1);
            if (open.size() == 1 && open.get(0).years().point() > lastPoint && open.get(0).runs() > last.runs()) {
                out.add(new Restorable(open.get(0).runs(), last.stateEnd(), open.get(0).years()));
            }
        }
        return out;
    }

    /**
     * Checks the rows of the runs runs.csv holds (the first {@code kept} of the plan, the last being
     * lastRun) and says where the file is cut: after the rows of runs up to {@code cutRun} (compressed:
     * at the end of blockRun's rows, carrying back those after them). Null when there is nothing to do.
     */
    private static Cut cutAfter(String name, Path file, Schema<?> schema, RunPlan plan, long kept, long lastRun, long cutRun,
                                long blockRun) throws IOException {
        if (!Files.exists(file)) {
            if (kept > 0) throw new IOException(file.getFileName() + " is missing; " + recovery(0));
            return null;
        }
        long k = 0;
        try (CheckedRows rows = CheckedRows.open(file, schema, false)) {
            if (!rows.headed()) {
                if (kept > 0) throw new DamagedFileException(file, 1, "the header is missing or cut short");
                return new Cut(name, file, schema.header(), -1);
            }
            long end = rows.end(), blockEnd = rows.end();
            CheckedRows.Row r;
            while ((r = rows.next(lastRun)) != null) {
                while (k < kept && plan.runId(k) < r.runId()) k++;
                if (k >= kept || plan.runId(k) != r.runId()) {
                    throw rows.damaged(r, "run_id " + r.runId() + " is not a run of this experiment"
                            + (plan.shard().isAll() ? "" : "'s shard " + plan.shard()));
                }
                if (r.runId() <= cutRun) end = r.end();
                if (r.runId() <= blockRun) blockEnd = r.end();
            }
            return new Cut(name, file, schema.header(), blockEnd, end);
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

    /** Cuts a file; returns the text carried back from a compressed one ("" for a plain one). */
    private static String apply(Cut c) throws IOException {
        boolean gzip = ResultsFiles.compressed(c.file());
        if (c.keep() < 0) {
            byte[] header = c.header().getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(c.file())) {
                if (gzip) GzipMembers.write(out, header, header.length);
                else out.write(header);
            }
            return "";
        }
        long cut = c.carryEnd();
        String carried = "";
        if (gzip) {
            ByteArrayOutputStream carry = new ByteArrayOutputStream();
            try (GzipMembers in = new GzipMembers(Files.newInputStream(c.file()))) {
                byte[] buf = new byte[1 << 16];
                long pos = 0;
                while (pos < c.carryEnd()) {
                    int n = in.read(buf, 0, (int) Math.min(buf.length, c.carryEnd() - pos));
                    if (n < 0) break;
                    int from = (int) Math.max(0, c.keep() - pos);
                    if (from < n) carry.write(buf, from, n - from);
                    pos += n;
                }
                cut = in.fileOffsetOf(c.keep());
            }
            carried = carry.toString(StandardCharsets.UTF_8);
        }
        try (FileChannel ch = FileChannel.open(c.file(), StandardOpenOption.WRITE)) {
            if (ch.size() > cut) ch.truncate(cut);
        }
        return carried;
    }
}
