package org.entente.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The targets bench reports: a verdict for each it measured, a note for what it did not. */
class BenchTargetsTest {

    @Test
    void eachTargetIsJudgedOnItsRow() {
        List<BenchTargets.Check> checks = BenchTargets.of(BenchComparisonTest.bench(200_000, 900, 1020, 0.31), null);
        assertThat(checks).extracting(BenchTargets.Check::target)
                .containsExactly("runs_per_s_with_startup", "ratio_to_raw_jade", "describe_seconds");
        assertThat(checks).extracting(BenchTargets.Check::met).containsExactly(true, false, false);
        assertThat(BenchTargets.csv(checks)).isEqualTo("""
                target,threshold,value,met
                runs_per_s_with_startup,>= 1000,1020,true
                ratio_to_raw_jade,>= 0.5,0.25,false
                describe_seconds,< 0.3,0.31,false
                """);
        assertThat(BenchTargets.text(checks)).contains("runs_per_s_with_startup").contains("not met").contains("met");
    }

    @Test
    void theRatioToTheStockPingPongStandsBesideTheVerdictWhichItDoesNotChange() {
        List<Measurement> rows = new java.util.ArrayList<>(BenchComparisonTest.bench(200_000, 900, 1020, 0.31));
        // 900 runs/s × 51.7 rounds = 46,530 protocol-minimal messages/s; 46,530 / 60,000 = 0.7755
        rows.add(new Measurement("jade_ping_pong_stock", 0, 0, 0, 5, Double.NaN, 60_000, Double.NaN, Double.NaN, 62, 1));
        BenchTargets.Check ratio = BenchTargets.of(rows, null).get(1);
        assertThat(ratio.value()).isEqualTo(0.25);
        assertThat(ratio.met()).isFalse();
        assertThat(ratio.note()).isEqualTo("to the stock JADE ping-pong: 0.7755");
        assertThat(BenchTargets.text(List.of(ratio)))
                .contains("ratio_to_raw_jade        >= 0.5         0.25  not met (to the stock JADE ping-pong: 0.7755)");
        assertThat(BenchTargets.csv(List.of(ratio))).endsWith("ratio_to_raw_jade,>= 0.5,0.25,false\n");
        // without the stock row, nothing beside the verdict
        assertThat(BenchTargets.of(BenchComparisonTest.bench(200_000, 900, 1020, 0.31), null).get(1).note()).isEmpty();
    }

    @Test
    void aQuickBenchLaunchesTooFewRunsForAVerdict() {
        List<Measurement> rows = List.of(new Measurement("run_with_startup", 2, 9, 1_000, 2, 500, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, 1));
        List<BenchTargets.Check> checks = BenchTargets.of(rows, null);
        assertThat(checks.get(0).met()).isNull();
        assertThat(checks.get(0).note()).isEqualTo("over 1000 runs; the target is over 10000 (full bench)");
        assertThat(checks.get(1).note()).isEqualTo("not measured");
        assertThat(BenchTargets.csv(checks)).contains("runs_per_s_with_startup,>= 1000,500,\n");
    }

    @Test
    void withAnEarlierBenchNoRowMayBeSlower() {
        List<Measurement> now = BenchComparisonTest.bench(200_000, 700, 500, 0.3);
        BenchComparison c = BenchComparison.of(Path.of("old.csv"),
                List.of(new BenchComparison.Earlier("default_scenario", 2, 9, 5, 900, 60_000)), now, 0.10);
        BenchTargets.Check last = BenchTargets.of(now, c).get(3);
        assertThat(last.target()).isEqualTo("rows_slower_than_before");
        assertThat(last.value()).isEqualTo(1.0);
        assertThat(last.met()).isFalse();
    }
}
