package org.entente.negotiation.strategy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.negotiation.strategy.CommandRuns.column;
import static org.entente.negotiation.strategy.CommandRuns.run;
import static org.entente.negotiation.strategy.CommandRuns.runFile;
import static org.entente.negotiation.strategy.CommandRuns.table;

/**
 * The textbook results on time and rationality, run as a user runs them ({@code ./entente run} on the
 * JADE agents): Rubinstein's split in round 0 with either mover first, patience pays, Ståhl's finite
 * horizon, no agreement when the reservations leave none, no deal below a reservation, and Zeuthen's
 * process reaching the Nash point measured from the reservations.
 */
class BargainingTheoryOnJadeTest {
    @TempDir
    Path tmp;

    /** Both parties play the equilibrium under alternating offers, one run; a sweep may follow. */
    private static final String EQUILIBRIUM = """
            experiment:
              protocol: alternating_offers
              runs: 1
              strategy: equilibrium
            """;

    /** A unit surplus split on a 0.01 grid between a (wants more) and b (wants less), a first or b. */
    private static String split(String a, String b, boolean aFirst) {
        String pa = "    - {id: a, " + a + "preferences: {share: {direction: up}}}\n";
        String pb = "    - {id: b, " + b + "preferences: {share: {direction: down}}}\n";
        return """
                scenario:
                  name: Split
                  interests: [trade]
                  issues:
                    - {id: share, interest: trade, min: 0, max: 1, step: 0.01}
                  parties:
                """ + (aFirst ? pa + pb : pb + pa);
    }

    @Test
    void theShippedRubinsteinConfigAgreesOnRubinsteinsSplitInRoundZero() throws IOException {
        Path out = runFile(tmp.resolve("rubinstein"), Path.of("configs/textbook-rubinstein.yaml"), "--trace");
        Map<String, String> run = table(out.resolve("runs.csv")).get(0);
        // (1 − 0.8) / (1 − 0.9·0.8) = 0.714: 0.71 on the grid, undiscounted since agreed in round 0
        assertThat(run.get("agreement")).isEqualTo("true");
        assertThat(run.get("issue.share")).isEqualTo("0.71");
        assertThat(run.get("utility.a")).isEqualTo("0.71");
        assertThat(run.get("utility.b")).isEqualTo("0.29");
        List<Map<String, String>> trace = table(out.resolve("rounds.csv"));
        assertThat(trace.get(0)).containsEntry("round", "0").containsEntry("actor", "a").containsEntry("action", "offer")
                .containsEntry("issue.share", "0.71");
        assertThat(trace).filteredOn(e -> e.get("action").equals("accept"))
                .extracting(e -> e.get("round") + " " + e.get("actor")).containsExactly("1 b");
    }

    @Test
    void theFirstMoversAdvantageGoesToWhoeverMovesFirst() throws IOException {
        Map<String, String> bFirst = table(run(tmp, "b-first", split("discount: 0.9, ", "discount: 0.8, ", false)
                + EQUILIBRIUM).resolve("runs.csv")).get(0);
        // b opens: b gets (1 − δa) / (1 − δa δb) = 0.357, 0.36 on the grid
        assertThat(bFirst.get("issue.share")).isEqualTo("0.64");
        assertThat(bFirst.get("utility.b")).isEqualTo("0.36");
    }

    @Test
    void patiencePaysUnderEquilibrium() throws IOException {
        List<Map<String, String>> rows = table(run(tmp, "patience", split("discount: 0.9, ", "discount: 0.8, ", true) + EQUILIBRIUM + """
                  sweep:
                    parameters:
                      - path: parties.a.discount
                        values: [0.5, 0.7, 0.9, 0.95]
                """).resolve("runs.csv"));
        // (1 − 0.8) / (1 − 0.8 δa) on the grid: 0.333, 0.455, 0.714, 0.833
        assertThat(column(rows, "issue.share")).containsExactly("0.33", "0.45", "0.71", "0.83");
        assertThat(column(rows, "agreement")).containsOnly("true");
    }

    @Test
    void aShortDeadlineGivesTheFiniteHorizonSplit() throws IOException {
        List<Map<String, String>> rows = table(run(tmp, "stahl", split("discount: 0.9, ", "discount: 0.8, ", true) + EQUILIBRIUM + """
                  sweep:
                    parameters:
                      - path: experiment.deadline
                        values: [2, 3, 4, 5]
                """).resolve("runs.csv"));
        // only round 0's offer can be accepted: a takes all; then 1 − δb; 1 − δb(1 − δa); 1 − δb(1 − δa(1 − δb))
        assertThat(column(rows, "issue.share")).containsExactly("1", "0.2", "0.92", "0.34");
    }

    @Test
    void reservationsThatLeaveNothingToShareGiveNoAgreementAndEquilibriumBreaksOffAtOnce() throws IOException {
        Path out = run(tmp, "none", split("reservation: 0.45, discount: 0.95, ", "reservation: 0.6, discount: 0.95, ", true)
                + EQUILIBRIUM, "--trace");
        assertThat(table(out.resolve("runs.csv")).get(0)).containsEntry("agreement", "false")
                .containsEntry("utility.a", "0.45").containsEntry("utility.b", "0.6");
        assertThat(table(out.resolve("rounds.csv"))).extracting(e -> e.get("round") + " " + e.get("actor") + " "
                + e.get("action")).containsExactly("0 a breakoff");
    }

    @Test
    void noPresetUnderAnyProtocolAgreesBelowAReservation() throws IOException {
        // b's reservation 0.6 leaves nothing to share with a's 0.45; 0.25 leaves room
        List<Map<String, String>> rows = table(run(tmp, "rational", split("reservation: 0.45, discount: 0.99, ",
                "discount: 0.98, ", true) + """
                experiment:
                  deadline: 40
                  runs: 1
                  strategies:
                    b: {type: conceder}
                  sweep:
                    parameters:
                      - path: parties.b.reservation
                        values: [0.25, 0.6]
                      - path: experiment.protocol
                        values: [alternating_offers, stacked_alternating_offers, single_text, monotonic_concession]
                      - path: experiment.strategies.a.type
                        values: [boulware, linear, conceder, hardliner, tit_for_tat, zeuthen, frequency]
                """).resolve("runs.csv"));
        assertThat(rows).hasSize(56);
        assertThat(column(rows, "status")).containsOnly("ok");
        int agreements = 0;
        for (Map<String, String> r : rows) {
            double rb = Double.parseDouble(r.get("parties.b.reservation"));
            if (!r.get("agreement").equals("true")) continue;
            agreements++;
            assertThat(rb).as("agreement with nothing to share: %s", r).isEqualTo(0.25);
            assertThat(Double.parseDouble(r.get("utility.a"))).as("%s", r).isGreaterThanOrEqualTo(0.45);
            assertThat(Double.parseDouble(r.get("utility.b"))).as("%s", r).isGreaterThanOrEqualTo(rb);
        }
        assertThat(agreements).isGreaterThan(20);
    }

    @Test
    void zeuthenReachesTheNashPointOfTheReservations() throws IOException {
        Map<String, String> run = table(run(tmp, "nash", split("reservation: 0.2, ",
                "reservation: 0.4, ", true).replace("{direction: down}", "{direction: down, exponent: 0.5}") + """
                experiment:
                  protocol: monotonic_concession
                  deadline: 200
                  runs: 1
                  strategy: zeuthen
                """).resolve("runs.csv")).get(0);
        // Harsanyi: Zeuthen's process ends at max (x − 0.2)(√(1 − x) − 0.4), x = 0.56 on the grid
        assertThat(run.get("agreement")).isEqualTo("true");
        assertThat(run.get("issue.share")).isEqualTo("0.56");
    }
}
