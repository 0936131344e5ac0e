package org.entente.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Stand-ins for sbatch and squeue in a directory, for tests without a cluster: sbatch records its
 * arguments (one call per line in sbatch.calls) and answers job ids 101, 102, ...; squeue prints
 * the file squeue.out when it exists, else fails as squeue does for jobs it no longer knows.
 */
public record FakeSlurm(Path bin) {

    public static FakeSlurm in(Path dir) throws IOException {
        Files.createDirectories(dir);
        script(dir.resolve("sbatch"), """
                #!/bin/bash
                here="$(dirname "$0")"
                echo "$*" >>"$here/sbatch.calls"
                n=$(( $(wc -l <"$here/sbatch.calls") + 100 ))
                echo "$n"
                """);
        script(dir.resolve("squeue"), """
                #!/bin/bash
                here="$(dirname "$0")"
                echo "$*" >>"$here/squeue.calls"
                if [ -f "$here/squeue.out" ]; then cat "$here/squeue.out"; exit 0; fi
                echo "slurm_load_jobs error: Invalid job id specified" >&2
                exit 1
                """);
        return new FakeSlurm(dir);
    }

    public SlurmCluster cluster() {
        return SlurmCluster.in(bin);
    }

    /** sbatch's calls so far, one string of arguments each. */
    public List<String> sbatchCalls() throws IOException {
        Path f = bin.resolve("sbatch.calls");
        return Files.exists(f) ? Files.readAllLines(f) : List.of();
    }

    /** What squeue answers from now on (lines of id|state|reason). */
    public void queue(String... lines) throws IOException {
        Files.writeString(bin.resolve("squeue.out"), String.join("\n", lines) + "\n");
    }

    private static void script(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
