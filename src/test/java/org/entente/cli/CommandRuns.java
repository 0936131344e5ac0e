package org.entente.cli;

import org.entente.report.CsvTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./entente run} in-process on a config file or text, and its CSV tables as rows by column name. */
public final class CommandRuns {
    private CommandRuns() {
    }

    /** Writes {@code yaml} to {@code dir/name.yaml} and runs it into {@code dir/name}; requires exit 0. */
    public static Path run(Path dir, String name, String yaml, String... args) throws IOException {
        Path config = dir.resolve(name + ".yaml");
        Files.writeString(config, yaml);
        return runFile(dir.resolve(name), config, args);
    }

    /** Runs {@code config} into {@code out} without charts; requires exit 0. */
    public static Path runFile(Path out, Path config, String... args) {
        List<String> command = new ArrayList<>(List.of("run", config.toString(), "--out", out.toString(),
                "--no-charts", "--quiet"));
        command.addAll(List.of(args));
        CommandRun r = CommandRun.of(command.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return out;
    }

    /** The rows of a CSV file, each a map from column name to cell. */
    public static List<Map<String, String>> table(Path csv) throws IOException {
        CsvTable t = CsvTable.read(csv);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int row = 0; row < t.size(); row++) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String c : t.columns()) m.put(c, t.get(row, c));
            rows.add(m);
        }
        return rows;
    }

    public static List<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }
}
