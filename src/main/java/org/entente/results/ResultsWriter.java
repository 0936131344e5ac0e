package org.entente.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends encoded runs ({@link RunEncoder}) to runs.csv, years.csv and (with trace) rounds.csv of a
 * results directory, each file started with its schema's header. Lines are buffered and handed to
 * the files in the order years, rounds, runs, so a complete line in runs.csv always means that run's
 * years and rounds lines are on disk too: after an abrupt kill, runs.csv is the commit log that
 * resume truncates the other files to. dance.csv is written whole (via a temporary file) before
 * run 0's runs.csv line. After a failed write (a full disk) nothing more is written: what a failed
 * write left half-done is at the end of a file, where resume cuts it off.
 */
final class ResultsWriter implements AutoCloseable {
    /** Bytes buffered per file before they are handed to the operating system. */
    static final int FLUSH_BYTES = 1 << 16;
    /** At most this long between flushes, so an abrupt kill loses little (timing never changes content). */
    static final long FLUSH_NANOS = 1_000_000_000L;

    private final Path dir;
    private final String danceHeader;
    private final OutputStream runs;
    private final OutputStream years;
    private final OutputStream rounds;
    private final StringBuilder runsBuf = new StringBuilder();
    private final StringBuilder yearsBuf = new StringBuilder();
    private final StringBuilder roundsBuf = new StringBuilder();
    private long lastFlush = System.nanoTime();
    private boolean broken;

    /**
     * @param fresh start the files afresh (header lines only), or append to files already truncated
     *              to their last complete run (see {@link Resumption})
     */
    ResultsWriter(Path dir, RunEncoder encoder, boolean fresh) throws IOException {
        this.dir = dir;
        this.danceHeader = encoder.rounds().header();
        Files.createDirectories(dir);
        this.runs = open(ResultsDirectory.RUNS, encoder.runs(), fresh);
        this.years = open(ResultsDirectory.YEARS, encoder.years(), fresh);
        this.rounds = encoder.trace() ? open(ResultsDirectory.ROUNDS, encoder.rounds(), fresh) : null;
    }

    private OutputStream open(String name, Schema<?> schema, boolean fresh) throws IOException {
        Path f = dir.resolve(name);
        if (fresh || !Files.exists(f)) {
            OutputStream out = Files.newOutputStream(f, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            out.write(schema.header().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return out;
        }
        return Files.newOutputStream(f, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    void write(RunLines r) throws IOException {
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
        AtomicFile.write(dir.resolve(ResultsDirectory.DANCE), danceHeader + lines);
    }

    /** Hands buffered lines to the files: years and rounds first, runs last. */
    void flush() throws IOException {
        if (broken) throw new IOException("an earlier write to " + dir + " failed");
        lastFlush = System.nanoTime();
        broken = true;
        drain(yearsBuf, years);
        if (rounds != null) drain(roundsBuf, rounds);
        if (runsBuf.length() > 0) Probe.reached("flush");
        drain(runsBuf, runs);
        broken = false;
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
            if (!broken) flush();
        } finally {
            runs.close();
            years.close();
            if (rounds != null) rounds.close();
        }
    }
}
