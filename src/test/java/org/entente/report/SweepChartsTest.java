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
        for (List<String> r : in.okRuns()) {
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
        ChartResult c = SweepCharts.heatMap(ReportInput.read(dir), "x.a", "x.b");
        assertThat(c).isInstanceOfSatisfying(ChartResult.Skipped.class,
                s -> assertThat(s.reason()).contains("do not form a grid"));
    }

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertThat(SweepCharts.fileName("sweep-", "parties.a b/../x")).isEqualTo("sweep-parties.a_b_.._x.png");
    }
}
