package org.entente.report;

import org.entente.analysis.Interval;
import org.entente.analysis.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SweepChartsTest {

    @Test
    void singleParameterUsesSummaryIntervalsAsWritten(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "summary.csv", """
                point,parties.b.reservation,runs,failed,agreement_rate,agreement_rate_lo,agreement_rate_hi,utility.a.mean,utility.a.lo,utility.a.hi,utility.b.mean,utility.b.lo,utility.b.hi,rounds.mean
                0,0.3,10,0,0.9,0.6,0.98,0.6,0.55,0.65,0.5,0.45,0.55,12
                1,0.1,10,0,1,0.72,1,0.7,0.65,0.75,0.4,0.35,0.45,8
                """);
        ReportInput in = ReportInput.read(dir);
        List<SweepCharts.Level> levels = SweepCharts.levels(in, "parties.b.reservation", false);
        assertThat(levels).extracting(SweepCharts.Level::value).containsExactly("0.1", "0.3");
        assertThat(levels.get(1).rate()).isEqualTo(new Interval(0.9, 0.6, 0.98));
        assertThat(levels.get(0).utility().get("b")).isEqualTo(new Interval(0.4, 0.35, 0.45));
    }

    @Test
    void severalParametersPoolRunsWithWilsonAndTIntervals(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 5);
        ReportInput in = ReportInput.read(dir);
        List<SweepCharts.Level> levels = SweepCharts.levels(in, "parties.lesotho.reservation", true);
        assertThat(levels).extracting(SweepCharts.Level::value).containsExactly("0.2", "0.3", "0.4");
        // recount by hand: runs with reservation 0.2 (3 points x 5 runs, all ok)
        long n = 0, agreed = 0;
        double sum = 0;
        for (int r : in.okRuns()) {
            if (!in.runs().get(r, "parties.lesotho.reservation").equals("0.2")) continue;
            n++;
            if (in.agreed(r)) agreed++;
            sum += in.runs().number(r, "utility.china");
        }
        assertThat(n).isEqualTo(15);
        assertThat(levels.get(0).rate()).isEqualTo(Statistics.wilson(agreed, n));
        assertThat(levels.get(0).utility().get("china").estimate()).isCloseTo(sum / n, within(1e-12));
        // the failed run (point 8, reservation 0.4) is left out
        assertThat(levels.get(2).runs()).isEqualTo(14);
    }

    @Test
    void heatMapIsSkippedWhenPointsDoNotFormAGrid(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "summary.csv", """
                point,x.a,x.b,runs,failed,agreement_rate,agreement_rate_lo,agreement_rate_hi,rounds.mean
                0,0.1,5,10,0,0.5,0.2,0.8,3
                1,0.2,7,10,0,0.6,0.3,0.9,3
                2,0.35,6,10,0,0.7,0.4,0.9,3
                """);
        ChartResult c = HeatMaps.render(ReportInput.read(dir), "x.a", "x.b").get(0);
        assertThat(c).isInstanceOfSatisfying(ChartResult.Skipped.class,
                s -> assertThat(s.reason()).contains("do not form a grid"));
    }

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertThat(SweepCharts.fileName("sweep-", "parties.a b/../x")).isEqualTo("sweep-parties.a_b_.._x.png");
    }

    @Test
    void pooledSummaryRowsGiveTheIntervalOfAllTheirRunsTogether(@TempDir Path dir) throws IOException {
        double[] a = {0.1, 0.4, 0.35, 0.9, 0.5};
        double[] b = {0.7, 0.8, 0.75, 0.6};
        Interval ia = interval(a);
        Interval ib = interval(b);
        ResultsFixture.write(dir, "summary.csv", "point,x,runs,failed,compliance.a.mean,compliance.a.lo,compliance.a.hi\n"
                + "0,1,6,1," + ia.estimate() + "," + ia.lo() + "," + ia.hi() + "\n"
                + "1,2,4,0," + ib.estimate() + "," + ib.lo() + "," + ib.hi() + "\n");
        CsvTable sum = ReportInput.read(dir).summary();
        Interval pooled = PooledSummary.pool(sum, new int[]{0, 1}, "compliance.a");
        Interval all = interval(new double[]{0.1, 0.4, 0.35, 0.9, 0.5, 0.7, 0.8, 0.75, 0.6});
        assertThat(pooled.estimate()).isCloseTo(all.estimate(), within(1e-12));
        // compliance is in [0, 1]: its interval (Statistics.unitMean) is inverted for each row's variance
        assertThat(pooled.lo()).isCloseTo(all.lo(), within(1e-9));
        assertThat(pooled.hi()).isCloseTo(all.hi(), within(1e-9));
        // a single row keeps its own interval
        assertThat(PooledSummary.pool(sum, new int[]{1}, "compliance.a")).isEqualTo(ib);
    }

    private static Interval interval(double[] v) {
        double m = java.util.Arrays.stream(v).average().orElseThrow();
        double ss = java.util.Arrays.stream(v).map(x -> (x - m) * (x - m)).sum();
        return Statistics.unitMean(v.length, m, ss / (v.length - 1));
    }

    @Test
    void implementationResponsePoolsComplianceOverTheOtherParameter(@TempDir Path dir) throws IOException {
        int runs = 5;
        ResultsFixture.gridSweep(dir, "Lesotho", runs);
        ReportInput in = ReportInput.read(dir);
        // reservation 0.2 is points 0-2, run ids 0 .. 3*runs-1, all ok; compliance is 0 without agreement
        java.util.Map<Long, double[]> perRun = new java.util.HashMap<>();
        CsvTable years = CsvTable.read(dir.resolve("years.csv"));
        for (int r = 0; r < years.size(); r++) {
            long id = (long) years.number(r, "run_id");
            if (id >= 3 * runs || !years.get(r, "party").equals("lesotho")) continue;
            perRun.computeIfAbsent(id, k -> new double[1])[0] += years.number(r, "compliance") / 10;
        }
        double[] values = new double[3 * runs];
        for (int id = 0; id < 3 * runs; id++) values[id] = perRun.getOrDefault((long) id, new double[1])[0];
        Interval expected = interval(values);
        List<ImplementationSweepCharts.Level> levels = ImplementationSweepCharts.levels(in, "parties.lesotho.reservation");
        assertThat(levels).extracting(ImplementationSweepCharts.Level::value).containsExactly(0.2, 0.3, 0.4);
        Interval got = levels.get(0).estimates().get("compliance").get("lesotho");
        // summary.csv holds 6 significant digits
        assertThat(got.estimate()).isCloseTo(expected.estimate(), within(1e-5));
        assertThat(got.lo()).isCloseTo(expected.lo(), within(1e-4));
        assertThat(got.hi()).isCloseTo(expected.hi(), within(1e-4));
        assertThat(levels.get(0).runs()).isEqualTo(15);
        assertThat(levels.get(2).runs()).isEqualTo(14);
        ChartResult chart = ImplementationSweepCharts.response(in, "parties.lesotho.reservation", true);
        assertThat(chart).isInstanceOfSatisfying(ChartResult.Rendered.class, r -> {
            assertThat(r.file()).isEqualTo("sweep-parties.lesotho.reservation-implementation.png");
            assertThat(r.title()).isEqualTo("Implementation response to Lesotho's reservation");
            assertThat(r.caption()).contains("compliance", "pooled", "count as 0");
        });
        assertThat(dir.resolve("charts/sweep-parties.lesotho.reservation-implementation.png")).exists();
    }

    @Test
    void implementationResponseIsSkippedWithoutImplementationColumns(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "summary.csv", """
                point,x.a,runs,failed,agreement_rate,agreement_rate_lo,agreement_rate_hi,utility.a.mean,utility.a.lo,utility.a.hi,rounds.mean
                0,0.1,10,0,0.5,0.2,0.8,0.5,0.4,0.6,3
                1,0.2,10,0,0.6,0.3,0.9,0.6,0.5,0.7,3
                """);
        ReportInput in = ReportInput.read(dir);
        assertThat(ImplementationSweepCharts.available(in)).isFalse();
        assertThat(SweepCharts.render(in)).extracting(ChartResult::title).containsExactly("Sweep: x.a");
    }

    @Test
    void gridHeatMapsShowEachPartysUtilityAndComplianceOnSharedScales(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 5);
        ReportInput in = ReportInput.read(dir);
        List<ChartResult> maps = HeatMaps.render(in, "parties.lesotho.reservation", "experiment.strategies.china.e");
        assertThat(maps).allMatch(c -> c instanceof ChartResult.Rendered);
        assertThat(maps).extracting(ChartResult::title).containsExactly(
                "Agreement rate over Lesotho's reservation and China's concession exponent e",
                "China's mean utility over Lesotho's reservation and China's concession exponent e",
                "Lesotho's mean utility over Lesotho's reservation and China's concession exponent e",
                "China's mean compliance over Lesotho's reservation and China's concession exponent e",
                "Lesotho's mean compliance over Lesotho's reservation and China's concession exponent e");
        for (ChartResult c : maps) assertThat(dir.resolve("charts").resolve(((ChartResult.Rendered) c).file())).exists();
        // both utility maps state the same scale: the range over both parties' cells
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        CsvTable sum = in.summary();
        java.util.Map<String, double[]> cells = new java.util.HashMap<>();
        for (int r = 0; r < sum.size(); r++) {
            for (String p : ResultsFixture.PARTIES) {
                double w = sum.number(r, "runs") - sum.number(r, "failed");
                double[] c = cells.computeIfAbsent(p + sum.get(r, "point"), k -> new double[2]);
                c[0] += w * sum.number(r, "utility." + p + ".mean");
                c[1] += w;
            }
        }
        for (double[] c : cells.values()) {
            lo = Math.min(lo, c[0] / c[1]);
            hi = Math.max(hi, c[0] / c[1]);
        }
        String scale = org.entente.model.Numbers.format(lo, 3) + " to " + org.entente.model.Numbers.format(hi, 3);
        assertThat(((ChartResult.Rendered) maps.get(1)).caption()).contains(scale);
        assertThat(((ChartResult.Rendered) maps.get(2)).caption()).contains(scale);
        assertThat(((ChartResult.Rendered) maps.get(0)).caption()).contains("dark purple (none)");
    }
}
