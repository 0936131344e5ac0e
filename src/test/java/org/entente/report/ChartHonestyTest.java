package org.entente.report;

import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Captions say what the data under them show; switches are categories; money has the scenario's unit. */
class ChartHonestyTest {

    @Test
    void outcomeSpaceCaptionCountsTheAgreementsBelowAReservation() {
        double[] reservation = {0.4, 0.4};
        assertThat(OutcomeSpaceChart.reservationSentence(dots(0.7, 0.5, 0.6, 0.45), reservation))
                .contains("Every agreement lies above and to the right of both.");
        assertThat(OutcomeSpaceChart.reservationSentence(dots(0.7, 0.5, 0.72, 0.39, 0.35, 0.8), reservation))
                .contains("2 of 3 agreements fall below or left of a line").doesNotContain("Every agreement");
    }

    /** The outcome space's agreements: x, y of each. */
    private static XYSeries dots(double... xy) {
        XYSeries s = new XYSeries("agreements", false, true);
        for (int i = 0; i < xy.length; i += 2) s.add(xy[i], xy[i + 1]);
        return s;
    }

    @Test
    void aSweptSwitchIsDrawnAsTwoCategoriesAndANumberAsAScale(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "summary.csv", """
                point,experiment.strategies.b.two_level,runs,failed,agreement_rate,agreement_rate_lo,agreement_rate_hi,utility.a.mean,utility.a.lo,utility.a.hi,rounds.mean
                0,0,10,0,0.9,0.6,0.98,0.6,0.55,0.65,12
                1,1,10,0,1,0.72,1,0.7,0.65,0.75,8
                """);
        assertThat(caption(dir, "sweep-experiment.strategies.b.two_level.png")).contains("Each value of the parameter is a category")
                .contains("agreement rate (top, black)");
        ResultsFixture.write(dir, "summary.csv", """
                point,parties.b.reservation,runs,failed,agreement_rate,agreement_rate_lo,agreement_rate_hi,utility.a.mean,utility.a.lo,utility.a.hi,rounds.mean
                0,0.1,10,0,0.9,0.6,0.98,0.6,0.55,0.65,12
                1,0.3,10,0,1,0.72,1,0.7,0.65,0.75,8
                """);
        assertThat(caption(dir, "sweep-parties.b.reservation.png")).contains("Lines are estimates at each value");
    }

    @Test
    void implementationChartsUseTheScenariosMoneyUnitAndStartAtZero(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 3);
        ReportInput in = ReportInput.read(dir);
        assertThat(ImplementationCharts.axisLabel(in, "trade")).isEqualTo("trade under the agreement (" + in.moneyUnit() + " a year)");
        assertThat(ImplementationCharts.axisLabel(in, "influence")).isEqualTo("influence (standing index, 0 to 1)");
        String caption = caption(dir, "implementation-trade.png");
        assertThat(caption).contains("The axis starts at 0", "in " + in.moneyUnit()).doesNotContain("model units");
    }

    private static String caption(Path dir, String file) throws IOException {
        for (ChartResult c : Report.renderCharts(dir)) {
            if (c instanceof ChartResult.Rendered r && r.file().equals(file)) return r.caption();
        }
        throw new AssertionError(file + " was not drawn");
    }
}
