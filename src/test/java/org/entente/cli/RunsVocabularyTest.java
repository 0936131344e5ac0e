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
import static org.entente.cli.CommandRuns.runFile;
import static org.entente.cli.CommandRuns.table;

/**
 * runs.csv says which number is which: the strategy each party played, the round of agreement and
 * the undiscounted value beside the discounted utility, with utility = value × discount^agreement_round.
 */
class RunsVocabularyTest {
    @TempDir
    Path tmp;

    @Test
    void utilityIsTheValueDiscountedToTheAgreementRoundOnEveryRatifiedAgreement() throws IOException {
        List<Map<String, String>> rows = table(runFile(tmp.resolve("cl"), Path.of("configs/china-lesotho.yaml"),
                "--runs", "16").resolve("runs.csv"));
        // the default scenario's discount factors (configs/china-lesotho.yaml)
        Map<String, Double> discount = Map.of("china", 0.998, "lesotho", 0.995);
        int ratified = 0;
        for (Map<String, String> r : rows) {
            assertThat(r).containsEntry("strategy.china", "boulware").containsEntry("strategy.lesotho", "linear");
            if (!r.get("agreement").equals("true")) continue;
            ratified++;
            int t = Integer.parseInt(r.get("agreement_round"));
            assertThat(t).isLessThan(Integer.parseInt(r.get("rounds")));
            for (String p : discount.keySet()) {
                double value = Double.parseDouble(r.get("value." + p));
                double utility = Double.parseDouble(r.get("utility." + p));
                assertThat(utility).as("run %s, %s", r.get("run_id"), p)
                        .isCloseTo(value * Math.pow(discount.get(p), t), within(1e-9));
                assertThat(utility).isLessThan(value);
            }
        }
        assertThat(ratified).isGreaterThan(8);
    }

    @Test
    void withoutAnAgreementAtTheTableThereIsNoAgreementRoundAndNoValue() throws IOException {
        Map<String, String> r = table(CommandRuns.run(tmp, "none", SplitScenario.yaml("reservation: 0.7, ",
                "reservation: 0.7, ", "down", 0.1) + """
                experiment:
                  runs: 1
                  deadline: 10
                  strategy: {type: boulware}
                """).resolve("runs.csv")).get(0);
        assertThat(r).containsEntry("agreement", "false").containsEntry("agreement_round", "")
                .containsEntry("value.a", "").containsEntry("value.b", "").containsEntry("utility.a", "0.7")
                .containsEntry("strategy.a", "boulware");
    }
}
