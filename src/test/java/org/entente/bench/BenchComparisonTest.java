package org.entente.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** bench --against: each row's headline figure before and now, faster positive, slower flagged past the tolerance. */
class BenchComparisonTest {
    @TempDir
    Path dir;

    static List<Measurement> bench(double ping, double scenario, double launched, double describe) {
        return List.of(
                new Measurement("jade_ping_pong", 0, 0, 0, 5, Double.NaN, ping, Double.NaN, Double.NaN, 62, 1),
                new Measurement("default_scenario", 2, 9, 5000, 5, scenario, scenario * 66.7, 51.7, Double.NaN, 62, 1,
                        8000).withRatio(0.25),
                new Measurement("synthetic", 2, 3, 1000, 1, 1300, 89_000, 58, Double.NaN, 61, 1),
                new Measurement("run_with_startup", 2, 9, 10_000, 10_000 / launched, launched, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, 1),
                new Measurement("describe", 2, 9, 0, describe, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1));
    }

    Path earlier(List<Measurement> rows) throws IOException {
        Path f = dir.resolve("bench.csv");
        Files.writeString(f, BenchTable.csv(rows));
        return f;
    }

    @Test
    void comparesEachRowByItsHeadlineFigureAndFlagsOnlyWhatGotWorseBeyondTheTolerance() throws IOException {
        Path f = earlier(bench(200_000, 900, 500, 0.30));
        List<Measurement> now = bench(150_000, 950, 520, 0.25);
        BenchComparison c = BenchComparison.of(f, BenchComparison.read(f), now, 0.10);
        assertThat(c.changes()).extracting(BenchComparison.Change::measure)
                .containsExactly("messages_per_s", "runs_per_s", "runs_per_s", "runs_per_s", "seconds");
        assertThat(c.changes().get(0).change()).isCloseTo(-0.25, within(1e-12));
        assertThat(c.changes().get(0).slower()).isTrue();
        assertThat(c.changes().get(1).change()).isCloseTo(950.0 / 900 - 1, within(1e-12));
        assertThat(c.changes().get(2).change()).isZero();
        // describe took less time: faster, so a positive change
        assertThat(c.changes().get(4).change()).isCloseTo(0.30 / 0.25 - 1, within(1e-12));
        assertThat(c.slower()).isEqualTo(1);
        assertThat(c.csv()).startsWith(String.join(",", BenchComparison.COLUMNS) + "\n")
                .contains("jade_ping_pong,,,messages_per_s,200000,150000,-0.25,true\n")
                .contains("describe,2,9,seconds,0.3,0.25,0.2,false\n");
        assertThat(c.text()).contains("-25.0%  slower").contains("+20.0%");
        // 25% worse is within a 30% tolerance
        assertThat(BenchComparison.of(f, BenchComparison.read(f), now, 0.30).slower()).isZero();
    }

    @Test
    void rowsOnlyOneBenchHasAreLeftOut() throws IOException {
        Path f = earlier(bench(200_000, 900, 500, 0.30).subList(0, 2));
        BenchComparison c = BenchComparison.of(f, BenchComparison.read(f), bench(200_000, 900, 500, 0.3), 0.10);
        assertThat(c.changes()).extracting(BenchComparison.Change::benchmark).containsExactly("jade_ping_pong", "default_scenario");
    }

    @Test
    void aFileThatIsNotABenchCsvIsRefusedWithItsNameAndLine() throws IOException {
        Path other = dir.resolve("runs.csv");
        Files.writeString(other, "run_id,point\n0,0\n");
        assertThatThrownBy(() -> BenchComparison.read(other)).hasMessage(other + ":1: no column benchmark; not a bench.csv");
        Path bad = earlier(bench(200_000, 900, 500, 0.30));
        Files.writeString(bad, Files.readString(bad).replace(",900,", ",fast,"));
        assertThatThrownBy(() -> BenchComparison.read(bad)).hasMessage(bad + ":3: runs_per_s 'fast' is not a non-negative number");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> BenchComparison.read(empty)).hasMessage(empty + ": empty; not a bench.csv");
        assertThatThrownBy(() -> BenchComparison.read(dir.resolve("none.csv"))).hasMessage(dir.resolve("none.csv") + ": cannot read: no such file");
        assertThatThrownBy(() -> BenchComparison.read(dir)).hasMessage(dir + ": cannot read: it is a directory; expected a bench.csv");
    }
}
