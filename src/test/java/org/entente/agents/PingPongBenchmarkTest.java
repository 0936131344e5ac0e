package org.entente.agents;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PingPongBenchmarkTest {

    @Test
    void pingPongPairsExchangeMessages() {
        double rate = new PingPongBenchmark().messagesPerSecond(4, Duration.ofMillis(300));
        // the pairs really exchange ACL messages; how fast is measured by `./entente bench`, never asserted
        assertThat(rate).isPositive();
    }

    @Test
    void benchmarkRejectsNoPairs() {
        assertThatThrownBy(() -> new PingPongBenchmark().messagesPerSecond(0, Duration.ofMillis(10)))
                .hasMessageContaining("pairs");
    }
}
