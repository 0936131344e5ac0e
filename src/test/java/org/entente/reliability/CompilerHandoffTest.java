package org.entente.reliability;

import org.entente.HangGuard;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run started as the launcher starts it (C1 alone, the optimizing compiler's flags in {@code entente.tiered})
 * hands a large run to a second JVM with those flags (cli/CompilerHandoff), which writes the very bytes the first
 * would have; interrupted while it waits, the first passes the interruption on and both end as an interrupted run
 * ends. The handoff threshold is lowered for the tests ({@code entente.tiered.from}).
 */
class CompilerHandoffTest {
    static final String CONFIG = "configs/china-lesotho.yaml";
    static final List<String> TABLES = List.of("runs.csv", "years.csv", "summary.csv", "dance.csv", "frontier.csv",
            "years_summary.csv");
    /** As the launcher starts run, with a threshold of 10 runs. */
    static final List<String> HANDING_OVER = List.of("-Dentente.tiered=-XX:FreqInlineSize=100 -Dentente.handed=over",
            "-Dentente.tiered.from=10");

    @TempDir
    Path tmp;

    @Test
    void aLargeRunGoesOnInAJvmWithTheOptimizingCompilerAndWritesTheSameBytes() throws Exception {
        Path direct = tmp.resolve("direct"), handed = tmp.resolve("handed");
        EntenteProcess plain = EntenteProcess.start(tmp, EntenteProcess.Hold.NONE, List.of("-Dentente.tiered.from=10"),
                "run", CONFIG, "--runs", "24", "--no-charts", "--quiet", "--out", direct.toString());
        assertThat(plain.waitFor()).as(plain.stderr()).isZero();

        EntenteProcess first = EntenteProcess.start(tmp, new EntenteProcess.Hold("lock", 1), HANDING_OVER,
                "run", CONFIG, "--runs", "24", "--no-charts", "--quiet", "--out", handed.toString());
        try {
            assertThat(first.await("lock", 1)).as(first.stderr()).isTrue();
            // the directory is locked by the second JVM, started from the first with the compiler's flags swapped
            List<ProcessHandle> children = first.process().children().toList();
            assertThat(children).hasSize(1);
            assertThat(commandLine(children.get(0))).contains("-XX:FreqInlineSize=100", "-Dentente.handed=over")
                    .doesNotContain("-XX:TieredStopAtLevel=1")
                    .noneMatch(a -> a.startsWith("-Dentente.tiered="));
            first.release();
            assertThat(first.waitFor()).as(first.stderr()).isZero();
        } finally {
            stop(first);
        }
        assertThat(first.stdout()).contains("Results written to " + handed);
        for (String table : TABLES) {
            assertThat(Files.readAllBytes(handed.resolve(table))).as(table).isEqualTo(Files.readAllBytes(direct.resolve(table)));
        }
    }

    @Test
    void aSmallRunStaysInTheFirstJvm() throws Exception {
        EntenteProcess p = EntenteProcess.start(tmp, new EntenteProcess.Hold("lock", 1), HANDING_OVER,
                "run", CONFIG, "--runs", "9", "--no-charts", "--quiet", "--out", tmp.resolve("small").toString());
        try {
            assertThat(p.await("lock", 1)).as(p.stderr()).isTrue();
            assertThat(p.process().children().toList()).isEmpty();
            p.release();
            assertThat(p.waitFor()).as(p.stderr()).isZero();
        } finally {
            stop(p);
        }
    }

    @Test
    void interruptedWhileItWaitsItPassesTheInterruptionOnAndBothEndAsAnInterruptedRunEnds() throws Exception {
        Assumptions.assumeTrue(EntenteProcess.envResetsSignals() || !EntenteProcess.sigintIgnoredHere(),
                "this JVM's children inherit SIGINT as ignored");
        Path out = tmp.resolve("interrupted");
        EntenteProcess first = EntenteProcess.start(tmp, EntenteProcess.Hold.NONE, HANDING_OVER,
                "run", CONFIG, "--runs", "1000000", "--no-charts", "--quiet", "--out", out.toString());
        try {
            assertThat(first.await("flush", 1)).as(first.stderr()).isTrue();
            ProcessHandle second = first.process().children().findFirst().orElseThrow();
            first.signal("INT");
            assertThat(first.waitFor()).as(first.stderr()).isEqualTo(130);
            HangGuard.until(() -> !second.isAlive(), 5, () -> "the second JVM ending");
        } finally {
            stop(first);
        }
        String err = first.stderr();
        assertThat(err.split("entente: interrupted", -1)).as(err).hasSize(2);
        assertThat(err).contains("of 1000000 runs written to " + out, "--resume");
        assertThat(Files.readString(out.resolve("runs.csv")).lines().count()).isGreaterThan(1);
    }

    /** A process's whole command line (the JDK gives no arguments for one longer than a page). */
    private static List<String> commandLine(ProcessHandle p) throws java.io.IOException {
        String all = Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
        return Arrays.asList(all.split("\0"));
    }

    /** Leaves no JVM behind a failed test: the second first, then the first. */
    private static void stop(EntenteProcess p) {
        p.process().descendants().forEach(ProcessHandle::destroyForcibly);
        p.process().destroyForcibly();
    }
}
