package org.entente.experiment;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar (runs done/total, runs/s, ETA) redrawn in place with {@code \r}, at most
 * five times a second. The caller decides whether the stream is a terminal; the clock only
 * affects the display, never results.
 */
public final class ProgressBar implements ProgressListener {
    private static final long MIN_INTERVAL_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private int lastLength;

    public ProgressBar(PrintWriter out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    @Override
    public synchronized void update(long done, long total) {
        long now = nanoClock.getAsLong();
        if (done < total && lastDraw != Long.MIN_VALUE && now - lastDraw < MIN_INTERVAL_NANOS) return;
        lastDraw = now;
        String line = line(done, total, (now - start) / 1e9);
        StringBuilder b = new StringBuilder("\r").append(line);
        for (int i = line.length(); i < lastLength; i++) b.append(' ');
        lastLength = line.length();
        out.print(b);
        out.flush();
    }

    /** Ends the bar's line. */
    public synchronized void finish() {
        if (lastDraw != Long.MIN_VALUE) {
            out.println();
            out.flush();
        }
    }

    static String line(long done, long total, double seconds) {
        double frac = total > 0 ? (double) done / total : 1;
        int filled = (int) Math.round(frac * WIDTH);
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? duration((total - done) / rate) : "?";
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + String.format(java.util.Locale.ROOT, "  %.1f runs/s  ETA %s", rate, eta);
    }

    static String duration(double s) {
        long t = Math.round(s);
        if (t >= 3600) return String.format(java.util.Locale.ROOT, "%dh%02dm", t / 3600, t % 3600 / 60);
        if (t >= 60) return String.format(java.util.Locale.ROOT, "%dm%02ds", t / 60, t % 60);
        return t + "s";
    }
}
