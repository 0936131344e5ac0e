package org.entente.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** bench.csv: one tidy line per measurement, empty cells where a rate does not apply. */
class BenchTableTest {

    @Test
    void writesOneLinePerMeasurementWithEmptyCellsForWhatDoesNotApply() {
        List<Measurement> rows = List.of(
                new Measurement("jade_ping_pong", 0, 0, 0, 5, Double.NaN, 200_000, Double.NaN),
                new Measurement("default_scenario", 2, 9, 5000, 12.5, 400, 48_800, Double.NaN).withRatio(0.244));
        assertThat(BenchTable.csv(rows)).isEqualTo("""
                benchmark,parties,issues,runs,seconds,runs_per_s,messages_per_s,messages_per_run,ratio
                jade_ping_pong,,,,5,,200000,,
                default_scenario,2,9,5000,12.5,400,48800,122,0.244
                """);
    }

    @Test
    void textTableShowsMessagesPerRunAndRatio() {
        String text = BenchTable.text(List.of(new Measurement("default_scenario", 2, 9, 100, 1, 100, 12_200, 0.5)));
        assertThat(text).contains("default_scenario").contains("122.0").contains("0.500");
    }
}
