package org.entente.results;

import org.entente.outcome.YearRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Accumulates every run's implementation years for years_summary.csv while the runs are written,
 * whatever outputs.years keeps of them in years.csv. Runs come in run_id order, so design points
 * close one after another: a closed point's block is appended to years_summary.state when the
 * results files are flushed (after runs.csv, which stays the commit log), and the open point is
 * checkpointed to years_summary.open now and then; resume goes back to the last checkpoint or block.
 * Memory holds one point.
 */
final class YearsAccumulator implements AutoCloseable {
    /** At least this long between checkpoints of the open point (timing decides only how much a crash loses). */
    static final long CHECKPOINT_NANOS = 5_000_000_000L;

    private final Path dir;
    private final List<String> parties;
    private final long planned;
    private final OutputStream state;
    private final StringBuilder pending = new StringBuilder();
    private PointYears open;
    private long fed;
    private long lastCheckpoint = System.nanoTime();

    /**
     * @param open    the open point restored from a checkpoint, or null
     * @param fed     how many of the plan's runs the state holds already
     * @param planned how many runs the plan has
     */
    YearsAccumulator(Path dir, List<String> parties, PointYears open, long fed, long planned, boolean fresh) throws IOException {
        this.dir = dir;
        this.parties = List.copyOf(parties);
        this.open = open;
        this.fed = fed;
        this.planned = planned;
        Path file = dir.resolve(ResultsDirectory.YEARS_STATE);
        this.state = fresh || !Files.exists(file)
                ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)
                : Files.newOutputStream(file, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        if (fresh) Files.deleteIfExists(dir.resolve(ResultsDirectory.YEARS_OPEN));
    }

    /** Adds the next run (in run_id order). */
    void add(int point, List<YearRecord> years) {
        if (open != null && open.point() != point) {
            pending.append(YearsState.block(open, fed));
            open = null;
        }
        if (open == null) open = new PointYears(point, parties);
        open.add(years);
        fed++;
        if (fed == planned) {
            pending.append(YearsState.block(open, fed));
            open = null;
        }
    }

    /** After the results files were flushed: appends closed points and, when due, checkpoints the open one. */
    void flush(boolean checkpoint) throws IOException {
        if (pending.length() > 0) {
            state.write(pending.toString().getBytes(StandardCharsets.UTF_8));
            state.flush();
            pending.setLength(0);
        }
        Path openFile = dir.resolve(ResultsDirectory.YEARS_OPEN);
        if (open == null) {
            Files.deleteIfExists(openFile);
        } else if (checkpoint || System.nanoTime() - lastCheckpoint > CHECKPOINT_NANOS) {
            AtomicFile.write(openFile, YearsState.block(open, fed));
            lastCheckpoint = System.nanoTime();
        }
    }

    /** The point still open (its runs not all written), or null. */
    PointYears open() {
        return open;
    }

    @Override
    public void close() throws IOException {
        state.close();
    }
}
