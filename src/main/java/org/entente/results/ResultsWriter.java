package org.entente.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Appends formatted runs to runs.csv, years.csv and (with trace) rounds.csv of a results directory.
 * Lines are buffered and handed to the files in the order years, rounds, runs, so a complete line in
 * runs.csv always means that run's years and rounds lines are on disk too: after an abrupt kill,
 * runs.csv is the commit log that resume truncates the other files to. dance.csv is written whole
 * (via a temporary file) before run 0's runs.csv line.
 */
public final class ResultsWriter implements AutoCloseable {
    /** Bytes buffered per file before they are handed to the operating system. */
    static final int FLUSH_BYTES = 1 << 16;
    /** At most this long between flushes, so an abrupt kill loses little (timing never changes content). */
    static final long FLUSH_NANOS = 1_000_000_000L;

    private final Path dir;
    private final ResultColumns columns;
    private final OutputStream runs;
    private final OutputStream years;
    private final OutputStream rounds;
    private final StringBuilder runsBuf = new StringBuilder();
    private final StringBuilder yearsBuf = new StringBuilder();
    private final StringBuilder roundsBuf = new StringBuilder();
    private long lastFlush = System.nanoTime();

    private ResultsWriter(Path dir, ResultColumns columns, boolean trace, boolean fresh) throws IOException {
        this.dir = dir;
        this.columns = columns;
        Files.createDirectories(dir);
        this.runs = open(ResultsDirectory.RUNS, columns.runs(), fresh);
        this.years = open(ResultsDirectory.YEARS, columns.years(), fresh);
        this.rounds = trace ? open(ResultsDirectory.ROUNDS, columns.rounds(), fresh) : null;
    }

    /** Starts the files afresh (header lines only). */
    public static ResultsWriter create(Path dir, ResultColumns columns, boolean trace) throws IOException {
        return new ResultsWriter(dir, columns, trace, true);
    }

    /** Appends to files already truncated to their last complete run (see {@link Resumption}). */
    public static ResultsWriter append(Path dir, ResultColumns columns, boolean trace) throws IOException {
        return new ResultsWriter(dir, columns, trace, false);
    }

    private OutputStream open(String name, java.util.List<String> header, boolean fresh) throws IOException {
        Path f = dir.resolve(name);
        if (fresh || !Files.exists(f)) {
            OutputStream out = Files.newOutputStream(f, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            out.write(Csv.row(header).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return out;
        }
        return Files.newOutputStream(f, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    public void write(RunRecord r) throws IOException {
        if (r.danceLines() != null) writeDance(r.danceLines());
        yearsBuf.append(r.yearsLines());
        if (rounds != null) roundsBuf.append(r.roundsLines());
        runsBuf.append(r.runsLine());
        if (runsBuf.length() > FLUSH_BYTES || yearsBuf.length() > FLUSH_BYTES || roundsBuf.length() > FLUSH_BYTES
                || System.nanoTime() - lastFlush > FLUSH_NANOS) {
            flush();
        }
    }

    private void writeDance(String lines) throws IOException {
        Path tmp = dir.resolve(ResultsDirectory.DANCE + ".tmp");
        Files.writeString(tmp, Csv.row(columns.rounds()) + lines, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(ResultsDirectory.DANCE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Hands buffered lines to the files: years and rounds first, runs last. */
    public void flush() throws IOException {
        lastFlush = System.nanoTime();
        drain(yearsBuf, years);
        if (rounds != null) drain(roundsBuf, rounds);
        drain(runsBuf, runs);
    }

    private static void drain(StringBuilder b, OutputStream out) throws IOException {
        if (b.length() == 0) return;
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        b.setLength(0);
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            runs.close();
            years.close();
            if (rounds != null) rounds.close();
        }
    }
}
