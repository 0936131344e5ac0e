package org.entente.classroom;

import org.entente.evaluation.RunRecord;
import org.entente.results.OutputDirectoryException;
import org.entente.results.ResultsSnapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The class's results: each finished table as a run record (run_id = table number), kept in table
 * order and written at once as a results directory (runs.csv, years.csv, rounds.csv, summary.csv,
 * frontier.csv, manifest.json) that {@code entente report DIR} charts like any other; results.csv
 * is that directory's runs.csv.
 */
public final class ClassResults {
    private final ResultsSnapshot snapshot;
    private final Consumer<String> log;
    private final TreeMap<Long, RunRecord> records = new TreeMap<>();

    /**
     * Starts the class's results directory {@code out} (which the caller checked may be written),
     * locked against other writers until {@link #finish}.
     */
    public ClassResults(Classroom classroom, Path out, List<String> command, Consumer<String> log)
            throws IOException, OutputDirectoryException {
        ClassroomSettings s = classroom.settings();
        this.snapshot = new ResultsSnapshot(out, s.config(), s.seed(), command, Instant.now());
        this.log = log;
        classroom.onFinished(this::add);
    }

    public Path dir() {
        return snapshot.dir();
    }

    /** A finished table: its record joins the others and the directory is rewritten. */
    void add(ClassTable t) {
        RunRecord r = t.record();
        if (r == null) return;
        synchronized (this) {
            records.put(r.runId(), r);
            write(false);
        }
    }

    /** The finished tables' records, in table order. */
    synchronized List<RunRecord> records() {
        return new ArrayList<>(records.values());
    }

    String runsTable(List<RunRecord> rs) {
        return snapshot.runsTable(rs);
    }

    /** Marks the directory complete (the class is over) and releases it. */
    public synchronized void finish() {
        write(true);
        try {
            snapshot.close();
        } catch (IOException e) {
            log.accept("could not release " + snapshot.dir() + ": " + e.getMessage());
        }
    }

    /** The class never opened (its server could not start): removes what was written and releases the directory. */
    public synchronized void abandon() {
        try {
            snapshot.close();
            snapshot.discard();
        } catch (IOException e) {
            log.accept("could not remove the unused " + snapshot.dir() + ": " + e.getMessage());
        }
    }

    private void write(boolean complete) {
        try {
            snapshot.write(new ArrayList<>(records.values()), complete, Instant.now());
        } catch (IOException | RuntimeException e) {
            log.accept("could not write the class's results to " + snapshot.dir() + ": " + e.getMessage());
        }
    }
}
