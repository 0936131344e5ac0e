package org.entente.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sensitivity chart and the report section that says in words which parameters drive which outcome. */
class SensitivityReportTest {
    @TempDir
    Path dir;

    private void sensitivity(String rows) throws IOException {
        Files.writeString(dir.resolve("sensitivity.csv"), "output,parameter,S1,S1_lo,S1_hi,ST,ST_lo,ST_hi,samples\n" + rows);
    }

    @Test
    void theSectionNamesTheDriversWithTheirIntervalsAndThePartiesThatDoNotMatter() throws IOException {
        ResultsFixture.gridSweep(dir, "Kingdom of Lesotho", 2);
        sensitivity("""
                agreement_rate,parties.lesotho.reservation,,,,,,,16
                agreement_rate,experiment.strategies.china.e,,,,,,,16
                utility.lesotho,parties.lesotho.reservation,0.58,0.5,0.66,0.62,0.55,0.7,16
                utility.lesotho,experiment.strategies.china.e,0.01,-0.01,0.02,0.02,0.01,0.04,16
                utility.china,parties.lesotho.reservation,0.3,0.2,0.4,0.35,0.3,0.4,16
                utility.china,experiment.strategies.china.e,0.2,0.1,0.3,0.3,0.2,0.4,16
                compliance.lesotho,parties.lesotho.reservation,0.9,-1,2.5,1.9,0.1,2.8,16
                compliance.lesotho,experiment.strategies.china.e,0.1,0,0.2,0.1,0,0.2,16
                """);
        List<ChartResult> charts = Report.renderCharts(dir);
        assertThat(charts).contains(new ChartResult.Rendered(SensitivityChart.FILE, "Sobol sensitivity indices",
                ((ChartResult.Rendered) charts.stream().filter(c -> c.title().startsWith("Sobol")).findFirst().orElseThrow()).caption()));
        assertThat(Files.size(dir.resolve("charts").resolve(SensitivityChart.FILE))).isPositive();
        String html = Files.readString(dir.resolve(Report.HTML));
        assertThat(html).contains("<section id=\"sensitivity\">")
                .contains("The agreement rate does not vary over the design points: it has no indices.")
                .contains("Lesotho&#39;s utility is driven mostly by Lesotho&#39;s reservation (parties.lesotho.reservation; "
                        + "ST 0.62 [0.55, 0.70]); China&#39;s concession exponent e has no measurable effect (ST below 0.05 "
                        + "with its whole interval).")
                .contains("China&#39;s utility is driven mostly by Lesotho&#39;s reservation (parties.lesotho.reservation; "
                        + "ST 0.35 [0.30, 0.40]), then by China&#39;s concession exponent e (experiment.strategies.china.e; "
                        + "ST 0.30 [0.20, 0.40]).")
                .contains("Lesotho&#39;s compliance: the indices are too uncertain at N = 16 to rank the parameters");
    }

    @Test
    void withoutSensitivityCsvThereIsNoChartAndNoSection() throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 2);
        assertThat(Report.renderCharts(dir)).noneMatch(c -> c.title().contains("ensitivity"));
        assertThat(Files.readString(dir.resolve(Report.HTML))).doesNotContain("id=\"sensitivity\"");
    }

    @Test
    void morrisIsReadAsMuStar() throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 2);
        Files.writeString(dir.resolve("sensitivity.csv"), """
                output,parameter,mu_star,mu_star_lo,mu_star_hi,sigma,mu,trajectories
                utility.lesotho,parties.lesotho.reservation,0.4,0.3,0.5,0.1,0.4,10
                utility.lesotho,experiment.strategies.china.e,0.01,0,0.02,0.01,0.01,10
                """);
        List<ChartResult> charts = Report.renderCharts(dir);
        assertThat(charts).anyMatch(c -> c instanceof ChartResult.Rendered r && r.file().equals(SensitivityChart.FILE)
                && r.title().equals("Morris elementary effects"));
        assertThat(Files.readString(dir.resolve(Report.HTML))).contains("A Morris design of 10 trajectories")
                .contains("Lesotho&#39;s utility is driven mostly by Lesotho&#39;s reservation (parties.lesotho.reservation; "
                        + "μ* 0.40 [0.30, 0.50]); China&#39;s concession exponent e has no measurable effect (μ* below 5% of "
                        + "the largest).");
    }
}
