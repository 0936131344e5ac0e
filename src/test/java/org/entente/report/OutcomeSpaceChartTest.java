package org.entente.report;

import org.entente.model.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeSpaceChartTest {

    @Test
    void captionBoundsTheLossToDiscountingFromRoundsPlayed(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 4);
        Path manifest = dir.resolve("manifest.json");
        String m = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, m.replace("\"name\": \"China\", \"reservation\": 0.1}",
                "\"name\": \"China\", \"reservation\": 0.1, \"discount\": 0.99}"), StandardCharsets.UTF_8);
        ReportInput in = ReportInput.read(dir);
        double loss = 0, rounds = 0;
        int n = 0;
        for (int r : in.okRuns()) {
            if (!in.agreed(r)) continue;
            double t = in.runs().number(r, "rounds");
            loss += 1 - Math.pow(0.99, t);
            rounds += t;
            n++;
        }
        String within = "within " + Numbers.format(rounds / n, 3) + " rounds";
        String most = "at most " + Numbers.format(100 * loss / n, 2) + "% and 0% on average";
        ChartResult c = OutcomeSpaceChart.render(in);
        assertThat(c).isInstanceOfSatisfying(ChartResult.Rendered.class, r -> assertThat(r.caption())
                .contains("frontier and reference points are not")
                .contains("discount factors 0.99 (China) and 1 (Lesotho)")
                .contains(within).contains(most));
    }

    @Test
    void captionSaysWhenNothingIsDiscounted(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 2);
        ChartResult c = OutcomeSpaceChart.render(ReportInput.read(dir));
        assertThat(c).isInstanceOfSatisfying(ChartResult.Rendered.class, r -> assertThat(r.caption())
                .contains("discount factors are 1, so utilities at agreement are not discounted"));
    }

    @Test
    void geniusKalaiSmorodinskyIsMarkedOnlyWhereItDiffers(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Lesotho", 2);
        Path frontier = dir.resolve("frontier.csv");
        String same = Files.readString(frontier) + "kalai_smorodinsky_nearest,0.618,0.618\n";
        Files.writeString(frontier, same);
        assertThat(OutcomeSpaceChart.render(ReportInput.read(dir))).isInstanceOfSatisfying(ChartResult.Rendered.class,
                r -> assertThat(r.caption()).doesNotContain("nearest the diagonal"));
        Files.writeString(frontier, same.replace("kalai_smorodinsky_nearest,0.618,0.618", "kalai_smorodinsky_nearest,0.6,0.63"));
        assertThat(OutcomeSpaceChart.render(ReportInput.read(dir))).isInstanceOfSatisfying(ChartResult.Rendered.class,
                r -> assertThat(r.caption()).contains("the upside-down triangle the Pareto outcome nearest the diagonal"));
    }
}
