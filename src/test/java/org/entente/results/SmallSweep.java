package org.entente.results;

import org.entente.HangGuard;
import org.entente.config.ConfigLoader;
import org.entente.evaluation.Evaluator;
import org.entente.experiment.ExperimentRunner;
import org.entente.experiment.ProgressListener;
import org.entente.experiment.RunPlan;
import org.entente.experiment.RunnerResult;
import org.entente.experiment.ScrambledService;
import org.entente.experiment.Shard;
import org.entente.model.Config;
import org.entente.model.Issue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small swept experiment (china-lesotho, two design points of four runs, with trace) written
 * through {@link RunDirectory} by the scrambled in-process service, and what the tests of results
 * directories do to its files.
 */
record SmallSweep(Config config) {
    static final List<String> CSVS = List.of(ResultsDirectory.RUNS, ResultsDirectory.YEARS, ResultsDirectory.ROUNDS,
            ResultsDirectory.DANCE, ResultsDirectory.SUMMARY, ResultsDirectory.FRONTIER, ResultsDirectory.YEARS_SUMMARY,
            ResultsDirectory.YEARS_STATE);

    /** Writes the experiment's config under {@code tmp} and loads it. */
    SmallSweep(Path tmp) throws Exception {
        this(load(tmp));
    }

    private static Config load(Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("configs"));
        Files.copy(Path.of("configs/china-lesotho.yaml"), dir.resolve("china-lesotho.yaml"));
        Files.writeString(dir.resolve("sweep.yaml"), """
                experiment:
                  name: test-sweep
                  scenario: china-lesotho.yaml
                  runs: 4
                  seed: 7
                  deadline: 30
                  outputs: {trace: true, charts: false}
                  sweep:
                    design: grid
                    parameters:
                      - path: parties.lesotho.reservation
                        values: [0.1, 0.3]
                """);
        return ConfigLoader.load(dir.resolve("sweep.yaml"));
    }

    ScrambledService service(int threads, int failEvery) {
        int[] sizes = config.scenario().issues().stream().mapToInt(Issue::size).toArray();
        return new ScrambledService(threads, sizes, config.scenario().partyIds(), failEvery);
    }

    /** Runs a plan (from wherever the directory stands), finishes and closes it; returns the directory. */
    RunDirectory run(Path out, Shard shard, int threads, boolean resume, int failEvery) throws Exception {
        RunPlan plan = RunPlan.of(config, shard);
        Evaluator evaluator = new Evaluator(config);
        RunDirectory d = RunDirectory.open(plan, out, resume, false, threads, List.of("entente", "run"),
                Instant.EPOCH);
        try (d; ScrambledService s = service(threads, failEvery)) {
            RunnerResult r = new ExperimentRunner(s, evaluator, 2 * threads, HangGuard.LIMIT)
                    .run(plan, d.next(), d, ProgressListener.NONE);
            assertThat(r.complete()).isTrue();
            d.finish(r, Instant.EPOCH.plusSeconds(60));
        }
        return d;
    }

    static void assertSameFiles(Path a, Path b) throws IOException {
        for (String f : CSVS) {
            assertThat(b.resolve(f)).as(f).exists();
            assertThat(Files.readString(b.resolve(f))).as(f).isEqualTo(Files.readString(a.resolve(f)));
        }
    }

    /** The 0-based line index of the first row of run_id in a CSV file (header is line 0). */
    static int lineOfRun(Path file, long runId) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 1; i < lines.size(); i++) if (lines.get(i).startsWith(runId + ",")) return i;
        throw new AssertionError("no run " + runId + " in " + file);
    }

    /** Truncates the file {@code keep} bytes into its 0-based line {@code line}. */
    static void cutInsideLine(Path file, int line, int keep) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int offset = 0;
        for (int l = 0; l < line; l++) {
            while (all[offset] != '\n') offset++;
            offset++;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(offset + keep);
        }
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).doesNotEndWith("\n");
    }
}
