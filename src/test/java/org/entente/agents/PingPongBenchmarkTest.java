package org.entente.agents;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PingPongBenchmarkTest {

    @Test
    void pingPongPairsExchangeMessages() {
        double rate = new PingPongBenchmark().messagesPerSecond(4, Duration.ofMillis(300));
        // how many per second is measured with ./entente bench (about 25,000/s for one pair on 2 cores),
        // never asserted: a shared machine under load would fail any threshold
        assertThat(rate).isPositive().isFinite();
    }

    @Test
    void benchmarkRejectsNoPairs() {
        assertThatThrownBy(() -> new PingPongBenchmark().messagesPerSecond(0, Duration.ofMillis(10)))
                .hasMessageContaining("pairs");
    }
}
