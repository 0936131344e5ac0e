package org.entente.agents;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ping-pong pairs exchange exactly what they are asked to; how fast is for ./entente bench, not a test. */
class PingPongBenchmarkTest {
    private final List<String> warnings = new ArrayList<>();

    @Test
    void everyPairMakesItsRoundTripsAndEachIsCountedTwice() throws InterruptedException {
        assertThat(new PingPongBenchmark(warnings::add).exchange(4, 250)).isEqualTo(2L * 4 * 250);
        assertThat(new PingPongBenchmark(warnings::add).exchange(1, 1)).isEqualTo(2L);
    }

    @Test
    void stockPairsUseJadesOwnSendAndMakeTheirRoundTripsToo() throws InterruptedException {
        PingPongBenchmark stock = new PingPongBenchmark(PingPongBenchmark.Delivery.STOCK, warnings::add);
        assertThat(stock.exchange(4, 250)).isEqualTo(2L * 4 * 250);
        assertThat(stock.exchange(1, 1)).isEqualTo(2L);
        assertThat(stock.messagesPerSecond(8, Duration.ofMillis(50))).isPositive();
        assertThat(warnings).isEmpty();
    }

    @Test
    void thePairsEndThemselvesOnceMeasuredLeavingNoAgentBehind() throws InterruptedException {
        PingPongBenchmark bench = new PingPongBenchmark(warnings::add);
        assertThat(bench.messagesPerSecond(16, Duration.ofMillis(50))).isPositive();
        assertThat(bench.exchange(16, 20)).isEqualTo(2L * 16 * 20);
        // an agent counts itself ended in its takeDown, just before its thread returns
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!PingPongBenchmark.stillRunning("bench").equals("no thread of theirs is left") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(PingPongBenchmark.stillRunning("bench")).isEqualTo("no thread of theirs is left");
        assertThat(warnings).isEmpty();
    }

    @Test
    void benchmarkRejectsNoPairsAndNoRoundTrips() {
        assertThatThrownBy(() -> new PingPongBenchmark(warnings::add).messagesPerSecond(0, Duration.ofMillis(10)))
                .hasMessageContaining("pairs");
        assertThatThrownBy(() -> new PingPongBenchmark(warnings::add).exchange(2, 0)).hasMessageContaining("round trips");
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

    @Test
    void agentsLeftBehindAreNamedWithWhereTheirThreadsWait() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> left = new ArrayList<>();
        for (String name : List.of("bench8-ping1", "bench8-pong1", "bench8-ping2", "bench8-pong2", "bench80-ping0")) {
            Thread t = new Thread(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            t.start();
            left.add(t);
        }
        try {
            for (Thread t : left) while (t.getState() != Thread.State.WAITING) Thread.sleep(5);
            assertThat(PingPongBenchmark.stillRunning("bench8-"))
                    .matches("(bench8-p[io]ng[12] in Unsafe.park < LockSupport.park; ){2}bench8-p[io]ng[12] in Unsafe.park "
                            + "< LockSupport.park and 1 more");
            assertThat(PingPongBenchmark.stillRunning("bench9-")).isEqualTo("no thread of theirs is left");
        } finally {
            release.countDown();
            for (Thread t : left) t.join();
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
