package org.entente.cli;

import org.entente.SplitScenario;
import org.entente.slurm.FakeSlurm;
import org.entente.slurm.SlurmCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `entente slurm` without a cluster: the scripts it writes, what it refuses, and what it submits,
 * against stand-in sbatch and squeue commands (scripts/slurm-test.sh runs it on a real cluster).
 */
class SlurmCommandTest {
    @TempDir
    Path tmp;
    Path config;
    Path dir;
    FakeSlurm slurm;

    @BeforeEach
    void setUp() throws IOException {
        config = tmp.resolve("split.yaml");
        Files.writeString(config, SplitScenario.yaml("Split") + """
                experiment:
                  name: split
                  protocol: alternating_offers
                  deadline: 20
                  runs: 6
                  seed: 7
                """);
        dir = tmp.resolve("exp");
        slurm = FakeSlurm.in(tmp.resolve("bin"));
        SlurmCommand.cluster = slurm.cluster();
    }

    @AfterEach
    void tearDown() {
        SlurmCommand.cluster = SlurmCluster.onPath();
    }

    private CommandRun slurm(String... extra) {
        List<String> args = new ArrayList<>(List.of("slurm", config.toString(), "--out", dir.toString()));
        if (!List.of(extra).contains("--shards")) args.addAll(List.of("--shards", "3"));
        args.addAll(List.of(extra));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void writesAResumableArrayAndAMergeAfterItWithoutSubmitting() throws Exception {
        CommandRun r = slurm();
        assertThat(r.code()).as(r.err()).isZero();
        String run = Files.readString(dir.resolve("slurm/run.sbatch"));
        String merge = Files.readString(dir.resolve("slurm/merge.sbatch"));
        Path abs = dir.toAbsolutePath();
        assertThat(run).contains("#SBATCH --array=1-3", "#SBATCH --output=" + abs + "/slurm/logs/run-%A_%a.out",
                "#SBATCH --cpus-per-task=1", "CONFIG=" + config.toAbsolutePath(), "SHARDS=3",
                "RUN_OPTIONS=(--runs 6 --seed 7)", "--shard \"$k/$SHARDS\" --out \"$shard\" --resume",
                "--threads \"${SLURM_CPUS_PER_TASK:-1}\"", "JAVA=" + Path.of(System.getProperty("java.home"), "bin", "java"));
        assertThat(merge).contains("#SBATCH --kill-on-invalid-dep=yes", "#SBATCH --output=" + abs + "/slurm/logs/merge-%j.out",
                "entente merge \"${shards[@]}\" --config \"$CONFIG\"", "entente report \"$OUT\"")
                .doesNotContain("--cpus-per-task");
        for (String script : new String[]{"run.sbatch", "merge.sbatch"}) {
            Process p = new ProcessBuilder("bash", "-n", dir.resolve("slurm").resolve(script).toString()).start();
            assertThat(p.waitFor()).as(script + " is valid bash").isZero();
            assertThat(dir.resolve("slurm").resolve(script)).isExecutable();
        }
        assertThat(Files.readString(dir.resolve("slurm/experiment.json"))).contains("\"shards\" : 3", "\"runs\" : 6");
        assertThat(dir.resolve("slurm/logs")).isDirectory();
        assertThat(r.out()).contains("Shards complete: 0 of 3",
                "Submit with: ./entente slurm " + config + " --out " + dir + " --shards 3 --submit")
                .doesNotContain("shard 1/3", "not started");
        assertThat(slurm.sbatchCalls()).isEmpty();
    }

    @Test
    void schedulerOptionsBecomeDirectivesOfBothJobs() throws Exception {
        CommandRun r = slurm("--partition", "short", "--time", "1-02:00:00", "--mem", "2G", "--cpus-per-task", "4",
                "--account", "ir-lab");
        assertThat(r.code()).as(r.err()).isZero();
        String run = Files.readString(dir.resolve("slurm/run.sbatch"));
        String merge = Files.readString(dir.resolve("slurm/merge.sbatch"));
        assertThat(run).contains("#SBATCH --cpus-per-task=4", "#SBATCH --partition=short", "#SBATCH --time=1-02:00:00",
                "#SBATCH --mem=2G", "#SBATCH --account=ir-lab");
        assertThat(merge).contains("#SBATCH --partition=short", "#SBATCH --account=ir-lab").doesNotContain("cpus-per-task");
    }

    @Test
    void refusesBadInputWithOneLineAndWritesNothing() throws Exception {
        assertRefused(slurm("--shards", "0"), "--shards must be at least 1, got 0");
        assertRefused(slurm("--shards", "7"), "--shards 7 is more than the experiment's 6 runs; use at most 6");
        assertRefused(slurm("--time", "2 hours"), "--time must be minutes or [D-]HH:MM[:SS]");
        assertRefused(slurm("--mem", "lots"), "--mem must be a size");
        assertRefused(slurm("--partition", "a;b"), "--partition must be a SLURM name");
        assertThat(dir).doesNotExist();
        SlurmCommand.cluster = SlurmCluster.in(tmp.resolve("no-slurm-here"));
        assertRefused(slurm("--submit"), "--submit needs SLURM's sbatch, which is not on the PATH here");
        assertThat(dir).doesNotExist();
        Path spaced = tmp.resolve("my results");
        assertRefused(CommandRun.of("slurm", config.toString(), "--shards", "2", "--out", spaced.toString()),
                "SLURM's #SBATCH lines cannot take a path with ' ' in it");
        assertThat(spaced).doesNotExist();
    }

    @Test
    void refusesADirectoryHoldingSomethingElse() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("thesis.tex"), "precious");
        assertRefused(slurm(), "is not empty; use a new or empty --out directory, "
                + "or one that 'entente slurm' set up for this experiment");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(dir.resolve("thesis.tex"));
        }
        Files.delete(dir.resolve("thesis.tex"));
        assertThat(slurm().code()).isZero();
        assertRefused(slurm("--runs", "5"), "holds another SLURM experiment (it was set up with --runs 6)");
        Files.writeString(config, Files.readString(config).replace("seed: 7", "seed: 8"));
        assertRefused(slurm(), "holds another SLURM experiment (it was set up for another version of");
    }

    @Test
    void submitsTheArrayThenTheMergeDependingOnIt() throws Exception {
        CommandRun r = slurm("--submit");
        assertThat(r.code()).as(r.err()).isZero();
        Path slurmDir = dir.toAbsolutePath().resolve("slurm");
        assertThat(slurm.sbatchCalls()).containsExactly(
                "--parsable --array=1-3 " + slurmDir.resolve("run.sbatch"),
                "--parsable --dependency=afterok:101 " + slurmDir.resolve("merge.sbatch"));
        assertThat(r.out()).contains("Submitted all 3 shards as array job 101, and the merge as job 102",
                "squeue -j 101,102", "sacct -j 101,102", "If a shard fails, SLURM cancels the merge");
        assertThat(Files.readAllLines(slurmDir.resolve("submissions.tsv")))
                .hasSize(2).satisfiesExactly(l -> assertThat(l).contains("\tarray\t101\tshards 1-3 of 3"),
                        l -> assertThat(l).contains("\tmerge\t102\tafter 101"));
    }

    @Test
    void submittingAgainRunsOnlyTheShardsNotComplete() throws Exception {
        assertThat(slurm().code()).isZero();
        shard(1, "complete", 2);
        shard(2, "interrupted", 1);
        shard(3, "complete", 2);
        CommandRun r = slurm("--submit");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(slurm.sbatchCalls()).hasSize(2);
        assertThat(slurm.sbatchCalls().get(0)).startsWith("--parsable --array=2 ");
        assertThat(slurm.sbatchCalls().get(1)).startsWith("--parsable --dependency=afterok:101 ");
        assertThat(r.out()).contains("Shards complete: 2 of 3", "shard 2/3  interrupted   1 of 2 runs",
                "Submitted shard 2 of 3 as array job 101");
    }

    @Test
    void whenEveryShardIsCompleteOnlyTheMergeIsSubmitted() throws Exception {
        assertThat(slurm().code()).isZero();
        for (int k = 1; k <= 3; k++) shard(k, "complete", 2);
        CommandRun r = slurm("--submit");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(slurm.sbatchCalls()).containsExactly("--parsable " + dir.toAbsolutePath().resolve("slurm/merge.sbatch"));
        assertThat(r.out()).contains("Every shard is complete: submitted the merge as job 101.");
    }

    @Test
    void refusesToSubmitWhileTheExperimentsJobsAreQueued() throws Exception {
        assertThat(slurm("--submit").code()).isZero();
        slurm.queue("101_2|RUNNING|None", "101_3|PENDING|Resources", "101_1|COMPLETED|None", "102|PENDING|Dependency");
        CommandRun r = slurm("--submit");
        assertRefused(r, "this experiment still has jobs in the queue (101_2 RUNNING, 101_3 PENDING (Resources), "
                + "102 PENDING (Dependency)); wait for them (squeue -j 101,102) or cancel them (scancel 101 102)");
        assertThat(slurm.sbatchCalls()).hasSize(2);
        assertThat(r.out()).contains("Jobs SLURM knows of:", "101_1 COMPLETED");
        CommandRun status = slurm();
        assertThat(status.out()).contains("Its jobs are queued or running: run this again to follow them.")
                .doesNotContain("Submit");
    }

    @Test
    void anUnreachableControllerStillShowsTheShardsButSubmitsNothing() throws Exception {
        assertThat(slurm("--submit").code()).isZero();
        Path squeue = tmp.resolve("bin/squeue");
        Files.writeString(squeue, "#!/bin/bash\necho 'slurm_load_jobs error: Unable to contact slurm controller' >&2\nexit 1\n");
        CommandRun status = slurm();
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("Shards complete: 0 of 3");
        assertThat(status.err()).isEqualTo("entente: SLURM could not be asked about this experiment's jobs (squeue failed: "
                + "slurm_load_jobs error: Unable to contact slurm controller)" + System.lineSeparator());
        CommandRun again = slurm("--submit");
        assertThat(again.code()).isEqualTo(Main.FAILED);
        assertThat(again.err()).startsWith("entente: cannot ask SLURM about this experiment's jobs: squeue failed");
        assertThat(slurm.sbatchCalls()).hasSize(2);
    }

    @Test
    void aShardKilledOutrightShowsAsStoppedWithItsLog() throws Exception {
        assertThat(slurm().code()).isZero();
        shard(2, "running", 1);
        Files.writeString(dir.resolve("slurm/logs/run-101_2.out"), "first try");
        Files.writeString(dir.resolve("slurm/logs/run-120_2.out"), "second try");
        Files.writeString(dir.resolve("slurm/submissions.tsv"), "2026-11-30T00:00:00Z\tarray\t120\tshards 2 of 3\n");
        slurm.queue("120_2|FAILED|NonZeroExitCode");
        CommandRun r = slurm();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("shard 2/3  stopped       1 of 2 runs  log: "
                + dir.toAbsolutePath().resolve("slurm/logs/run-120_2.out"), "  2 shards not started yet",
                "120_2 FAILED (NonZeroExitCode)", "Submit what is missing with: ./entente slurm ");
    }

    @Test
    void keepsAScriptTheUserEdited() throws Exception {
        assertThat(slurm().code()).isZero();
        Path run = dir.resolve("slurm/run.sbatch");
        String edited = Files.readString(run).replace("set -euo pipefail", "set -euo pipefail\nmodule load java/17");
        Files.writeString(run, edited);
        CommandRun r = slurm("--time", "30");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(run)).isEqualTo(edited);
        assertThat(r.out()).contains("Kept " + run.toAbsolutePath() + " as it is");
    }

    @Test
    void aMergedExperimentHasNothingToSubmit() throws Exception {
        assertThat(slurm().code()).isZero();
        Files.writeString(dir.resolve("manifest.json"), "{\"status\" : \"complete\"}\n");
        CommandRun r = slurm("--submit");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Complete: every shard is merged into", "Nothing to submit: the experiment is complete.");
        assertThat(slurm.sbatchCalls()).isEmpty();
    }

    /** Shard k's manifest, as `run` leaves it (only the fields the status reads). */
    private void shard(int k, String status, int done) throws IOException {
        Path d = Files.createDirectories(dir.resolve("shards").resolve(Integer.toString(k)));
        Files.writeString(d.resolve("manifest.json"),
                "{\"status\" : \"" + status + "\", \"runs_done\" : " + done + ", \"runs_total\" : 2}\n");
    }

    private static void assertRefused(CommandRun r, String message) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(message).doesNotContain("Exception").hasLineCount(1);
    }
}
