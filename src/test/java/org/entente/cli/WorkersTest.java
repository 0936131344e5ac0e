package org.entente.cli;

import org.entente.HangGuard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * JADE workers end to end, each process a JVM of its own on 127.0.0.1: a main ({@code run --listen
 * --secret-file --workers}) and workers ({@code worker --connect}) give the same bytes as one
 * machine, whether a worker starts before the main, is refused for a wrong secret, or is killed
 * (kill -9) mid-run.
 */
class WorkersTest {
    private static final String CONFIG = "configs/china-lesotho.yaml";
    private static final int RUNS = 150;
    @TempDir
    static Path tmp;
    private static Path reference;
    private static Path secret;

    @BeforeAll
    static void oneMachine() throws IOException {
        reference = tmp.resolve("reference");
        assertThat(Main.execute(new String[]{"run", CONFIG, "--runs", Integer.toString(RUNS), "--threads", "1",
                "--no-charts", "--quiet", "--out", reference.toString()}, sink(), sink())).isZero();
        secret = tmp.resolve("secret");
        Files.writeString(secret, "correct horse battery staple 42\n");
    }

    @Test
    void twoWorkersOneStartedBeforeTheMainGiveTheBytesOfOneMachineAndAWrongSecretGetsNoWork() throws Exception {
        int port = freePort();
        String at = "127.0.0.1:" + port;
        Path wrong = tmp.resolve("wrong");
        Files.writeString(wrong, "not the secret at all, sorry\n");
        Path out = tmp.resolve("two-workers");
        Child early = worker(at, secret, 1);
        HangGuard.until(() -> early.stderr().contains("nothing listens on " + at + " yet"), 20,
                () -> "early worker finding nothing listening on " + at);
        Child main = Child.start(tmp, "run", CONFIG, "--runs", Integer.toString(RUNS), "--threads", "1", "--no-charts",
                "--quiet", "--out", out.toString(), "--listen", at, "--secret-file", secret.toString(), "--workers", "2");
        Child impostor = worker(at, wrong, 1);
        // started now, so that main's wait for its workers (2 minutes) covers their joining, not their JVMs' start
        Child late = worker(at, secret, 1);
        assertThat(impostor.waitFor()).as(impostor.stderr()).isEqualTo(1);
        assertThat(impostor.stderr()).contains("refused by the experiment at " + at + ": wrong secret");

        assertThat(main.waitFor()).as(main.stderr()).isZero();
        assertThat(early.waitFor()).as(early.stderr()).isZero();
        assertThat(late.waitFor()).as(late.stderr()).isZero();
        assertThat(early.stderr()).contains("nothing listens on " + at + " yet").contains("joined the experiment");
        assertThat(early.stdout()).containsPattern("tables completed [1-9][0-9]* runs");
        assertThat(late.stdout()).containsPattern("tables completed [1-9][0-9]* runs");
        assertThat(impostor.stdout()).doesNotContain("completed");
        assertSameResults(out);
    }

    @Test
    void aWorkerKilledMidRunLosesNothing() throws Exception {
        int port = freePort();
        String at = "127.0.0.1:" + port;
        Path out = tmp.resolve("killed");
        // the workers first: main's wait for them (2 minutes) then covers their joining, not their JVMs' start
        Child doomed = worker(at, secret, 2);
        Child survivor = worker(at, secret, 1);
        Child main = Child.start(tmp, "run", CONFIG, "--runs", Integer.toString(RUNS), "--threads", "1", "--no-charts",
                "--quiet", "--out", out.toString(), "--listen", at, "--secret-file", secret.toString(), "--workers", "2");
        Path runs = out.resolve("runs.csv");
        HangGuard.until(() -> lines(runs) >= 10 || !main.process.isAlive(), 20, () -> "10 runs written");
        assertThat(main.process.isAlive()).as("main running; main: %s; workers: %s | %s", main.stderr(),
                doomed.stderr(), survivor.stderr()).isTrue();
        assertThat(lines(runs)).as("killed before the end").isLessThan(RUNS);
        doomed.process.destroyForcibly();

        assertThat(main.waitFor()).as(main.stderr()).isZero();
        assertThat(survivor.waitFor()).as(survivor.stderr()).isZero();
        assertSameResults(out);
    }

    @Test
    void listeningNeedsASecretAndAWorkerGivesUpOnAnAbsentExperiment() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(Main.execute(new String[]{"run", CONFIG, "--listen", "127.0.0.1:7", "--out",
                tmp.resolve("refused").toString()}, sink(), new PrintWriter(err))).isEqualTo(2);
        assertThat(err.toString()).contains("--listen needs --secret-file");
        assertThat(Files.exists(tmp.resolve("refused"))).isFalse();

        Child lonely = Child.start(tmp, "worker", "--connect", "127.0.0.1:" + freePort(), "--secret-file",
                secret.toString(), "--wait", "2");
        assertThat(lonely.waitFor()).isEqualTo(1);
        assertThat(lonely.stderr()).contains("no experiment is listening on 127.0.0.1:").contains("tried for 2 s");
    }

    @Test
    void workersThatDoNotComeWithinWorkersWaitEndTheRunWithTheCommandThatResumesIt() throws Exception {
        String at = "127.0.0.1:" + freePort();
        Path out = tmp.resolve("nobody-came");
        Child main = Child.start(tmp, "run", CONFIG, "--runs", "4", "--threads", "1", "--no-charts", "--quiet",
                "--out", out.toString(), "--listen", at, "--secret-file", secret.toString(), "--workers", "1",
                "--workers-wait", "1");
        assertThat(main.waitFor()).as(main.stderr()).isEqualTo(1);
        assertThat(main.stderr()).contains("only 0 of 1 workers joined within 1 s (--workers-wait)")
                .contains("continue with: ").contains("--resume");
        assertThat(lines(out.resolve("runs.csv"))).isZero();

        for (String[] bad : List.of(new String[]{"--listen", at, "--secret-file", secret.toString(), "--workers-wait", "0"},
                new String[]{"--workers-wait", "60"})) {
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(List.of("run", CONFIG, "--out", tmp.resolve("never").toString()));
            args.addAll(List.of(bad));
            assertThat(Main.execute(args.toArray(String[]::new), sink(), new PrintWriter(err))).isEqualTo(2);
            assertThat(err.toString().strip()).isIn("entente: --workers-wait must be from 1 to 86400 seconds (a day), not 0",
                    "entente: --workers-wait needs --listen HOST:PORT");
        }
        assertThat(tmp.resolve("never")).doesNotExist();
    }

    private static void assertSameResults(Path out) throws IOException {
        for (String f : List.of("runs.csv", "years.csv", "summary.csv")) {
            assertThat(Files.readAllBytes(out.resolve(f))).as(f).isEqualTo(Files.readAllBytes(reference.resolve(f)));
        }
    }

    private static long lines(Path f) throws IOException {
        if (!Files.exists(f)) return 0;
        try (var s = Files.lines(f)) {
            return s.count() - 1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A worker joining the experiment at {@code at}; it keeps trying to reach it as long as the hang guard. */
    private Child worker(String at, Path secretFile, int tables) throws IOException {
        return Child.start(tmp, "worker", "--connect", at, "--secret-file", secretFile.toString(), "--tables",
                Integer.toString(tables), "--wait", Long.toString(HangGuard.LIMIT.toSeconds()));
    }

    private static PrintWriter sink() {
        return new PrintWriter(new StringWriter());
    }

    /** {@code entente ARGS...} in a JVM of its own, stdout and stderr in files. */
    private record Child(Process process, Path out, Path err) {
        static Child start(Path dir, String... args) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    "org.entente.cli.Main"));
            cmd.addAll(List.of(args));
            String name = "child-" + System.nanoTime();
            Path out = dir.resolve(name + ".out");
            Path err = dir.resolve(name + ".err");
            return new Child(new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start(), out, err);
        }

        int waitFor() throws Exception {
            if (!process.waitFor(HangGuard.LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("hung: entente did not end within " + HangGuard.LIMIT.toMinutes() + " minutes; stderr: " + stderr());
            }
            return process.exitValue();
        }

        String stdout() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        String stderr() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }
    }
}
