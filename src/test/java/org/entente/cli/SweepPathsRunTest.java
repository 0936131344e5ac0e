package org.entente.cli;

import org.entente.config.ConfigLoader;
import org.entente.model.Numbers;
import org.entente.model.ParameterPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path {@code describe --paths} lists for the default scenario, swept at its current value,
 * validates and runs on JADE exactly as the scenario does unswept.
 */
class SweepPathsRunTest {

    @Test
    void sweepingEveryListedPathAtItsCurrentValueLeavesTheRunsUnchanged(@TempDir Path dir) throws Exception {
        Path base = Path.of("configs/china-lesotho.yaml");
        List<ParameterPaths.Resolved> paths = ParameterPaths.all(ConfigLoader.load(base));
        StringBuilder yaml = new StringBuilder(Files.readString(base).stripTrailing());
        yaml.append("\n  sweep:\n    design: grid\n    parameters:\n");
        for (ParameterPaths.Resolved r : paths) {
            String v = r.current() instanceof Number n ? Numbers.format(n.doubleValue()) : (String) r.current();
            yaml.append("      - {path: ").append(r.path()).append(", values: [").append(v).append("]}\n");
        }
        Path swept = dir.resolve("every-path.yaml");
        Files.writeString(swept, yaml);
        assertThat(CommandRun.of("validate", swept.toString()).out()).endsWith(": ok\n");

        for (Path[] run : new Path[][]{{base, dir.resolve("plain")}, {swept, dir.resolve("swept")}}) {
            CommandRun r = CommandRun.of("run", run[0].toString(), "--runs", "2", "--no-charts", "--quiet", "--out",
                    run[1].toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        List<String> plain = Files.readAllLines(dir.resolve("plain/runs.csv"));
        List<String> sweptRows = Files.readAllLines(dir.resolve("swept/runs.csv"));
        assertThat(sweptRows.get(0).split(",")).hasSize(plain.get(0).split(",").length + paths.size());
        for (int i = 0; i < plain.size(); i++) assertThat(withoutSwept(sweptRows.get(i), paths.size())).isEqualTo(plain.get(i));
        assertThat(Files.readAllLines(dir.resolve("swept/years.csv"))).isEqualTo(Files.readAllLines(dir.resolve("plain/years.csv")));
    }

    /** A runs.csv line without the swept columns (after run_id, point, replicate, seed). */
    private static String withoutSwept(String line, int swept) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        cells.subList(4, 4 + swept).clear();
        return String.join(",", cells);
    }
}
