package org.entente.results;

import org.entente.experiment.RunPlan;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Where an interrupted results directory left off. runs.csv is the commit log: its last complete
 * line (ending in {@code \n}, the right number of cells, the expected run_id) is the last run
 * written; anything after it is cut off, and years.csv / rounds.csv are cut back to the rows of
 * runs up to that one (a kill -9 may leave half a line in any of them).
 *
 * @param next    sequence number of the plan's first run still to do
 * @param failed  failed runs among those kept
 */
public record Resumption(long next, long failed) {

    /** Inspects and truncates the directory's CSV files; IOException with a clear message when they do not fit the plan. */
    public static Resumption prepare(Path dir, RunPlan plan, Layout layout) throws IOException {
        Path runs = dir.resolve(ResultsDirectory.RUNS);
        if (!Files.exists(runs)) return new Resumption(0, 0);
        Schema<?> schema = RunsColumns.schema(layout);
        String header = schema.header();
        int width = schema.width();
        int idCol = schema.index(RunsColumns.RUN_ID);
        int statusCol = schema.index(RunsColumns.STATUS);
        long kept = 0, failed = 0, keepBytes = -1;
        try (LineScanner s = new LineScanner(runs)) {
            String first = s.next();
            if (first == null || !s.complete()) {
                return new Resumption(0, 0);
            }
            if (!(first + "\n").equals(header)) {
                throw new IOException(runs + " has different columns from this experiment's runs.csv");
            }
            keepBytes = s.end();
            String line;
            while ((line = s.next()) != null) {
                if (!s.complete()) break;
                List<String> c = Csv.parse(line);
                if (c == null || c.size() != width) break;
                if (kept >= plan.size() || !c.get(idCol).equals(Long.toString(plan.runId(kept)))) {
                    throw new IOException(runs + " line " + (kept + 2) + ": run_id " + c.get(idCol) + " where "
                            + (kept < plan.size() ? plan.runId(kept) : "none") + " was expected");
                }
                if (RunsColumns.FAILED.equals(c.get(statusCol))) failed++;
                kept++;
                keepBytes = s.end();
            }
        }
        truncate(runs, keepBytes);
        long lastRun = kept == 0 ? -1 : plan.runId(kept - 1);
        cutAfter(dir.resolve(ResultsDirectory.YEARS), YearsColumns.schema(), lastRun);
        if (plan.trace()) cutAfter(dir.resolve(ResultsDirectory.ROUNDS), RoundsColumns.schema(layout), lastRun);
        return new Resumption(kept, failed);
    }

    /** Keeps the header and the complete rows whose run_id is at most lastRun. */
    private static void cutAfter(Path file, Schema<?> schema, long lastRun) throws IOException {
        String header = schema.header();
        int idCol = schema.index(RunsColumns.RUN_ID);
        if (!Files.exists(file)) {
            if (lastRun >= 0) throw new IOException(file + " is missing; the directory cannot be resumed");
            return;
        }
        long keep;
        try (LineScanner s = new LineScanner(file)) {
            String first = s.next();
            if (first == null || !s.complete() || !(first + "\n").equals(header)) {
                if (lastRun >= 0) throw new IOException(file + " has a damaged header; the directory cannot be resumed");
                keep = 0;
            } else {
                keep = s.end();
                String line;
                while ((line = s.next()) != null && s.complete()) {
                    List<String> c = Csv.parse(line);
                    if (c == null || c.size() != schema.width()) break;
                    long id;
                    try {
                        id = Long.parseLong(c.get(idCol));
                    } catch (NumberFormatException e) {
                        break;
                    }
                    if (id > lastRun) break;
                    keep = s.end();
                }
            }
        }
        if (keep == 0) Files.writeString(file, header, StandardCharsets.UTF_8);
        else truncate(file, keep);
    }

    private static void truncate(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (ch.size() > size) ch.truncate(size);
        }
    }

    /** Reads a file line by line, knowing each line's end offset and whether it ended in \n. */
    private static final class LineScanner implements AutoCloseable {
        private final InputStream in;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        private long offset;
        private boolean complete;

        LineScanner(Path file) throws IOException {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        }

        /** The next line without its \n, or null at the end of the file. */
        String next() throws IOException {
            buf.reset();
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b == '\n') {
                    complete = true;
                    return buf.toString(StandardCharsets.UTF_8);
                }
                buf.write(b);
            }
            complete = false;
            return buf.size() > 0 ? buf.toString(StandardCharsets.UTF_8) : null;
        }

        boolean complete() {
            return complete;
        }

        /** Offset just after the last line returned (including its \n). */
        long end() {
            return offset;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
