package org.entente.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** bench.csv: one tidy line per measurement, empty cells where a value does not apply. */
class BenchTableTest {

    @Test
    void writesOneLinePerMeasurementWithEmptyCellsForWhatDoesNotApply() {
        List<Measurement> rows = List.of(
                new Measurement("jade_ping_pong", 0, 0, 0, 5, Double.NaN, 200_000, Double.NaN, Double.NaN, 61, 1.5),
                new Measurement("default_scenario", 2, 9, 5000, 12.5, 400, 48_800, 50, Double.NaN, 60.6, Double.NaN,
                        17_000, 5.75).withRatio(0.1));
        assertThat(BenchTable.csv(rows)).isEqualTo("""
                benchmark,parties,issues,runs,seconds,runs_per_s,messages_per_s,messages_per_run,rounds_per_run,ratio,in_flight,load,warmup_runs,acl_messages_per_run
                jade_ping_pong,,,,5,,200000,,,,61,1.5,,
                default_scenario,2,9,5000,12.5,400,48800,122,50,0.1,60.6,,17000,5.75
                """);
    }

    @Test
    void textTableShowsMessagesAndRoundsPerRunRatioAndRunsInFlight() {
        String text = BenchTable.text(List.of(
                new Measurement("default_scenario", 2, 9, 100, 1, 100, 12_200, 48.8, 0.5, 57.25, 0.25, 0, 6.25)));
        assertThat(text).contains("default_scenario").contains("122.0").contains("48.8").contains("0.500")
                .contains("in flight").contains("57.3").contains("acl/run").contains(" 6.3 ");
    }

    @Test
    void protocolMinimalRateIsOneMessagePerRound() {
        Measurement m = new Measurement("default_scenario", 2, 9, 1000, 2, 500, 6_000, 40, Double.NaN, 64, 1);
        assertThat(m.roundMessagesPerSecond()).isEqualTo(20_000.0);
        assertThat(m.messagesPerRun()).isEqualTo(12.0);
    }
}
