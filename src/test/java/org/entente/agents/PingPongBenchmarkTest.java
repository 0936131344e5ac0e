package org.entente.agents;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ping-pong pairs exchange exactly what they are asked to; how fast is for ./entente bench, not a test. */
class PingPongBenchmarkTest {

    @Test
    void everyPairMakesItsRoundTripsAndEachIsCountedTwice() throws InterruptedException {
        assertThat(new PingPongBenchmark().exchange(4, 250)).isEqualTo(2L * 4 * 250);
        assertThat(new PingPongBenchmark().exchange(1, 1)).isEqualTo(2L);
    }

    @Test
    void benchmarkRejectsNoPairsAndNoRoundTrips() {
        assertThatThrownBy(() -> new PingPongBenchmark().messagesPerSecond(0, Duration.ofMillis(10)))
                .hasMessageContaining("pairs");
        assertThatThrownBy(() -> new PingPongBenchmark().exchange(2, 0)).hasMessageContaining("round trips");
    }
}
