package org.entente.agents;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

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

    @Test
    void aStuckTeardownSaysWhichAgentAndWhereBothThreadsWait() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread agent = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench9-ping3");
        Thread killer = new Thread(PingPongBenchmarkTest::sleepLong, "ping-pong-teardown");
        agent.start();
        killer.start();
        try {
            while (agent.getState() != Thread.State.WAITING || killer.getState() != Thread.State.TIMED_WAITING) Thread.sleep(5);

            assertThat(PingPongBenchmark.stuckAt("bench9-ping3@127.0.0.1:1099/JADE", killer))
                    .isEqualTo("killing bench9-ping3, whose thread is in Unsafe.park < LockSupport.park, "
                            + "the killing thread in Thread.sleep < PingPongBenchmarkTest.sleepLong");
            assertThat(PingPongBenchmark.stuckAt("bench9-pong7@127.0.0.1:1099/JADE", killer))
                    .startsWith("killing bench9-pong7, whose thread has ended, the killing thread in Thread.sleep");
        } finally {
            release.countDown();
            killer.interrupt();
            agent.join();
            killer.join();
        }
    }

    private static void sleepLong() {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
