package org.entente.reliability;

import org.entente.HangGuard;
import org.entente.results.Probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The real command line ({@code org.entente.cli.Main}) in a child JVM, its stdout and stderr in
 * files, with the crash probe ({@code results.Probe}) writing the moments it reaches to a file so a
 * test can signal it at a chosen moment.
 */
record EntenteProcess(Process process, Path out, Path err, Path moments, Path releaseFile) {

    /** A probe hold: wait at the {@code occurrence}-th time {@code moment} is reached until {@link #release}d. */
    record Hold(String moment, int occurrence) {
        static final Hold NONE = new Hold("", 0);
    }

    /** Starts {@code entente ARGS...} in a JVM of its own; files go to {@code tmp}. */
    static EntenteProcess start(Path tmp, Hold hold, String... args) throws IOException {
        return start(tmp, hold, List.of(), args);
    }

    /** As {@link #start(Path, Hold, String...)}, the JVM also given {@code jvmFlags}. */
    static EntenteProcess start(Path tmp, Hold hold, List<String> jvmFlags, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        // a process started in the background may inherit SIGINT as ignored, and the JVM then never
        // sees Ctrl-C; env restores the default disposition, as a terminal would give it
        if (envResetsSignals()) cmd.addAll(List.of("env", "--default-signal=INT"));
        String name = "entente-" + System.nanoTime();
        Path moments = tmp.resolve(name + ".moments");
        Path release = tmp.resolve(name + ".release");
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dentente.probe=" + moments,
                "-Dentente.probe.hold=" + hold.moment(), "-Dentente.probe.occurrence=" + hold.occurrence(),
                "-Dentente.probe.release=" + release, "-Dentente.probe.millis=" + HangGuard.LIMIT.toMillis()));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.entente.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve(name + ".out");
        Path err = tmp.resolve(name + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new EntenteProcess(p, out, err, moments, release);
    }

    long pid() {
        return process.pid();
    }

    int waitFor() throws Exception {
        if (!process.waitFor(HangGuard.LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            fail("hung: entente did not end within " + HangGuard.LIMIT.toMinutes() + " minutes; stderr: " + stderr());
        }
        return process.exitValue();
    }

    /** How many times the process has reached {@code moment} ({@code *.png}: any chart) so far. */
    int reached(String moment) throws IOException {
        if (!Files.exists(moments)) return 0;
        return (int) Files.readAllLines(moments).stream().filter(m -> Probe.matches(moment, m)).count();
    }

    /**
     * Waits until the process reaches {@code moment} for the {@code occurrence}-th time; false when it
     * ended first (it finished before getting there).
     */
    boolean await(String moment, int occurrence) throws Exception {
        HangGuard.until(() -> reached(moment) >= occurrence || !process.isAlive(), 5,
                () -> "entente reaching " + moment + " #" + occurrence + " or ending; stderr: " + stderrNow());
        return reached(moment) >= occurrence;
    }

    /** Lets the process go on from the moment it holds. */
    void release() throws IOException {
        Files.writeString(releaseFile, "");
    }

    /** Sends a signal by name (INT, TERM, KILL). */
    void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }

    /** Kills it outright (kill -9) and waits until it is gone. */
    void kill() throws Exception {
        process.destroyForcibly();
        assertThat(process.waitFor(HangGuard.LIMIT.toMillis(), TimeUnit.MILLISECONDS)).as("killed entente ended").isTrue();
    }

    String stderr() throws IOException {
        return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
    }

    /** The stderr so far, or what stopped it from being read. */
    private String stderrNow() {
        try {
            return stderr();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    String stdout() throws IOException {
        return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
    }

    private static Boolean resets;

    /** Whether {@code env --default-signal} is there to give children the default SIGINT disposition. */
    static synchronized boolean envResetsSignals() {
        if (resets == null) {
            try {
                Process p = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                resets = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                resets = false;
            }
        }
        return resets;
    }

    /** Whether this JVM was started with SIGINT ignored (children would inherit that without env). */
    static boolean sigintIgnoredHere() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) return false;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2) != 0;
        }
        return false;
    }
}
