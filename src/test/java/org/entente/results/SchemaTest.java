package org.entente.results;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One list of columns gives the header, every row and the lookups by name. */
class SchemaTest {
    record Pair(String name, List<Double> scores) {
    }

    static final ColumnFamily SCORE = new ColumnFamily("score.", "");

    static Schema<Pair> schema(List<String> players) {
        return Schema.<Pair>builder()
                .add("name", CellKind.TEXT, Pair::name)
                .each(players, SCORE::of, CellKind.NUMBER, (p, i) -> Csv.number(p.scores().get(i)))
                .add("best", CellKind.NUMBER, p -> Csv.number(p.scores().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)))
                .build();
    }

    @Test
    void headerAndRowsComeFromTheSameColumns() {
        Schema<Pair> s = schema(List.of("ann", "bob"));
        assertThat(s.header()).isEqualTo("name,score.ann,score.bob,best\n");
        assertThat(s.row(new Pair("x, y", List.of(0.5, 2.0)))).isEqualTo("\"x, y\",0.5,2,2\n");
        assertThat(s.table(List.of(new Pair("a", List.of(1.0, Double.NaN))))).isEqualTo(s.header() + "a,1,,\n");
        assertThat(s.index("score.bob")).isEqualTo(2);
        assertThat(s.index("score.eve")).isEqualTo(-1);
        assertThat(s.width()).isEqualTo(4);
    }

    @Test
    void numberColumnsWriteWhatTheirCellsSay() {
        Schema<Pair> s = Schema.<Pair>builder()
                .add("name", CellKind.TEXT, Pair::name)
                .numbers(List.of("ann", "bob", "cy"), SCORE::of, (p, i) -> p.scores().get(i))
                .number("first", p -> p.scores().get(0))
                .build();
        Pair p = new Pair("a", List.of(-2.0 / 3, Double.NaN, 1e-7));
        assertThat(s.row(p)).isEqualTo("a,-0.6666666667,,0.0000001,-0.6666666667\n");
        assertThat(s.kinds()).containsExactly(CellKind.TEXT, CellKind.NUMBER, CellKind.NUMBER, CellKind.NUMBER, CellKind.NUMBER);
        Column<Pair> first = Column.ofNumber("first", q -> q.scores().get(0));
        assertThat(first.cell().apply(p)).isEqualTo(Csv.number(-2.0 / 3)).isEqualTo("-0.6666666667");
    }

    @Test
    void aFamilyFindsItsKeysInAHeaderButNotOtherFamilies() {
        List<String> header = List.of("point", "parties.a.reservation", "runs", "utility.a.mean", "utility.a.lo",
                "utility.b.mean", "compliance.a.mean");
        assertThat(SummaryColumns.UTILITY_MEAN.keysIn(header)).containsExactly("a", "b");
        assertThat(RunsColumns.UTILITY.keysIn(header)).isEmpty();
        assertThat(SummaryColumns.swept(header)).containsExactly("parties.a.reservation");
    }

    @Test
    void runsColumnsKeepTheContractsOrder() {
        Layout layout = new Layout(List.of("parties.a.reservation"), List.of("x"), List.of("a", "b"));
        assertThat(RunsColumns.schema(layout).names()).containsExactly("run_id", "point", "replicate", "seed",
                "parties.a.reservation", "protocol", "strategy.a", "strategy.b", "agreement", "ratified", "rounds",
                "agreement_round", "issue.x", "utility.a", "utility.b", "value.a", "value.b", "welfare", "nash_product",
                "pareto_distance", "nash_distance", "ks_distance", "compliance.a", "compliance.b", "trade.a", "trade.b",
                "infrastructure.a", "infrastructure.b", "influence.a", "influence.b", "debt_peak.a", "debt_peak.b", "blocked_by", "status",
                "error");
        assertThat(RunsColumns.swept(RunsColumns.schema(layout).names())).containsExactly("parties.a.reservation");
    }
}
