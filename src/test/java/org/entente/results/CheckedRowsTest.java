package org.entente.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a results file row by row, each row checked against the schema, and refusing damage with its line. */
class CheckedRowsTest {
    record Row(long id, String name, double score, boolean flag) {
    }

    static final Schema<Row> SCHEMA = Schema.<Row>builder()
            .add(RunsColumns.RUN_ID, CellKind.INTEGER, r -> Long.toString(r.id()))
            .add("name", CellKind.TEXT, Row::name)
            .add("score", CellKind.NUMBER, r -> Csv.number(r.score()))
            .add("flag", CellKind.FLAG, r -> Csv.bool(r.flag()))
            .build();

    @TempDir
    Path tmp;

    private Path file(String text) throws IOException {
        return Files.writeString(tmp.resolve("rows-" + System.nanoTime() + ".csv"), text, StandardCharsets.UTF_8);
    }

    private static List<CheckedRows.Row> all(CheckedRows rows) throws IOException {
        List<CheckedRows.Row> out = new ArrayList<>();
        CheckedRows.Row r;
        while ((r = rows.next()) != null) out.add(r);
        return out;
    }

    private String damage(String text, boolean eachRunOnce) throws IOException {
        Path f = file(text);
        try (CheckedRows rows = CheckedRows.open(f, SCHEMA, eachRunOnce)) {
            all(rows);
        } catch (DamagedFileException e) {
            return e.getMessage().replace(f.getFileName().toString(), "F");
        }
        throw new AssertionError("not refused: " + text);
    }

    @Test
    void cellKindsAcceptWhatTheWriterWritesAndNothingElse() {
        assertThat(List.of("0", "7", "-3", "9223372036854775807")).allMatch(CellKind.INTEGER::accepts);
        assertThat(List.of("", " 7", "7 ", "1.0", "+1", "9223372036854775808", "x")).noneMatch(CellKind.INTEGER::accepts);
        assertThat(List.of("", "12")).allMatch(CellKind.COUNT::accepts);
        assertThat(List.of("", "0", "-0.25", "0.5", "12345.678", "1E-7", "2e+3", "Infinity", "-Infinity",
                Csv.number(1e-15), Csv.number(3e25))).allMatch(CellKind.NUMBER::accepts);
        assertThat(List.of("NaN", "1.", ".5", "abc", "1e", "0x10", " 1", "1,5", "--1")).noneMatch(CellKind.NUMBER::accepts);
        assertThat(List.of("", "true", "false")).allMatch(CellKind.FLAG::accepts);
        assertThat(List.of("TRUE", "yes", "1")).noneMatch(CellKind.FLAG::accepts);
        assertThat(CellKind.TEXT.accepts("anything, \"at all\"")).isTrue();
    }

    @Test
    void readsRowsWithTheirLinesOffsetsAndText() throws IOException {
        String text = SCHEMA.header() + "0,a,0.5,true\n2,\"b, c\",,false\n";
        try (CheckedRows rows = CheckedRows.open(file(text), SCHEMA, true)) {
            List<CheckedRows.Row> rs = all(rows);
            assertThat(rs).extracting(CheckedRows.Row::runId).containsExactly(0L, 2L);
            assertThat(rs).extracting(CheckedRows.Row::line).containsExactly(2L, 3L);
            assertThat(rs.get(1).cells()).containsExactly("2", "b, c", "", "false");
            assertThat(rs.get(1).text()).isEqualTo("2,\"b, c\",,false");
            assertThat(rows.end()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
            assertThat(rows.cutShort()).isFalse();
        }
    }

    @Test
    void aLastLineCutShortIsNoRowAndEndStaysBeforeIt() throws IOException {
        String kept = SCHEMA.header() + "0,é,0.5,true\n";
        try (CheckedRows rows = CheckedRows.open(file(kept + "1,b,0.2"), SCHEMA, true)) {
            assertThat(all(rows)).hasSize(1);
            assertThat(rows.cutShort()).isTrue();
            assertThat(rows.end()).isEqualTo(kept.getBytes(StandardCharsets.UTF_8).length);
        }
        try (CheckedRows rows = CheckedRows.open(file("run_id,na"), SCHEMA, true)) {
            assertThat(rows.headed()).isFalse();
            assertThat(rows.cutShort()).isTrue();
            assertThat(rows.next()).isNull();
        }
        try (CheckedRows rows = CheckedRows.open(file(""), SCHEMA, true)) {
            assertThat(rows.headed()).isFalse();
            assertThat(rows.cutShort()).isFalse();
        }
    }

    @Test
    void rowsLongerThanTheReadBlockAreReadWhole() throws IOException {
        String name = "x".repeat(200_000);
        try (CheckedRows rows = CheckedRows.open(file(SCHEMA.header() + "0," + name + ",1,true\n1,y,2,false\n"), SCHEMA, true)) {
            List<CheckedRows.Row> rs = all(rows);
            assertThat(rs.get(0).cells().get(1)).isEqualTo(name);
            assertThat(rs.get(1).runId()).isEqualTo(1);
        }
    }

    @Test
    void damageIsRefusedWithTheLineAndWhatIsWrong() throws IOException {
        String h = SCHEMA.header();
        assertThat(damage("run_id,name,points,flag\n", true))
                .isEqualTo("F line 1: column 3 of the header is 'points' where this experiment's is 'score'");
        assertThat(damage("run_id,name,score\n", true))
                .isEqualTo("F line 1: the header ends after column 3 where this experiment's has 4");
        assertThat(damage(h + "0,a,1,true\n1,a,1\n", true)).isEqualTo("F line 3: 3 cells where the header has 4");
        assertThat(damage(h + "0,a,abc,true\n", true)).isEqualTo("F line 2: score is 'abc', not a number or nothing");
        assertThat(damage(h + " ".repeat(5000) + "158,a,1,true\n", true))
                .isEqualTo("F line 2: run_id is ' 158' (5003 characters), not a whole number");
        assertThat(damage(h + "0,a,1,yes\n", true)).isEqualTo("F line 2: flag is 'yes', not true, false or nothing");
        assertThat(damage(h + "0,\"a,1,true\n", true)).startsWith("F line 2: it is not a well-formed CSV row");
        assertThat(damage(h + "0,a,1,true\r\n", true)).startsWith("F line 2: it ends in a carriage return");
        assertThat(damage(h + "0,a,1,true\n2,a,1,true\n1,a,1,true\n", true))
                .isEqualTo("F line 4: run_id 1 after run_id 2 (out of order)");
        assertThat(damage(h + "0,a,1,true\n0,a,1,true\n", true))
                .isEqualTo("F line 3: run_id 0 after run_id 0 (the run is there twice)");
    }

    @Test
    void severalRowsPerRunAreAllowedWhereTheFileHasThem() throws IOException {
        try (CheckedRows rows = CheckedRows.open(file(SCHEMA.header() + "0,a,1,true\n0,b,2,true\n3,c,,\n"), SCHEMA, false)) {
            assertThat(all(rows)).extracting(CheckedRows.Row::runId).containsExactly(0L, 0L, 3L);
        }
    }

    @Test
    void rowsOfRunsAfterACutAreNotRead() throws IOException {
        String text = SCHEMA.header() + "0,a,1,true\n1,b,1,true\n2,damaged\n";
        try (CheckedRows rows = CheckedRows.open(file(text), SCHEMA, false)) {
            assertThat(rows.next(1)).isNotNull();
            assertThat(rows.next(1)).isNotNull();
            assertThat(rows.next(1)).isNull();
            assertThat(rows.end()).isEqualTo(text.indexOf("2,damaged"));
        }
    }
}
