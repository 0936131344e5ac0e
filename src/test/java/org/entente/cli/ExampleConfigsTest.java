package org.entente.cli;

import org.entente.config.ShippedConfigs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shipped configs through the command a user types (Main.execute, as ./entente runs it, on the
 * JADE agents): they all validate, and the textbook results hold end to end.
 */
class ExampleConfigsTest {
    @TempDir
    Path tmp;

    /** The first data row of a results directory's runs.csv, by column name. */
    private static String cell(Path dir, String column) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        assertThat(header).contains(column);
        return lines.get(1).split(",", -1)[header.indexOf(column)];
    }

    @Test
    void everyShippedConfigValidates() throws IOException {
        List<String> args = new ArrayList<>(List.of("validate"));
        for (Path p : ShippedConfigs.all()) args.add(p.toString());
        assertThat(args).hasSizeGreaterThan(8);
        CommandRun r = CommandRun.of(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.endsWith(": ok")).count()).isEqualTo(args.size() - 1);
    }

    @Test
    void zeuthenUnderMonotonicConcessionReachesTheNashSplitOnJade() throws IOException {
        Path out = tmp.resolve("zeuthen");
        CommandRun r = CommandRun.of("run", "configs/textbook-zeuthen-nash.yaml", "--out", out.toString(), "--no-charts", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(cell(out, "agreement")).isEqualTo("true");
        // Harsanyi (1956): Zeuthen's process ends at the Nash point, max x * sqrt(1 - x) = 2/3
        assertThat(Double.parseDouble(cell(out, "issue.share"))).isCloseTo(2.0 / 3.0, within(0.001 + 1e-9));
    }

    @Test
    void boulwareGetsTheBiggerShareAgainstAConcederWhoeverOpens() throws IOException {
        for (String[] roles : new String[][]{{"boulware", "conceder"}, {"conceder", "boulware"}}) {
            Path config = tmp.resolve("bc-" + roles[0] + ".yaml");
            Files.writeString(config, """
                    scenario:
                      name: Linear split
                      interests: [trade]
                      issues:
                        - {id: share, interest: trade, min: 0, max: 1, step: 0.01}
                      parties:
                        - {id: a, preferences: {share: {direction: up}}}
                        - {id: b, preferences: {share: {direction: down}}}
                    experiment:
                      protocol: alternating_offers
                      deadline: 40
                      runs: 1
                      strategies:
                        a: {type: %s}
                        b: {type: %s}
                    """.formatted(roles[0], roles[1]));
            Path out = tmp.resolve("out-" + roles[0]);
            CommandRun r = CommandRun.of("run", config.toString(), "--out", out.toString(), "--no-charts", "--quiet");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(cell(out, "agreement")).isEqualTo("true");
            double a = Double.parseDouble(cell(out, "utility.a")), b = Double.parseDouble(cell(out, "utility.b"));
            String boulware = roles[0].equals("boulware") ? "a" : "b";
            assertThat(boulware.equals("a") ? a : b).as("boulware side %s: a=%s b=%s", boulware, a, b)
                    .isGreaterThan(boulware.equals("a") ? b : a);
        }
    }
}
