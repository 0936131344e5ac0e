package org.entente.cli;

import org.entente.SplitScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.cli.CommandRuns.column;
import static org.entente.cli.CommandRuns.run;
import static org.entente.cli.CommandRuns.runFile;
import static org.entente.cli.CommandRuns.table;

/**
 * What the textbook configs and docs promise, run as a user runs them ({@code ./entente run} on the
 * JADE agents): the closed-form reference points of the splits and of logrolling in frontier.csv,
 * Nash with reservations, Kalai–Smorodinsky reached by symmetric linear concession, Zeuthen's process
 * reaching Nash on the shipped config, and Boulware beating Conceder from either seat.
 */
class TextbookPromisesOnJadeTest {
    @TempDir
    Path tmp;

    /** frontier.csv's reference points of a run directory: kind → each party's value, scenario order. */
    private static Map<String, double[]> points(Path out, String... parties) throws IOException {
        Map<String, double[]> m = new java.util.LinkedHashMap<>();
        for (Map<String, String> r : table(out.resolve("frontier.csv"))) {
            if (r.get("kind").equals("pareto")) continue;
            m.put(r.get("kind"), java.util.Arrays.stream(parties).mapToDouble(p -> Double.parseDouble(r.get("utility." + p))).toArray());
        }
        return m;
    }

    private static Path shipped(Path tmp, String name) {
        return runFile(tmp.resolve(name), Path.of("configs/" + name + ".yaml"), "--runs", "1");
    }

    @Test
    void theConcaveSplitHasItsClosedFormNashKalaiSmorodinskyAndWelfarePoints() throws IOException {
        Map<String, double[]> p = points(shipped(tmp, "textbook-split-concave"), "a", "b");
        // Nash: max x √(1 − x) at 2/3; KS: x = √(1 − x) at 0.618; max welfare: x + √(1 − x) at 3/4
        assertThat(p.get("nash")).containsExactly(new double[]{0.667, 0.577}, within(0.0005));
        assertThat(p.get("weighted_nash")).containsExactly(p.get("nash"));
        assertThat(p.get("kalai_smorodinsky")).containsExactly(new double[]{0.618, 0.618}, within(0.0005));
        assertThat(p.get("max_welfare")).containsExactly(0.75, 0.5);
    }

    @Test
    void theLinearSplitsNashPointIsHalfThePieAboveTheReservations() throws IOException {
        assertThat(points(shipped(tmp, "textbook-split-linear"), "a", "b").get("nash")).containsExactly(0.5, 0.5);
        // the config's comment: with reservations r_a, r_b the Nash share is (1 + r_a − r_b) / 2 = 0.4
        Path out = run(tmp, "reserved", SplitScenario.yaml("reservation: 0.2, ", "reservation: 0.4, ", "down", 0.01) + """
                experiment:
                  runs: 1
                  deadline: 20
                """);
        assertThat(points(out, "a", "b").get("nash")).containsExactly(new double[]{0.4, 0.6}, within(1e-9));
    }

    @Test
    void logrollingGivesEachPartyItsPriorityIssue() throws IOException {
        Path out = shipped(tmp, "textbook-logrolling");
        Map<String, double[]> p = points(out, "a", "b");
        for (String kind : List.of("nash", "kalai_smorodinsky", "max_welfare")) {
            assertThat(p.get(kind)).as(kind).containsExactly(new double[]{0.75, 0.75}, within(1e-9));
        }
        assertThat(table(out.resolve("frontier.csv"))).filteredOn(r -> r.get("kind").equals("pareto")).hasSize(21);
    }

    @Test
    void zeuthensProcessOnTheShippedConfigEndsAtTheNashPoint() throws IOException {
        Map<String, String> r = table(shipped(tmp, "textbook-zeuthen-nash").resolve("runs.csv")).get(0);
        assertThat(r.get("agreement")).isEqualTo("true");
        assertThat(Double.parseDouble(r.get("issue.share"))).isCloseTo(2.0 / 3, within(0.001));
    }

    @Test
    void symmetricLinearConcessionMeetsAtTheKalaiSmorodinskyPoint() throws IOException {
        // both concede the same share of their own range each round, so they meet where the
        // normalised gains are equal: x = √(1 − x), x = 0.618
        List<Map<String, String>> rows = table(run(tmp, "ks", SplitScenario.yaml("", "", "down, exponent: 0.5", 0.001) + """
                experiment:
                  deadline: 200
                  runs: 1
                  strategy: linear
                  sweep:
                    parameters:
                      - path: experiment.protocol
                        values: [alternating_offers, monotonic_concession]
                """).resolve("runs.csv"));
        assertThat(column(rows, "agreement")).containsOnly("true");
        for (String share : column(rows, "issue.share")) {
            assertThat(Double.parseDouble(share)).isCloseTo((Math.sqrt(5) - 1) / 2, within(0.002));
        }
    }

    @Test
    void boulwareBeatsConcederFromEitherSeat() throws IOException {
        List<Map<String, String>> rows = table(run(tmp, "bc", SplitScenario.yaml("", "", "down", 0.01) + """
                experiment:
                  protocol: alternating_offers
                  deadline: 40
                  runs: 1
                  strategies:
                    a: {type: boulware}
                    b: {type: conceder}
                  sweep:
                    parameters:
                      - path: experiment.strategies.a.type
                        values: [boulware, conceder]
                      - path: experiment.strategies.b.type
                        values: [conceder, boulware]
                """).resolve("runs.csv"));
        Map<String, String> aBoulware = rows.get(0), bBoulware = rows.get(3);
        assertThat(aBoulware).containsEntry("strategy.a", "boulware").containsEntry("strategy.b", "conceder");
        assertThat(Double.parseDouble(aBoulware.get("utility.a"))).isGreaterThan(0.7);
        assertThat(bBoulware).containsEntry("strategy.a", "conceder").containsEntry("strategy.b", "boulware");
        assertThat(Double.parseDouble(bBoulware.get("utility.b"))).isGreaterThan(0.7);
        // between equals, the split is even
        assertThat(rows.get(1).get("issue.share")).isEqualTo("0.5");
        assertThat(rows.get(2).get("issue.share")).isEqualTo("0.5");
    }
}
