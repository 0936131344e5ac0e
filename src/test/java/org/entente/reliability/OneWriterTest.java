package org.entente.reliability;

import org.entente.cli.Main;
import org.entente.results.DirectoryLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One writer per results directory, between real processes: while an {@code entente run} or
 * {@code entente report} in another JVM holds a directory, run (with --resume or --force), merge and
 * report are refused at once with exit 2 and one line naming the holder; once the holder is killed
 * with -9, the directory is free (no stale lock) and --resume completes it.
 */
class OneWriterTest {
    @TempDir
    static Path tmp;
    static Path config;
    static Path shard1;
    static Path shard2;

    @BeforeAll
    static void shards() {
        config = tmp.resolve("split.yaml");
        try {
            Files.writeString(config, CrashConsistencyTest.CONFIG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        shard1 = tmp.resolve("shard1");
        shard2 = tmp.resolve("shard2");
        for (String[] s : new String[][]{{"1/2", shard1.toString()}, {"2/2", shard2.toString()}}) {
            var r = CrashConsistencyTest.inProcess("run", config.toString(), "--shard", s[0], "--out", s[1], "--threads", "2",
                    "--quiet", "--no-charts");
            assertThat(r.code()).as(r.err()).isZero();
        }
    }

    /** The one stderr line of a refusal by the holder, with its PID; asserts exit 2 and nothing else said. */
    private static void assertRefusedBy(CrashConsistencyTest.Result r, Path dir, String command, long pid) {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches(Pattern.quote("entente: " + dir + " is in use by entente " + command + " (PID " + pid
                + " on ") + "[^,]+, since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"
                + Pattern.quote("); wait until it ends (or stop it), then try again"));
    }

    @Test
    void aRunInAnotherProcessHoldsTheDirectoryUntilItIsKilledThenResumeCompletesIt() throws Exception {
        Path dir = tmp.resolve("busy");
        EntenteProcess holder = EntenteProcess.start(tmp, new EntenteProcess.Hold("lock", 1), "run",
                config.toString(), "--out", dir.toString(), "--threads", "2", "--quiet", "--no-charts");
        try {
            assertThat(holder.await("lock", 1)).as(holder.stderr()).isTrue();
            for (String mode : List.of("--resume", "--force")) {
                assertRefusedBy(CrashConsistencyTest.inProcess("run", config.toString(), "--out", dir.toString(), mode,
                        "--quiet", "--no-charts"), dir, "run", holder.pid());
            }
            assertRefusedBy(CrashConsistencyTest.inProcess("merge", shard1.toString(), shard2.toString(), "--out",
                    dir.toString(), "--no-charts"), dir, "run", holder.pid());
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactly(DirectoryLock.FILE);
            }
        } finally {
            holder.kill();
        }
        var resumed = CrashConsistencyTest.inProcess("run", config.toString(), "--out", dir.toString(), "--resume",
                "--threads", "2", "--quiet", "--no-charts");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"complete\"");
        assertThat(Files.readString(dir.resolve(DirectoryLock.FILE))).contains("command: entente run")
                .contains("pid: " + ProcessHandle.current().pid());
    }

    @Test
    void aReportInAnotherProcessHoldsTheDirectoryAgainstRunsAndReports() throws Exception {
        Path merged = tmp.resolve("merged");
        var m = CrashConsistencyTest.inProcess("merge", shard1.toString(), shard2.toString(), "--out", merged.toString(),
                "--no-charts");
        assertThat(m.code()).as(m.err()).isZero();
        try (Stream<Path> files = Files.list(merged)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(DirectoryLock.FILE,
                    "runs.csv", "years.csv", "summary.csv", "frontier.csv", "dance.csv", "manifest.json", "years_summary.csv",
                    "years_summary.state");
        }
        EntenteProcess holder = EntenteProcess.start(tmp, new EntenteProcess.Hold("lock", 1), "report",
                merged.toString());
        try {
            assertThat(holder.await("lock", 1)).as(holder.stderr()).isTrue();
            assertRefusedBy(CrashConsistencyTest.inProcess("report", merged.toString()), merged, "report", holder.pid());
            assertRefusedBy(CrashConsistencyTest.inProcess("run", config.toString(), "--out", merged.toString(), "--resume",
                    "--quiet", "--no-charts"), merged, "report", holder.pid());
        } finally {
            holder.kill();
        }
        var report = CrashConsistencyTest.inProcess("report", merged.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(merged.resolve("report.html")).exists();
    }
}
