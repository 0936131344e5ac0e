package org.entente.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which of the JVM's compilers a {@code run} gets. The launcher ({@code ./entente}) starts {@code run} with
 * the quick compiler (C1) only: it compiles in a fraction of the time, so a run of up to about 10,000 runs
 * finishes sooner and on less CPU than with the optimizing compiler (C2), whose compilations on two cores
 * compete with the runs for seconds. Over more runs the optimizing compiler's faster code pays for them
 * (docs/performance.md, "Eighth pass" and "Ninth pass"). So once {@code run} knows how many runs it has, and before it has
 * written or started anything, a large one is handed to a JVM like this one but with the launcher's flags for
 * the optimizing compiler (property {@value #TIERED_FLAGS}), and this JVM waits for it and exits with its code.
 * <p>
 * Interrupted while it waits (Ctrl-C, {@code kill}), this JVM passes the interruption on to the other (it
 * stops as any interrupted run does: results kept, resumable) and exits once that one has. Without the
 * launcher's property (a JVM started by hand, the tests) nothing is handed over.
 */
final class CompilerHandoff {
    /** The system property the launcher sets to the optimizing compiler's flags, one argument per space. */
    static final String TIERED_FLAGS = "entente.tiered";
    /** The launcher's flag for the quick compiler only. */
    static final String QUICK_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * A run of this many runs or more is handed over; the system property overrides it (tests, measurements). Between
     * the quick compiler's and both compilers' times for the default scenario: 10,000 runs take less time on C1 alone,
     * 20,000 less with C2 (docs/performance.md, "Ninth pass").
     */
    static final long DEFAULT_FROM = 12_000;
    static final String FROM = "entente.tiered.from";

    private CompilerHandoff() {
    }

    /**
     * Hands this process's command to a JVM with the optimizing compiler if it was started by the launcher with
     * the quick one only and has {@code runs} runs to do, at least {@link #DEFAULT_FROM} (or {@value #FROM}); returns that JVM's exit
     * code, or empty when this JVM should go on itself (a small run, no launcher, or no way to start another).
     * {@code beforeHandoff} runs just before the other JVM starts.
     */
    static OptionalInt ifLarge(long runs, Runnable beforeHandoff) throws InterruptedException {
        String tiered = System.getProperty(TIERED_FLAGS);
        if (tiered == null || runs < from()) return OptionalInt.empty();
        Optional<List<String>> command = command(tiered);
        if (command.isEmpty()) return OptionalInt.empty();
        beforeHandoff.run();
        Process other;
        try {
            other = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread passOn = new Thread(() -> {
            other.destroy(); // SIGTERM: the other JVM stops the way an interrupted run stops
            try {
                other.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "entente-handoff-interrupt");
        Runtime.getRuntime().addShutdownHook(passOn);
        int code = other.waitFor();
        ShutdownHooks.remove(passOn); // false: interrupted just now, the hook has waited for the other JVM
        return OptionalInt.of(code);
    }

    private static long from() {
        try {
            return Long.parseLong(System.getProperty(FROM, Long.toString(DEFAULT_FROM)).strip());
        } catch (NumberFormatException e) {
            return DEFAULT_FROM;
        }
    }

    /** This process's command line with the quick compiler's flag replaced by {@code tiered}'s; empty if unknown. */
    private static Optional<List<String>> command(String tiered) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return arguments().map(a -> replaced(java, a, tiered));
    }

    /**
     * This JVM's arguments (options, main class or jar, the command's own), from /proc/self/cmdline where there is
     * one: JDK 17 gives none for a command line longer than a page (a long class path), but the file holds all.
     */
    private static Optional<List<String>> arguments() {
        Path cmdline = Path.of("/proc/self/cmdline");
        try {
            String all = new String(Files.readAllBytes(cmdline), Charset.forName(
                    System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name())));
            List<String> argv = Arrays.asList(all.split("\0"));
            if (argv.size() > 1) return Optional.of(argv.subList(1, argv.size()));
        } catch (IOException | RuntimeException e) {
            // not Linux: the JDK's view, below
        }
        return ProcessHandle.current().info().arguments().map(Arrays::asList);
    }

    /**
     * {@code java} and {@code arguments} with the first {@link #QUICK_ONLY} dropped and the launcher's property
     * replaced by the flags it carries; null if the arguments lack either (not the launcher's command line).
     */
    static List<String> replaced(String java, List<String> arguments, String tiered) {
        String property = "-D" + TIERED_FLAGS + "=" + tiered;
        if (!arguments.contains(QUICK_ONLY) || !arguments.contains(property)) return null;
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        boolean dropped = false;
        for (String a : arguments) {
            if (!dropped && a.equals(QUICK_ONLY)) {
                dropped = true;
            } else if (a.equals(property)) {
                for (String f : tiered.strip().split("\\s+")) if (!f.isEmpty()) cmd.add(f);
            } else {
                cmd.add(a);
            }
        }
        return cmd;
    }
}
