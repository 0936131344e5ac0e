package org.entente.reliability;

import org.entente.HangGuard;
import org.entente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where results may not be written: {@code --out} under a file, a file itself, a place nobody may
 * write, a read-only directory, and a disk that fills up mid-run. Each is one line naming the path,
 * with exit 2 before anything is written or exit 1 mid-run; what was written before stays resumable.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
        /** The error output: exactly one line, no stack trace. */
        String line() {
            List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(err).hasSize(1);
            assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
            return lines.get(0);
        }
    }

    private Result run(Path out, String... extra) throws IOException {
        Path cfg = tmp.resolve("split.yaml");
        if (!Files.exists(cfg)) {
            Files.writeString(cfg, CrashConsistencyTest.CONFIG.replace("runs: 60\n", "runs: 300\n"));
        }
        String[] base = {"run", cfg.toString(), "--out", out.toString(), "--threads", "2", "--no-charts", "--quiet"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }

    @Test
    void outUnderARegularFileIsRefusedWithExit2AndTheFileIsUntouched() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "my notes");
        Path out = notes.resolve("results");
        Result r = run(out);
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.line()).isEqualTo("entente: cannot write results to " + out + ": Not a directory");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
    }

    @Test
    void outThatIsARegularFileIsRefusedWithExit2AndTheFileIsUntouched() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "my notes");
        Result r = run(notes);
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.line()).isEqualTo("entente: " + notes + " exists and is not a directory; use a new or empty --out directory");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
    }

    @Test
    void outWhereEvenRootCannotCreateADirectoryIsRefusedWithExit2() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        Path out = Path.of("/proc", "entente-" + ProcessHandle.current().pid(), "results");
        Result r = run(out);
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.line()).startsWith("entente: cannot write results to " + out + ": ");
        assertThat(out).doesNotExist();
    }

    @Test
    void readOnlyDirectoryIsRefusedWithExit2ForAnOrdinaryUser() throws Exception {
        assumeFalse(isRoot(), "root writes through permissions; the /proc case covers it");
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path out = locked.resolve("results");
            Result r = run(out);
            assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.line()).startsWith("entente: cannot write results to " + out + ": ");
            assertThat(out).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void invalidConfigCreatesNoResultsDirectory() throws Exception {
        Path out = tmp.resolve("never");
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(new String[]{"run", "src/test/resources/broken/range-nan.yaml", "--out", out.toString()},
                new PrintWriter(o, true), new PrintWriter(e, true));
        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(e.toString()).startsWith("src/test/resources/broken/range-nan.yaml:16:17: ");
        assertThat(out).doesNotExist();
    }

    /**
     * A real full disk: a 64 KiB tmpfs (needs permission to mount, else skipped). The run stops with
     * exit 1 and "the disk is full"; once there is room, --resume completes it to the bytes of a run
     * that never saw a full disk.
     */
    @Test
    void fullDiskMidRunExitsWith1AndResumeCompletesItOnceThereIsRoom() throws Exception {
        Path mount = Files.createDirectory(tmp.resolve("tiny"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()), "cannot mount a tmpfs here");
        try {
            Path out = mount.resolve("results");
            Result full = run(out);
            assertThat(full.code()).as(full.err()).isEqualTo(Main.FAILED);
            assertThat(full.line()).startsWith("entente: cannot write results to " + out + ": the disk is full");
            assertThat(Files.readAllLines(out.resolve("runs.csv")).size()).isLessThan(301);

            assertThat(sh("mount", "-o", "remount,size=32m", mount.toString())).isTrue();
            Result resumed = run(out, "--resume");
            assertThat(resumed.code()).as(resumed.err()).isZero();

            Path reference = tmp.resolve("reference");
            assertThat(run(reference).code()).isZero();
            for (String t : CrashConsistencyTest.TABLES) {
                assertThat(Files.readAllBytes(out.resolve(t))).as(t).isEqualTo(Files.readAllBytes(reference.resolve(t)));
            }
        } finally {
            sh("umount", "-l", mount.toString());
        }
    }

    private static boolean sh(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(HangGuard.LIMIT.toMillis(), TimeUnit.MILLISECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isRoot() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
