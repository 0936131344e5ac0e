package org.entente.reliability;

import org.entente.SplitScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
 * The real command line in a child JVM, interrupted by Ctrl-C (SIGINT) and by {@code kill -9} part
 * way through an experiment: {@code --resume} then completes the directory to exactly the bytes of an
 * uninterrupted run of the same config and seed.
 */
class InterruptAndResumeTest {
    static final String CONFIG = SplitScenario.yaml("Split") + """
            experiment:
              name: split
              protocol: alternating_offers
              deadline: 20
              runs: 600
              seed: 7
              noise: {reservation: 0.05}
            """;
    static final List<String> TABLES = List.of("runs.csv", "years.csv", "summary.csv", "dance.csv", "frontier.csv");

    @TempDir
    static Path tmp;
    static Path config;
    static Path reference;

    /** The uninterrupted run every interrupted one must end up equal to. */
    @BeforeAll
    static void referenceRun() throws Exception {
        config = tmp.resolve("split.yaml");
        Files.writeString(config, CONFIG);
        reference = tmp.resolve("reference");
        Child c = Child.run(tmp, config, reference);
        assertThat(c.waitFor(120)).as(c.stderr()).isZero();
        assertThat(Files.readAllLines(reference.resolve("runs.csv"))).hasSize(601);
    }

    @Test
    void ctrlCStopsWithExit130AndOneLineThenResumeGivesIdenticalResults() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Child.envResetsSignals() || !sigintIgnoredHere(),
                "SIGINT is ignored in this process tree and env cannot restore it");
        Path out = tmp.resolve("sigint");
        Child c = Child.run(tmp, config, out);
        c.awaitFirstRuns(out);
        c.signal("INT");
        int code = c.waitFor(90);
        if (code == 0) fail("the run finished before Ctrl-C arrived; make the experiment longer");
        assertThat(code).as(c.stderr()).isEqualTo(130);
        List<String> lines = c.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(c.stderr()).hasSize(1);
        assertThat(lines.get(0)).startsWith("entente: interrupted").contains("--resume").contains(out.toString());
        assertThat(c.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"interrupted\"");
        assertThat(Files.readAllLines(out.resolve("runs.csv")).size()).isLessThan(601);

        resumeAndCompare(out);
    }

    @Test
    void killMinus9MidRunLeavesADirectoryThatResumeCompletesToIdenticalResults() throws Exception {
        Path out = tmp.resolve("kill9");
        Child c = Child.run(tmp, config, out);
        c.awaitFirstRuns(out);
        c.process.destroyForcibly();
        assertThat(c.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(out.resolve("runs.csv")).size()).isLessThan(601);

        resumeAndCompare(out);
    }

    /** Whether this JVM was started with SIGINT ignored (children would inherit that). */
    private static boolean sigintIgnoredHere() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) return false;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2) != 0;
        }
        return false;
    }

    private static void resumeAndCompare(Path out) throws Exception {
        Child r = Child.run(tmp, config, out, "--resume");
        assertThat(r.waitFor(120)).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("Results written to " + out);
        for (String t : TABLES) {
            assertThat(Files.readAllBytes(out.resolve(t))).as(t).isEqualTo(Files.readAllBytes(reference.resolve(t)));
        }
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"complete\"");
    }

    /** `entente run` in its own JVM, with stdout and stderr captured in files. */
    record Child(Process process, Path out, Path err) {
        static Child run(Path tmp, Path config, Path dir, String... extra) throws IOException {
            List<String> cmd = new ArrayList<>();
            // a process started in the background may inherit SIGINT as ignored, and the JVM then
            // never sees Ctrl-C; env restores the default disposition, as a terminal would give it
            if (envResetsSignals()) cmd.addAll(List.of("env", "--default-signal=INT"));
            cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), "org.entente.cli.Main",
                    "run", config.toString(), "--out", dir.toString(), "--threads", "2", "--no-charts", "--quiet"));
            cmd.addAll(List.of(extra));
            String name = dir.getFileName() + "-" + System.nanoTime();
            Path out = tmp.resolve(name + ".out");
            Path err = tmp.resolve(name + ".err");
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new Child(p, out, err);
        }

        int waitFor(int seconds) throws Exception {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("entente run did not end within " + seconds + "s; stderr: " + stderr());
            }
            return process.exitValue();
        }

        /** Waits until some runs are on disk, so the interruption lands mid-experiment. */
        void awaitFirstRuns(Path dir) throws Exception {
            Path runs = dir.resolve("runs.csv");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) fail("entente run ended early: " + stderr());
                if (Files.exists(runs) && Files.size(runs) > 2_000) return;
                Thread.sleep(20);
            }
            fail("no runs written within 60s: " + stderr());
        }

        void signal(String name) throws Exception {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
        }

        String stderr() throws IOException {
            return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
        }

        String stdout() throws IOException {
            return Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        }

        private static Boolean resets;

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
    }
}
