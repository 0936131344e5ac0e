package org.entente.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The moments a crash test stops Entente at (reliability.CrashConsistencyTest). Off unless the system
 * property {@code entente.probe} names a file: then each moment appends its name to that file
 * ({@code lock}: the directory locked, nothing written; {@code flush}: a run's years and rounds rows
 * written but not yet its runs.csv row; a file's name: the file written whole under its temporary
 * name, not yet renamed; {@code interrupt}: Ctrl-C received), and the
 * {@code entente.probe.occurrence}-th time (the first unless set) a moment named by
 * {@code entente.probe.hold} (a name, or {@code *.png} for every chart) is reached, it waits there
 * for the test's signal: until the file {@code entente.probe.release} exists, for
 * {@code entente.probe.millis} ms at most.
 */
public final class Probe {
    private static final Path FILE = path(System.getProperty("entente.probe"));
    private static final String HOLD = System.getProperty("entente.probe.hold", "");
    private static final long MILLIS = Long.getLong("entente.probe.millis", 0L);
    private static final int OCCURRENCE = Integer.getInteger("entente.probe.occurrence", 1);
    private static final Path RELEASE = path(System.getProperty("entente.probe.release"));
    /** How many times a moment named by {@link #HOLD} has been reached (guarded by the class). */
    private static int held;

    private Probe() {
    }

    private static Path path(String p) {
        return p == null || p.isEmpty() ? null : Path.of(p);
    }

    /** Whether {@code moment} is the one {@code pattern} names: the same name, or any name ending in what follows a leading '*'. */
    public static boolean matches(String pattern, String moment) {
        return pattern.startsWith("*") ? moment.endsWith(pattern.substring(1)) : moment.equals(pattern);
    }

    /** Marks a moment (and holds there when asked to); does nothing unless a test turned the probe on. */
    public static void reached(String moment) {
        if (FILE == null) return;
        boolean hold;
        synchronized (Probe.class) {
            try {
                Files.writeString(FILE, moment + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            hold = matches(HOLD, moment) && ++held == OCCURRENCE;
        }
        if (hold) hold();
    }

    /** Waits until the test releases the moment, or {@link #MILLIS} ms have passed. */
    private static void hold() {
        long end = System.nanoTime() + MILLIS * 1_000_000L;
        try {
            while ((RELEASE == null || !Files.exists(RELEASE)) && System.nanoTime() - end < 0) Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
