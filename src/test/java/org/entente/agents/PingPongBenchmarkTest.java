package org.entente.agents;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PingPongBenchmarkTest {

    @Test
    void pingPongPairsExchangeThousandsOfMessagesPerSecond() {
        double rate = new PingPongBenchmark().messagesPerSecond(4, Duration.ofMillis(300));
        // measured ~25,000/s for one pair on 2 cores; a tenth of that leaves room for a busy machine
        assertThat(rate).isGreaterThan(2_000);
    }

    @Test
    void benchmarkRejectsNoPairs() {
        assertThatThrownBy(() -> new PingPongBenchmark().messagesPerSecond(0, Duration.ofMillis(10)))
                .hasMessageContaining("pairs");
    }
}
