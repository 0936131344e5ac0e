package org.entente.outcome;

import org.entente.cli.CommandRun;
import org.entente.results.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** End to end on JADE: years.csv's trade is the purchase the runs agreed, as China delivers it, at the year's prices. */
class TradeOnJadeTest {
    @TempDir
    Path tmp;

    @Test
    void theDefaultScenariosTradeIsTheAgreedPurchaseAsDelivered() throws Exception {
        Path out = tmp.resolve("out");
        CommandRun r = CommandRun.of("run", "configs/china-lesotho.yaml", "--runs", "4", "--threads", "2",
                "--out", out.toString(), "--no-charts", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Double> purchase = new HashMap<>();
        List<Map<String, String>> runs = rows(out.resolve("runs.csv"));
        for (Map<String, String> run : runs)
            if (run.get("agreement").equals("true")) purchase.put(run.get("run_id"), Double.parseDouble(run.get("issue.purchase")));
        assertThat(purchase).as("agreements").isNotEmpty();
        Map<String, Map<String, String>> china = new HashMap<>();
        int checked = 0;
        for (Map<String, String> y : rows(out.resolve("years.csv"))) {
            String key = y.get("run_id") + "/" + y.get("year");
            if (y.get("party").equals("china")) {
                china.put(key, y);
                continue;
            }
            Map<String, String> c = china.get(key);
            double agreed = purchase.getOrDefault(y.get("run_id"), 0.0);
            double expected = agreed * number(c, "delivery") * number(c, "price_index") * number(c, "demand");
            assertThat(number(y, "exports")).as("Lesotho's exports, %s", key).isCloseTo(expected, within(1e-6 * (1 + expected)));
            assertThat(number(c, "imports")).as("China's imports, %s", key).isCloseTo(number(y, "exports"), within(1e-6 * (1 + expected)));
            assertThat(number(y, "trade")).isEqualTo(number(y, "exports"));
            checked++;
        }
        assertThat(checked).isEqualTo(4 * 20);
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static List<Map<String, String>> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Csv.parse(lines.get(0));
        return lines.subList(1, lines.size()).stream().map(line -> {
            List<String> cells = Csv.parse(line);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), cells.get(i));
            return m;
        }).toList();
    }
}
