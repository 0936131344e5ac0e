package org.entente.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Appends encoded runs ({@link RunEncoder}) to runs.csv, years.csv (unless outputs.years is none) and
 * (with trace) rounds.csv of a results directory, plain or gzip-compressed ({@link BlockedOut}), each
 * file started with its schema's header, and feeds every run's years to the {@link YearsAccumulator},
 * whose state follows runs.csv to disk. Lines are buffered and handed to the files in the order
 * years, rounds, runs, then the accumulator's state, so a complete line in runs.csv always means that
 * run's years and rounds lines are on disk too: after an abrupt kill, runs.csv is the commit log
 * that resume truncates the other files to. Compressed files are handed their lines a block of runs
 * at a time. dance.csv is written whole (via a temporary file) before run 0's runs.csv line. After a
 * failed write (a full disk) nothing more is written: what a failed write left half-done is at the
 * end of a file, where resume cuts it off.
 */
final class ResultsWriter implements AutoCloseable {
    /** Bytes buffered per plain file before they are handed to the operating system. */
    static final int FLUSH_BYTES = 1 << 16;
    /** At most this long between flushes of plain files, so an abrupt kill loses little (timing never changes content). */
    static final long FLUSH_NANOS = 1_000_000_000L;

    private final Path dir;
    private final String danceHeader;
    private final boolean compress;
    private final BlockedOut runs;
    private final BlockedOut years;
    private final BlockedOut rounds;
    private final YearsAccumulator accumulator;
    private long sequence;
    private long lastFlush = System.nanoTime();
    private boolean broken;

    /**
     * @param fresh    start the files afresh (header lines only), or append to files already cut back
     *                 to a run the accumulator's state covers (see {@link Resumption})
     * @param next     the sequence number of the first run to come
     * @param carried  per file name, lines of the current block that resume took back from a compressed file
     */
    ResultsWriter(Path dir, RunEncoder encoder, YearsAccumulator accumulator, boolean compress, boolean fresh, long next,
                  Map<String, String> carried) throws IOException {
        this.dir = dir;
        this.danceHeader = encoder.rounds().header();
        this.accumulator = accumulator;
        this.compress = compress;
        this.sequence = next;
        Files.createDirectories(dir);
        this.runs = open(ResultsDirectory.RUNS, encoder.runs(), fresh, carried);
        this.years = encoder.years() ? open(ResultsDirectory.YEARS, encoder.yearsSchema(), fresh, carried) : null;
        this.rounds = encoder.trace() ? open(ResultsDirectory.ROUNDS, encoder.rounds(), fresh, carried) : null;
    }

    private BlockedOut open(String name, Schema<?> schema, boolean fresh, Map<String, String> carried) throws IOException {
        Path f = dir.resolve(ResultsFiles.name(name, compress));
        String carry = carried.getOrDefault(name, "");
        if (fresh || !Files.exists(f)) {
            OutputStream out = Files.newOutputStream(f, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            BlockedOut b = new BlockedOut(out, compress, carry);
            b.header(schema.header());
            return b;
        }
        return new BlockedOut(Files.newOutputStream(f, StandardOpenOption.APPEND, StandardOpenOption.WRITE), compress, carry);
    }

    void write(RunLines r) throws IOException {
        if (r.danceLines() != null) writeDance(r.danceLines());
        accumulator.add(r.point(), r.years());
        if (years != null) years.append(r.yearsLines());
        if (rounds != null) rounds.append(r.roundsLines());
        runs.append(r.runsLine());
        sequence++;
        boolean due = compress ? sequence % BlockedOut.BLOCK_RUNS == 0
                : runs.pending() > FLUSH_BYTES || years != null && years.pending() > FLUSH_BYTES
                || rounds != null && rounds.pending() > FLUSH_BYTES || System.nanoTime() - lastFlush > FLUSH_NANOS;
        if (due) flush(false);
    }

    private void writeDance(String lines) throws IOException {
        ResultsFiles.writeWhole(dir, ResultsDirectory.DANCE, compress, danceHeader + lines);
    }

    /**
     * Hands buffered lines to the files (years and rounds first, runs last; compressed files their whole
     * blocks, and at the end what there is), then the years accumulator's closed points and, if asked
     * or due, a checkpoint.
     */
    private void flush(boolean end) throws IOException {
        if (broken) throw new IOException("an earlier write to " + dir + " failed");
        lastFlush = System.nanoTime();
        broken = true;
        boolean blockEnd = end || sequence % BlockedOut.BLOCK_RUNS == 0;
        if (years != null) years.drain(blockEnd);
        if (rounds != null) rounds.drain(blockEnd);
        if (runs.pending() > 0) Probe.reached("flush");
        runs.drain(blockEnd);
        accumulator.flush(end);
        broken = false;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!broken) flush(true);
        } finally {
            runs.close();
            if (years != null) years.close();
            if (rounds != null) rounds.close();
            accumulator.close();
        }
    }
}
