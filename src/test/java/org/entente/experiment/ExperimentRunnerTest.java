package org.entente.experiment;

import org.entente.HangGuard;
import org.entente.config.ConfigLoader;
import org.entente.evaluation.Evaluator;
import org.entente.evaluation.RunRecord;
import org.entente.model.Config;
import org.entente.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ExperimentRunnerTest {
    static Config config;
    static Evaluator evaluator;

    @BeforeAll
    static void loadConfig() throws Exception {
        config = ConfigLoader.load(Path.of("configs/china-lesotho.yaml"));
        evaluator = new Evaluator(config);
    }

    private static RunPlan plan(long runs) {
        return new RunPlan(config, List.of(new DesignPoint(0, Map.of())), (int) runs, 11, Shard.ALL, false);
    }

    private static ScrambledService service(int threads) {
        int[] sizes = config.scenario().issues().stream().mapToInt(Issue::size).toArray();
        return new ScrambledService(threads, sizes, config.scenario().partyIds(), 0);
    }

    /** A sink that encodes a record as {@code encode(record)} and collects (or otherwise writes) it. */
    private static <E> RunSink<E> sink(Function<RunRecord, E> encode, ThrowingWrite<E> write) {
        return new RunSink<>() {
            @Override
            public E encode(RunRecord record) {
                return encode.apply(record);
            }

            @Override
            public void write(E encoded) throws IOException {
                write.write(encoded);
            }
        };
    }

    private interface ThrowingWrite<E> {
        void write(E encoded) throws IOException;
    }

    private static List<String> runAll(int threads, int window, RunPlan plan, long from) {
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        try (ScrambledService s = service(threads)) {
            RunnerResult r = new ExperimentRunner(s, evaluator, window, HangGuard.LIMIT).run(plan, from,
                    sink(rec -> rec.runId() + ":" + rec.outcome().table().offer() + ":" + rec.evaluation().welfare(),
                            out::add), ProgressListener.NONE);
            assertThat(r.complete()).isTrue();
            assertThat(r.reorderHighWater()).isLessThanOrEqualTo(window);
            assertThat(s.maxInFlight()).isLessThanOrEqualTo(window);
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
        try (ScrambledService s = service(2)) {
            ExperimentRunner runner = new ExperimentRunner(s, evaluator, 4, HangGuard.LIMIT);
            RunnerResult r = runner.run(plan(100_000), 0, sink(RunRecord::runId, id -> {
                written.add(id);
                if (id == 40) runner.stop();
            }), ProgressListener.NONE);
            assertThat(r.interrupted()).isTrue();
            assertThat(r.written()).isEqualTo(written.size()).isBetween(41L, 45L);
            for (int i = 0; i < written.size(); i++) assertThat(written.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aWriteFailureStopsTheRunAndIsReported() {
        try (ScrambledService s = service(2)) {
            RunnerResult r = new ExperimentRunner(s, evaluator, 4, HangGuard.LIMIT).run(plan(1000), 0,
                    sink(RunRecord::runId, id -> {
                        if (id == 10) throw new IOException("No space left on device");
                    }), ProgressListener.NONE);
            assertThat(r.error()).hasMessage("No space left on device");
            assertThat(r.written()).isEqualTo(10);
            assertThat(r.submitted()).isLessThan(1000);
        }
    }
}
