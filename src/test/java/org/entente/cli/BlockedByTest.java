package org.entente.cli;

import org.entente.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who blocked ratification, through `entente run` on JADE: the default scenario with a National
 * Assembly that wants more than the heads settle for and a Lesotho head that does not consult it
 * first; runs.csv names the blocking party and report.html says who blocked and how often.
 */
class BlockedByTest {
    @Test
    void runsCsvAndTheReportSayWhoBlockedRatification(@TempDir Path tmp) throws IOException {
        String yaml = Files.readString(Path.of("configs/china-lesotho.yaml"))
                .replace("lesotho: {type: linear, two_level: 1}", "lesotho: {type: linear, two_level: 0}")
                .replace("          reservation: 0.5\n          veto: true", "          reservation: 0.62\n          veto: true");
        Path config = tmp.resolve("veto.yaml");
        Files.writeString(config, yaml);
        Path out = CommandRuns.runFile(tmp.resolve("out"), config, "--runs", "20");
        List<Map<String, String>> runs = CommandRuns.table(out.resolve("runs.csv"));
        long refused = runs.stream().filter(r -> r.get("ratified").equals("false")).count();
        assertThat(refused).isPositive();
        for (Map<String, String> r : runs) {
            assertThat(r.get("blocked_by")).isEqualTo(r.get("ratified").equals("false") ? "lesotho" : "");
        }
        Report.render(out);
        assertThat(Files.readString(out.resolve("report.html")))
                .contains("Who blocked: Lesotho&#39;s officials in " + refused + " of them (100%)");
    }
}
