package org.entente.slurm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** sbatch and squeue as SlurmCluster runs and reads them (stand-ins from FakeSlurm). */
class SlurmClusterTest {
    @TempDir
    Path tmp;

    @Test
    void arraySpecFoldsRuns() {
        assertThat(SlurmCluster.arraySpec(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("1-3,5,7-8");
        assertThat(SlurmCluster.arraySpec(List.of(4))).isEqualTo("4");
        assertThat(SlurmCluster.arraySpec(List.of(1, 3, 5))).isEqualTo("1,3,5");
    }

    @Test
    void submitReturnsTheJobIdSbatchPrints() throws IOException {
        FakeSlurm slurm = FakeSlurm.in(tmp.resolve("bin"));
        assertThat(slurm.cluster().available()).isTrue();
        assertThat(slurm.cluster().submit(tmp.resolve("run.sbatch"), List.of("--array=2"))).isEqualTo("101");
        assertThat(slurm.sbatchCalls()).containsExactly("--parsable --array=2 " + tmp.resolve("run.sbatch"));
    }

    @Test
    void aRefusalCarriesSbatchsOwnMessage() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path sbatch = bin.resolve("sbatch");
        Files.writeString(sbatch, "#!/bin/bash\necho 'sbatch: error: invalid partition specified: gpu' >&2\nexit 1\n");
        sbatch.toFile().setExecutable(true);
        assertThatThrownBy(() -> SlurmCluster.in(bin).submit(Path.of("/x/run.sbatch"), List.of()))
                .isInstanceOf(IOException.class)
                .hasMessage("sbatch refused /x/run.sbatch: sbatch: error: invalid partition specified: gpu");
    }

    @Test
    void jobsAreReadFromSqueueAndForgottenOnesAreNone() throws IOException {
        FakeSlurm slurm = FakeSlurm.in(tmp.resolve("bin"));
        assertThat(slurm.cluster().jobs(List.of("7", "8"))).isEmpty();
        slurm.queue("7_[3-4]|PENDING|Resources", "7_1|RUNNING|None", "7_2|FAILED|NonZeroExitCode", "8|CANCELLED|DependencyNeverSatisfied");
        List<QueuedJob> jobs = slurm.cluster().jobs(List.of("7", "8"));
        assertThat(jobs).extracting(QueuedJob::id).containsExactly("7_[3-4]", "7_1", "7_2", "8");
        assertThat(jobs).extracting(QueuedJob::active).containsExactly(true, true, false, false);
        assertThat(jobs.get(3)).hasToString("8 CANCELLED (DependencyNeverSatisfied)");
        assertThat(slurm.cluster().available()).isTrue();
        assertThat(SlurmCluster.in(tmp.resolve("none")).available()).isFalse();
    }
}
