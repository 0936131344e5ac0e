package org.entente.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {

    static void assertProjectorPng(Path png) throws IOException {
        assertThat(png).exists();
        try (InputStream in = Files.newInputStream(png)) {
            byte[] sig = in.readNBytes(8);
            assertThat(sig).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        }
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(ChartStyle.WIDTH);
        assertThat(img.getHeight()).isEqualTo(ChartStyle.HEIGHT);
    }

    @Test
    void gridSweepRendersEveryChartAsProjectorSizedPng(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 6);
        List<ChartResult> charts = Report.renderCharts(dir);
        List<String> files = charts.stream().filter(c -> c instanceof ChartResult.Rendered)
                .map(c -> ((ChartResult.Rendered) c).file()).toList();
        assertThat(files).contains("dance.png", "outcome-space.png", "utility-distribution.png",
                "rounds-distribution.png", "sweep-parties.lesotho.reservation.png",
                "sweep-experiment.strategies.china.e.png",
                "heatmap-parties.lesotho.reservation--experiment.strategies.china.e.png",
                "sweep-parties.lesotho.reservation-implementation.png",
                "sweep-experiment.strategies.china.e-implementation.png",
                "heatmap-utility-china-parties.lesotho.reservation--experiment.strategies.china.e.png",
                "heatmap-utility-lesotho-parties.lesotho.reservation--experiment.strategies.china.e.png",
                "heatmap-compliance-china-parties.lesotho.reservation--experiment.strategies.china.e.png",
                "heatmap-compliance-lesotho-parties.lesotho.reservation--experiment.strategies.china.e.png",
                "implementation-trade.png", "implementation-infrastructure.png", "implementation-influence.png");
        for (String f : files) assertProjectorPng(dir.resolve("charts").resolve(f));
        assertThat(dir.resolve("report.html")).exists();
        assertThat(dir.resolve("report.html.tmp")).doesNotExist();
    }

    @Test
    void pageShowsSettingsSummaryAndACaptionPerChart(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 4);
        List<ChartResult> charts = Report.renderCharts(dir);
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        long rendered = charts.stream().filter(c -> c instanceof ChartResult.Rendered).count();
        for (ChartResult c : charts) {
            if (c instanceof ChartResult.Rendered r) {
                assertThat(html).contains("src=\"charts/" + r.file() + "\"");
                assertThat(html).contains(ReportPage.escape(r.caption()));
            }
        }
        assertThat(html).contains("Figure " + rendered + ".").doesNotContain("Figure " + (rendered + 1) + ".");
        assertThat(html).contains("Pareto frontier", "Nash bargaining solution");
        // settings from the manifest
        assertThat(html).contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "2026",
                "alternating_offers", "entente run configs/sweep-reservation.yaml --runs 20 --out &#39;results/my run&#39;",
                "grid: parties.lesotho.reservation in [0.2, 0.3, 0.4]; experiment.strategies.china.e from 0.2 to 2.0 in 3 steps",
                "2026-03-01T10:00:00Z", "China (china)", "boulware (e swept: 0.2 to 2", "interests 0.1, reservation 0.05",
                "parties.lesotho.reservation in [0.2, 0.3, 0.4]", "China &amp; Lesotho: a highway for minerals");
        // the summary table: labelled columns, 9 design points × 2 parties
        assertThat(html).contains("<th scope=\"col\">Agreement rate [95% CI]</th>",
                "<th scope=\"col\">Utility, mean, discounted [95% CI]</th>").doesNotContain("agreement_rate_lo");
        // the hand-out: sections, glossary, links to the files
        assertThat(html).contains("<h2>The scenario</h2>", "<h2>What was agreed</h2>", "<h2>Glossary</h2>",
                "<a href=\"runs.csv\">runs.csv</a>", "<a href=\"manifest.json\">manifest.json</a>", "docs/china-lesotho.md");
        assertThat(html.split("<tr>", -1).length - 1).isGreaterThanOrEqualTo(1 + 9);
        // no network: nothing is fetched from elsewhere
        assertThat(html).doesNotContain("http://", "https://", "<link");
    }

    @Test
    void maliciousPartyNameIsEscapedEverywhereInThePage(@TempDir Path dir) throws IOException {
        String evil = "<script>alert(1)</script>\"'&";
        ResultsFixture.gridSweep(dir, evil, 3);
        Report.render(dir);
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert(1)");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;");
        // the only script element is the report's own image check
        assertThat(html.split("<script>", -1).length - 1).isEqualTo(1);
    }

    @Test
    void escapeCoversTheFiveHtmlSpecialCharacters() {
        assertThat(ReportPage.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
        assertThat(ReportPage.escape(null)).isEmpty();
    }

    @Test
    void directoryWithoutAgreementsSkipsChartsWithReasons(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "runs.csv", """
                run_id,point,replicate,seed,protocol,agreement,ratified,rounds,issue.share,utility.a,utility.b,welfare,nash_product,status,error
                0,0,0,11,alternating_offers,false,false,60,,0.2,0.3,0.5,0.06,ok,
                1,0,1,12,alternating_offers,false,false,60,,0.2,0.3,0.5,0.06,ok,
                2,0,2,13,alternating_offers,false,false,0,,,,,,failed,"agent b: timeout, no reply"
                """);
        List<ChartResult> charts = Report.renderCharts(dir);
        assertThat(charts).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(ChartResult.Skipped.class,
                s -> assertThat(s.reason()).contains("no run reached an agreement")));
        assertThat(charts).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(ChartResult.Skipped.class,
                s -> assertThat(s.title()).isEqualTo("Negotiation dance")));
        // the utility histogram still shows the reservations
        assertProjectorPng(dir.resolve("charts/utility-distribution.png"));
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("Charts not drawn", "manifest.json is missing", "summary.csv is missing or empty");
        assertThat(dir.resolve("charts/outcome-space.png")).doesNotExist();
    }

    @Test
    void emptyFilesAreNotAnError(@TempDir Path dir) throws IOException {
        for (String f : new String[]{"runs.csv", "summary.csv", "years.csv", "dance.csv", "frontier.csv"}) {
            ResultsFixture.write(dir, f, "");
        }
        ResultsFixture.write(dir, "manifest.json", "{\"seed\": 5, \"config\": {}}");
        List<ChartResult> charts = Report.renderCharts(dir);
        assertThat(charts).allSatisfy(c -> assertThat(c).isInstanceOf(ChartResult.Skipped.class));
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Master seed", "Charts not drawn");
    }

    @Test
    void malformedManifestIsReportedNotFatal(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 2);
        ResultsFixture.write(dir, "manifest.json", "{ not json");
        Report.render(dir);
        assertThat(Files.readString(dir.resolve("report.html"))).contains("manifest.json could not be read");
    }

    @Test
    void directoryWithoutResultsIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> Report.render(dir)).isInstanceOf(NotAResultsDirectoryException.class)
                .hasMessageContaining("is not a results directory");
        assertThatThrownBy(() -> Report.render(dir.resolve("missing")))
                .isInstanceOf(NotAResultsDirectoryException.class).hasMessageContaining("is not a directory");
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void longSummaryIsTruncatedWithANote(@TempDir Path dir) throws IOException {
        StringBuilder s = new StringBuilder("point,experiment.deadline,runs,failed,agreement_rate,agreement_rate_lo,"
                + "agreement_rate_hi,utility.a.mean,utility.a.lo,utility.a.hi,rounds.mean\n");
        for (int p = 0; p < 250; p++) s.append(p).append(',').append(10 + p).append(",1,0,1,0.2,1,0.5,,,12\n");
        ResultsFixture.write(dir, "summary.csv", s.toString());
        Report.render(dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("Only the first 200 design points are shown");
        assertThat(html).contains("<tr><th scope=\"row\">209</th>").doesNotContain("<tr><th scope=\"row\">210</th>");
    }

    @Test
    void protocolSweepGetsACategoryResponseAndABoxPlotComparison(@TempDir Path dir) throws IOException {
        ResultsFixture.protocolSweep(dir, 8);
        List<ChartResult> charts = Report.renderCharts(dir);
        assertThat(charts).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(ChartResult.Rendered.class,
                r -> assertThat(r.file()).isEqualTo("comparison-experiment.protocol.png")));
        assertProjectorPng(dir.resolve("charts/comparison-experiment.protocol.png"));
        assertProjectorPng(dir.resolve("charts/sweep-experiment.protocol.png"));
        // one protocol column only: no second comparison for the plain protocol column
        assertThat(dir.resolve("charts/comparison-protocol.png")).doesNotExist();
    }

    @Test
    void partiesKeepTheirConfigOrderColours(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 2);
        ReportInput in = ReportInput.read(dir);
        assertThat(in.parties().ids()).containsExactly("china", "lesotho");
        assertThat(in.parties().colour("china")).isEqualTo(Palette.party(0));
        assertThat(in.parties().colour("lesotho")).isEqualTo(Palette.party(1));
        assertThat(in.parties().name("lesotho")).isEqualTo("Lesotho");
    }

    @Test
    void rerenderingReplacesThePageAndCharts(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 2);
        Report.render(dir);
        Files.delete(dir.resolve("charts/dance.png"));
        Report.render(dir);
        assertProjectorPng(dir.resolve("charts/dance.png"));
    }
}
