package org.entente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `entente run` and `entente merge` end to end on JADE (Main.execute, as ./entente would). */
class RunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void refusesANonEmptyOutWithExitTwoAndWritesNothing() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("thesis.tex"), "precious");
        CommandRun r = CommandRun.of("run", "configs/china-lesotho.yaml", "--runs", "1", "--out", out.toString(), "--no-charts");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("is not empty").contains("--resume").contains("--force");
        try (var files = Files.list(out)) {
            assertThat(files.toList()).containsExactly(out.resolve("thesis.tex"));
        }
    }

    @Test
    void refusesABadShardBeforeCreatingAnything() {
        Path out = tmp.resolve("never");
        CommandRun r = CommandRun.of("run", "configs/china-lesotho.yaml", "--shard", "3/2", "--out", out.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("entente: --shard must be K/N with 1 <= K <= N (e.g. 3/10), got '3/2'");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesARunTimeoutOutOfRangeBeforeCreatingAnything() {
        Path out = tmp.resolve("never");
        for (String t : new String[]{"0", "99999999999999"}) {
            CommandRun r = CommandRun.of("run", "configs/china-lesotho.yaml", "--run-timeout", t, "--out", out.toString());
            assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err().strip()).isEqualTo("entente: --run-timeout must be from 1 to 86400 seconds (a day), not " + t);
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void shardsRunOnJadeMergeIntoTheSameBytesAsOneRun() throws Exception {
        Path single = tmp.resolve("single"), s1 = tmp.resolve("s1"), s2 = tmp.resolve("s2"), merged = tmp.resolve("m");
        CommandRun a = CommandRun.of("run", "configs/china-lesotho.yaml", "--runs", "4", "--threads", "2", "--out", single.toString(),
                "--no-charts", "--quiet");
        assertThat(a.code()).as(a.err()).isEqualTo(Main.OK);
        assertThat(a.out()).contains("Results written to " + single);
        assertThat(CommandRun.of("run", "configs/china-lesotho.yaml", "--runs", "4", "--threads", "1", "--shard", "2/2",
                "--out", s2.toString(), "--no-charts", "--quiet").code()).isZero();
        assertThat(CommandRun.of("run", "configs/china-lesotho.yaml", "--runs", "4", "--shard", "1/2",
                "--out", s1.toString(), "--no-charts", "--quiet").code()).isZero();
        CommandRun m = CommandRun.of("merge", s2.toString(), s1.toString(), "--out", merged.toString(), "--no-charts");
        assertThat(m.code()).as(m.err()).isZero();
        for (String f : new String[]{"runs.csv", "years.csv", "summary.csv", "dance.csv", "frontier.csv"}) {
            assertThat(Files.readString(merged.resolve(f))).as(f).isEqualTo(Files.readString(single.resolve(f)));
        }
        assertThat(Files.readAllLines(single.resolve("runs.csv"))).hasSize(5);
    }
}
