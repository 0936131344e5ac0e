package org.entente.cli;

import org.entente.results.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shipped tournament (configs/tournament-england-zimbabwe.yaml) through the command a user types,
 * on the JADE agents: every pairing in both seats, each run's distances recomputed from frontier.csv,
 * and tournament.csv recomputed from runs.csv by hand.
 */
class TournamentOnJadeTest {
    private static final String[] PARTIES = {"england", "zimbabwe"};

    @TempDir
    Path tmp;

    /** A CSV file as rows of cells by column name. */
    private static List<Map<String, String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = Csv.parse(lines.get(0));
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Csv.parse(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), cells.get(i));
            out.add(row);
        }
        return out;
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    @Test
    void everyPairingPlaysInBothSeatsAndTheRankingIsTheRunsOwnUtilities() throws IOException {
        Path out = tmp.resolve("tournament");
        CommandRun r = CommandRun.of("run", "configs/tournament-england-zimbabwe.yaml", "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("own utility [95% CI]");
        assertThat(out.resolve("charts/tournament-ranking.png")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("report.html"))).contains("<section id=\"tournament\">");

        List<Map<String, String>> runs = rows(out.resolve("runs.csv"));
        assertThat(runs).hasSize(9 * 8);
        Map<String, double[]> reference = new LinkedHashMap<>();
        List<double[]> pareto = new ArrayList<>();
        for (Map<String, String> f : rows(out.resolve("frontier.csv"))) {
            double[] u = {Double.parseDouble(f.get("utility.england")), Double.parseDouble(f.get("utility.zimbabwe"))};
            if (f.get("kind").equals("pareto")) pareto.add(u);
            else reference.put(f.get("kind"), u);
        }
        Map<String, List<Double>> own = new LinkedHashMap<>(), welfare = new LinkedHashMap<>();
        Map<String, Integer> asFirst = new LinkedHashMap<>();
        for (Map<String, String> run : runs) {
            assertThat(run.get("strategy.england")).isNotEqualTo(run.get("strategy.zimbabwe"));
            asFirst.merge(run.get("strategy.england"), 1, Integer::sum);
            for (String p : PARTIES) {
                own.computeIfAbsent(run.get("strategy." + p), k -> new ArrayList<>()).add(Double.parseDouble(run.get("utility." + p)));
                welfare.computeIfAbsent(run.get("strategy." + p), k -> new ArrayList<>()).add(Double.parseDouble(run.get("welfare")));
            }
            if (!run.get("agreement").equals("true")) {
                assertThat(run.get("nash_distance")).isEmpty();
                continue;
            }
            // the frontier has 30 points here, so frontier.csv holds it whole
            double[] v = {Double.parseDouble(run.get("value.england")), Double.parseDouble(run.get("value.zimbabwe"))};
            double toFrontier = pareto.stream().mapToDouble(f -> distance(v, f)).min().orElseThrow();
            assertThat(Double.parseDouble(run.get("pareto_distance"))).isCloseTo(toFrontier, within(1e-9));
            assertThat(Double.parseDouble(run.get("nash_distance"))).isCloseTo(distance(v, reference.get("nash")), within(1e-9));
            assertThat(Double.parseDouble(run.get("ks_distance")))
                    .isCloseTo(distance(v, reference.get("kalai_smorodinsky")), within(1e-9));
        }
        assertThat(asFirst).hasSize(9).allSatisfy((entrant, n) -> assertThat(n).isEqualTo(8));

        List<Map<String, String>> table = rows(out.resolve("tournament.csv"));
        assertThat(table).hasSize(9);
        double previous = Double.POSITIVE_INFINITY;
        for (Map<String, String> row : table) {
            List<Double> u = own.get(row.get("strategy"));
            double mean = u.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertThat(row.get("runs")).isEqualTo("16");
            assertThat(Double.parseDouble(row.get("utility.mean"))).isCloseTo(mean, within(1e-9));
            assertThat(Double.parseDouble(row.get("utility.lo"))).isLessThanOrEqualTo(mean);
            assertThat(Double.parseDouble(row.get("welfare.mean")))
                    .isCloseTo(welfare.get(row.get("strategy")).stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                            within(1e-9));
            assertThat(mean).isLessThanOrEqualTo(previous + 1e-9);
            previous = mean;
        }
        // the config's teaching comment: the hardliner takes its best from those who concede with time,
        // and nothing from tit for tat and Zeuthen
        for (Map<String, String> run : runs) {
            for (int seat = 0; seat < 2; seat++) {
                if (!run.get("strategy." + PARTIES[seat]).equals("hardliner")) continue;
                String other = run.get("strategy." + PARTIES[1 - seat]);
                boolean tough = other.equals("tit_for_tat") || other.equals("zeuthen");
                assertThat(run.get("agreement")).as(other).isEqualTo(tough ? "false" : "true");
                if (!tough) assertThat(run.get("utility." + PARTIES[seat])).isEqualTo("1");
            }
        }
        // a boulware holds out for more than a conceder against the same field
        List<String> order = table.stream().map(row -> row.get("strategy")).toList();
        assertThat(order.indexOf("boulware")).isLessThan(order.indexOf("conceder"));
    }
}
