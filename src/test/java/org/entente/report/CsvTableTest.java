package org.entente.report;

import org.entente.results.Csv;
import org.entente.results.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    private static final String RUNS = """
            run_id,point,replicate,seed,parties.b.reservation,protocol,strategy.a,strategy.b,agreement,ratified,rounds,agreement_round,issue.share,issue.alignment,utility.a,utility.b,value.a,welfare,blocked_by,status,error
            0,0,0,-17,0.20,alternating_offers,boulware,linear,true,true,12,10,40,strategic_partnership,0.641064251,0.5027531829,0.71,1.14,,ok,
            1,0,1,99,0.20,alternating_offers,boulware,linear,false,false,30,,,,0.1,0.25,0.1,0.35,b,ok,
            2,1,0,5,0.3,alternating_offers,boulware,linear,false,,30,,,,,,,,,failed,"boom, twice"
            3,1,1,6,0.3,alternating_offers,boulware,linear,true,true,7,5,45.5,annual_review,0.7,0.6,0.7,1.3,,ok,
            """;

    @Test
    void heldWholeEveryCellIsTheTextTheFileHoldsAndItsNumber(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "runs.csv", RUNS);
        CsvTable t = CsvTable.read(dir.resolve("runs.csv"));
        List<List<String>> rows = rowsOf(dir.resolve("runs.csv"));
        assertThat(t.columns()).isEqualTo(rows.get(0));
        assertThat(t.size()).isEqualTo(4);
        for (int r = 0; r < t.size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                String cell = rows.get(r + 1).get(c);
                assertThat(t.get(r, t.columns().get(c))).isEqualTo(cell);
                // boxed, so that NaN (an empty or text cell) equals NaN
                assertThat(Double.valueOf(t.number(r, t.columns().get(c)))).isEqualTo(Double.valueOf(Csv.toNumber(cell)));
            }
        }
        assertThat(t.get(0, "parties.b.reservation")).isEqualTo("0.20");
        assertThat(t.number(0, "parties.b.reservation")).isEqualTo(0.2);
        assertThat(t.get(2, "error")).isEqualTo("boom, twice");
        assertThat(t.number(2, "utility.a")).isNaN();
        assertThat(t.get(1, "no_such_column")).isEmpty();
        assertThat(t.number(1, "no_such_column")).isNaN();
        assertThat(t.rowsAsText()).isEqualTo(rows.subList(1, rows.size()));
    }

    @Test
    void theReportHoldsOnlyTheRunsColumnsItUsesWithTheirValues(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "runs.csv", RUNS);
        CsvTable t = CsvTable.read(dir.resolve("runs.csv"), ReportInput.RUNS_USED);
        assertThat(t.has("seed")).isTrue();
        assertThatThrownBy(() -> t.get(0, "seed")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> t.number(0, "welfare")).isInstanceOf(IllegalStateException.class);
        // utilities and run ids as numbers alone
        assertThat(t.number(0, "utility.a")).isEqualTo(0.641064251);
        assertThat(t.number(1, "utility.b")).isEqualTo(0.25);
        assertThat(t.number(2, "utility.b")).isNaN();
        assertThat(t.number(3, "run_id")).isEqualTo(3);
        assertThatThrownBy(() -> t.get(0, "utility.a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("utility.a");
        // the rest as text, exactly as written
        assertThat(t.get(0, "parties.b.reservation")).isEqualTo("0.20");
        assertThat(t.number(2, "parties.b.reservation")).isEqualTo(0.3);
        assertThat(t.get(3, "issue.share")).isEqualTo("45.5");
        assertThat(t.number(3, "issue.share")).isEqualTo(45.5);
        assertThat(t.get(0, "issue.alignment")).isEqualTo("strategic_partnership");
        assertThat(t.get(1, "blocked_by")).isEqualTo("b");
        assertThat(t.get(2, "status")).isEqualTo("failed");
        assertThat(t.number(3, "agreement_round")).isEqualTo(5);
        assertThat(t.get(1, "agreement_round")).isEmpty();
        assertThat(t.get(0, "strategy.b")).isEqualTo("linear");
    }

    @Test
    void theReportSeesTheSameRunsAsWhenItHeldEveryRow(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "runs.csv", RUNS);
        ReportInput in = ReportInput.read(dir);
        assertThat(in.okRuns()).containsExactly(0, 1, 3);
        assertThat(java.util.Arrays.stream(in.okRuns()).filter(in::agreed).toArray()).containsExactly(0, 3);
        assertThat(in.protocol()).isEqualTo("alternating_offers");
        assertThat(in.sweptInRuns()).containsExactly("parties.b.reservation");
        assertThat(in.parties().ids()).containsExactly("a", "b");
    }

    @Test
    void shortRowsReadAsEmptyCellsAndAMissingFileAsNoTable(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "t.csv", "a,b,a\n1\n2,x,3,extra\n");
        CsvTable t = CsvTable.read(dir.resolve("t.csv"));
        assertThat(t.get(0, "b")).isEmpty();
        assertThat(t.number(0, "b")).isNaN();
        assertThat(t.get(1, "a")).isEqualTo("2");
        assertThat(t.get(1, "b")).isEqualTo("x");
        assertThat(CsvTable.read(dir.resolve("none.csv")).columns()).isEmpty();
        assertThat(CsvTable.read(dir.resolve("none.csv")).isEmpty()).isTrue();
    }

    private static List<List<String>> rowsOf(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader r = CsvReader.open(file)) {
            List<String> row;
            while ((row = r.next()) != null) rows.add(row);
        }
        return rows;
    }
}
