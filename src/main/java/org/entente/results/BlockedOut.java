package org.entente.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A per-run CSV file's lines on their way to disk (an unbuffered file, or a buffered whole file): plain, or gzip-compressed as one member for the
 * header and one per block of {@link #BLOCK_RUNS} runs, so the compressed bytes depend on the lines
 * alone (not on when they were flushed) and a file cut by a crash is complete members plus at most
 * one member cut short. Plain lines go out whenever asked; compressed ones only at a block's end.
 */
final class BlockedOut implements AutoCloseable {
    /** Runs per gzip member: a run's sequence number in its directory's plan / BLOCK_RUNS is its block. */
    static final int BLOCK_RUNS = 256;

    private final OutputStream out;
    private final boolean gzip;
    private final StringBuilder pending = new StringBuilder();

    /** @param carried lines of the current block already written before a resume (compressed files only) */
    BlockedOut(OutputStream out, boolean gzip, String carried) {
        this.out = out;
        this.gzip = gzip;
        pending.append(carried);
    }

    /** Writes the header line(s) at the start of a file (a member of its own when compressed). */
    void header(String header) throws IOException {
        write(header);
    }

    void append(CharSequence lines) {
        pending.append(lines);
    }

    /** Characters waiting. */
    int pending() {
        return pending.length();
    }

    /** Hands the waiting lines to the file: always when plain, only at a block's end when compressed. */
    void drain(boolean blockEnd) throws IOException {
        if (pending.length() == 0 || gzip && !blockEnd) return;
        write(pending.toString());
        pending.setLength(0);
    }

    private void write(String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (gzip) GzipMembers.write(out, b, b.length);
        else out.write(b);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
