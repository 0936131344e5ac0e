package org.entente.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * slurm/submissions.tsv: one line per job submitted for the experiment (time, kind, job id, what),
 * so a later {@code entente slurm} can ask SLURM whether any of them is still queued or running.
 */
public final class Submissions {
    public static final String FILE = "submissions.tsv";
    private final Path file;

    public Submissions(SlurmExperiment e) {
        this.file = e.slurmDir().resolve(FILE);
    }

    public void add(String kind, String jobId, String what, Instant at) throws IOException {
        String line = at.truncatedTo(ChronoUnit.SECONDS) + "\t" + kind + "\t" + jobId + "\t" + what + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The job ids submitted so far, oldest first. */
    public List<String> jobIds() throws IOException {
        List<String> ids = new ArrayList<>();
        if (!Files.exists(file)) return ids;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 3 && f[2].matches("\\d+")) ids.add(f[2]);
        }
        return ids;
    }
}
