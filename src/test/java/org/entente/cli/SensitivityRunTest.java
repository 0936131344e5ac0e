package org.entente.cli;

import org.entente.model.Seeds;
import org.entente.results.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sensitivity designs and common random numbers through the command a user types, on JADE, on the
 * default scenario: sensitivity.csv names the parameters that matter, gives exactly zero to one that
 * cannot, and is the same for any thread count; with common random numbers, paired comparisons are
 * monotone where the model is.
 */
class SensitivityRunTest {
    @TempDir
    Path tmp;

    /** The default experiment over the default scenario with {@code extra} experiment keys. */
    private Path config(String name, String extra) throws IOException {
        Files.copy(Path.of("configs/china-lesotho.yaml"), tmp.resolve("china-lesotho.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, """
                experiment:
                  name: %s
                  scenario: china-lesotho.yaml
                  seed: 2026
                  deadline: 60
                  noise: {interests: 0.1, reservation: 0.03}
                  strategies:
                    china: {type: boulware, e: 0.2}
                    lesotho: {type: linear, two_level: 1}
                %s""".formatted(name, extra.indent(2)));
        return file;
    }

    private Path run(Path config, String out, String... options) {
        Path dir = tmp.resolve(out);
        List<String> args = new ArrayList<>(List.of("run", config.toString(), "--out", dir.toString(), "--no-charts", "--quiet"));
        args.addAll(List.of(options));
        CommandRun r = CommandRun.of(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return dir;
    }

    /** A CSV file's rows as column name → cell. */
    private static List<Map<String, String>> rows(Path file) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (CsvReader r = CsvReader.open(file)) {
            List<String> header = r.next();
            for (List<String> row = r.next(); row != null; row = r.next()) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) m.put(header.get(c), row.get(c));
                out.add(m);
            }
        }
        return out;
    }

    /** sensitivity.csv's {@code column} for (output, parameter). */
    private static double index(Path dir, String output, String parameter, String column) throws IOException {
        return rows(dir.resolve("sensitivity.csv")).stream()
                .filter(r -> r.get("output").equals(output) && r.get("parameter").equals(parameter))
                .mapToDouble(r -> Double.parseDouble(r.get(column))).findFirst().orElseThrow();
    }

    @Test
    void saltelliNamesWhatMattersGivesZeroToWhatCannotAndIsTheSameForAnyThreadsShardsOrReport() throws IOException {
        Path config = config("saltelli", """
                runs: 1
                common_random_numbers: true
                sweep:
                  design: saltelli
                  samples: 4
                  parameters:
                    - {path: experiment.strategies.china.e, min: 0.1, max: 1.0}
                    - {path: implementation.oversight_effectiveness, min: 0, max: 1}
                """);
        Path one = run(config, "t1", "--threads", "1");
        Path two = run(config, "t2", "--threads", "2");
        assertThat(rows(one.resolve("runs.csv"))).hasSize(4 * (2 + 2));
        assertThat(Files.readString(one.resolve("sensitivity.csv"))).isEqualTo(Files.readString(two.resolve("sensitivity.csv")));
        run(config, "s1", "--shard", "1/2");
        run(config, "s2", "--shard", "2/2");
        Path merged = tmp.resolve("merged");
        CommandRun m = CommandRun.of("merge", tmp.resolve("s1").toString(), tmp.resolve("s2").toString(), "--out",
                merged.toString(), "--no-charts");
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(Files.readString(merged.resolve("sensitivity.csv"))).isEqualTo(Files.readString(one.resolve("sensitivity.csv")));
        Files.delete(two.resolve("sensitivity.csv"));
        CommandRun report = CommandRun.of("report", two.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(Files.readString(two.resolve("sensitivity.csv"))).isEqualTo(Files.readString(one.resolve("sensitivity.csv")));
        assertThat(Files.readString(two.resolve("report.html"))).contains("<section id=\"sensitivity\">");
        assertThat(two.resolve("charts").resolve("sensitivity.png")).isNotEmptyFile();
        assertThat(Files.readString(one.resolve("sensitivity.csv"))).startsWith(
                "output,parameter,S1,S1_lo,S1_hi,ST,ST_lo,ST_hi,samples\n");
        // the implementation model runs after the negotiation: its parameter cannot move a utility
        for (String column : List.of("S1", "ST", "ST_lo", "ST_hi")) {
            assertThat(index(one, "utility.lesotho", "implementation.oversight_effectiveness", column)).as(column).isZero();
        }
        assertThat(index(one, "utility.lesotho", "experiment.strategies.china.e", "ST")).isGreaterThan(0.1);
        assertThat(index(one, "compliance.lesotho", "implementation.oversight_effectiveness", "ST")).isGreaterThan(0.1);
    }

    @Test
    void morrisOnCommonRandomNumbersGivesAParameterThatCannotMatterNoEffect() throws IOException {
        Path dir = run(config("morris", """
                runs: 1
                common_random_numbers: true
                sweep:
                  design: morris
                  samples: 3
                  parameters:
                    - {path: experiment.strategies.china.e, min: 0.1, max: 1.0}
                    - {path: implementation.oversight_effectiveness, min: 0, max: 1}
                """), "morris");
        assertThat(rows(dir.resolve("runs.csv"))).hasSize(3 * (2 + 1));
        assertThat(index(dir, "utility.lesotho", "implementation.oversight_effectiveness", "mu_star")).isZero();
        assertThat(index(dir, "utility.lesotho", "experiment.strategies.china.e", "mu_star")).isGreaterThan(0);
        assertThat(index(dir, "compliance.lesotho", "implementation.oversight_effectiveness", "mu_star")).isGreaterThan(0);
    }

    /** compliance by (replicate, year, party), one list per design point in point order. */
    private static Map<String, List<Double>> complianceByPair(Path dir) throws IOException {
        Map<String, Map<String, String>> runs = new HashMap<>();
        for (Map<String, String> r : rows(dir.resolve("runs.csv"))) runs.put(r.get("run_id"), r);
        Map<String, List<Double>> pairs = new LinkedHashMap<>();
        for (Map<String, String> y : rows(dir.resolve("years.csv"))) {
            String key = runs.get(y.get("run_id")).get("replicate") + "/" + y.get("year") + "/" + y.get("party");
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(Double.parseDouble(y.get("compliance")));
        }
        return pairs;
    }

    private static long falling(Map<String, List<Double>> pairs) {
        long n = 0;
        for (List<Double> c : pairs.values()) for (int p = 1; p < c.size(); p++) if (c.get(p) < c.get(p - 1)) n++;
        return n;
    }

    @Test
    void withCommonRandomNumbersComplianceNeverFallsAsOversightRisesPairByPair() throws IOException {
        String sweep = """
                runs: 3
                common_random_numbers: %s
                sweep:
                  design: grid
                  parameters:
                    - {path: implementation.oversight_effectiveness, min: 0, max: 1, steps: 3}
                """;
        Path crn = run(config("crn", sweep.formatted("true")), "crn");
        Path own = run(config("own", sweep.formatted("false")), "own");
        for (Map<String, String> r : rows(crn.resolve("runs.csv"))) {
            assertThat(Long.parseLong(r.get("seed"))).isEqualTo(Seeds.run(2026, Long.parseLong(r.get("replicate"))));
        }
        for (Map<String, String> r : rows(own.resolve("runs.csv"))) {
            assertThat(Long.parseLong(r.get("seed"))).isEqualTo(Seeds.run(2026, Long.parseLong(r.get("run_id"))));
        }
        Map<String, List<Double>> paired = complianceByPair(crn);
        assertThat(paired).isNotEmpty().allSatisfy((k, c) -> assertThat(c).as(k).hasSize(3));
        assertThat(falling(paired)).isZero();
        assertThat(falling(complianceByPair(own))).as("on each run's own draws, some pairs fall").isPositive();
    }
}
