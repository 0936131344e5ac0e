package org.entente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** bench refuses a wrong --against or --tolerance before it measures anything: one line, exit 2, nothing written. */
class BenchCommandTest {
    @TempDir
    Path dir;

    CommandRun bench(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "bench";
        args[1] = "--out";
        args[2] = dir.resolve("out").toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CommandRun.of(args);
    }

    void refused(CommandRun r, String line) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("entente: " + line);
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anEarlierBenchThatCannotBeReadIsRefusedFirst() throws IOException {
        Path missing = dir.resolve("old").resolve("bench.csv");
        refused(bench("--against", missing.toString()), missing + ": cannot read: no such file");
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, "run_id,point\n0,0\n");
        refused(bench("--against", runs.toString()), runs + ":1: no column benchmark; not a bench.csv");
    }

    @Test
    void aToleranceNeedsAnEarlierBenchAndAPercentage() throws IOException {
        refused(bench("--tolerance", "5"), "--tolerance needs --against FILE");
        Path old = dir.resolve("bench.csv");
        Files.writeString(old, "benchmark,parties,issues,seconds,runs_per_s,messages_per_s\ndescribe,2,9,0.3,,\n");
        refused(bench("--against", old.toString(), "--tolerance", "150"), "--tolerance must be from 0 to 100 (percent), got 150.0");
    }
}
