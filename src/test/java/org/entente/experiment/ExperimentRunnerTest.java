package org.entente.experiment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class ExperimentRunnerTest {

    private static RunPlan plan(long runs) {
        return new RunPlan(null, List.of(new DesignPoint(0, Map.of())), (int) runs, 11, Shard.ALL, false);
    }

    private static List<String> runAll(int threads, int window, RunPlan plan, long from) {
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        ExecutorService fmt = Executors.newFixedThreadPool(2);
        try (ScrambledService s = new ScrambledService(threads, new int[]{5, 3}, List.of("a", "b"), 0)) {
            RunnerResult r = new ExperimentRunner(s, fmt, window, Duration.ofSeconds(5))
                    .run(plan, from, o -> o.request().runId() + ":" + o.table().offer(), out::add, ProgressListener.NONE);
            assertThat(r.complete()).isTrue();
            assertThat(r.reorderHighWater()).isLessThanOrEqualTo(window);
            assertThat(s.maxInFlight()).isLessThanOrEqualTo(window);
        } finally {
            fmt.shutdown();
        }
        return out;
    }

    @Test
    void writesRunsInRunIdOrderWhateverTheOrderTheyComplete() {
        List<String> one = runAll(1, 2, plan(300), 0);
        List<String> four = runAll(4, 8, plan(300), 0);
        assertThat(one).hasSize(300);
        assertThat(four).isEqualTo(one);
        for (int i = 0; i < 300; i++) assertThat(one.get(i)).startsWith(i + ":");
    }

    @Test
    void startsFromTheGivenSequenceWhenResuming() {
        List<String> tail = runAll(3, 6, plan(50), 20);
        assertThat(tail).hasSize(30);
        assertThat(tail.get(0)).startsWith("20:");
        assertThat(tail).isEqualTo(runAll(3, 6, plan(50), 0).subList(20, 50));
    }

    @Test
    void neverHoldsMoreThanItsWindowOfRunsInMemory() {
        List<String> out = runAll(8, 3, plan(2000), 0);
        assertThat(out).hasSize(2000);
    }

    @Test
    void stopEndsAfterTheRunsInFlightWithOnlyCompleteRunsWritten() {
        List<Long> written = Collections.synchronizedList(new ArrayList<>());
        ExecutorService fmt = Executors.newFixedThreadPool(2);
        try (ScrambledService s = new ScrambledService(2, new int[]{4}, List.of("a", "b"), 0)) {
            ExperimentRunner runner = new ExperimentRunner(s, fmt, 4, Duration.ofSeconds(5));
            RunnerResult r = runner.run(plan(100_000), 0, o -> o.request().runId(), id -> {
                written.add(id);
                if (id == 40) runner.stop();
            }, ProgressListener.NONE);
            assertThat(r.interrupted()).isTrue();
            assertThat(r.written()).isEqualTo(written.size()).isBetween(41L, 45L);
            for (int i = 0; i < written.size(); i++) assertThat(written.get(i)).isEqualTo(i);
        } finally {
            fmt.shutdown();
        }
    }

    @Test
    void aWriteFailureStopsTheRunAndIsReported() {
        ExecutorService fmt = Executors.newFixedThreadPool(1);
        try (ScrambledService s = new ScrambledService(2, new int[]{4}, List.of("a", "b"), 0)) {
            RunnerResult r = new ExperimentRunner(s, fmt, 4, Duration.ofSeconds(5)).run(plan(1000), 0,
                    o -> o.request().runId(), id -> {
                        if (id == 10) throw new IOException("No space left on device");
                    }, ProgressListener.NONE);
            assertThat(r.error()).hasMessage("No space left on device");
            assertThat(r.written()).isEqualTo(10);
            assertThat(r.submitted()).isLessThan(1000);
        } finally {
            fmt.shutdown();
        }
    }
}
