package org.entente.slurm;

import org.entente.results.Manifest;
import org.entente.results.ResultsDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How far shard K of a SLURM experiment has got, from its results directory's manifest (the one
 * record that survives a killed task), with the log of the last task that ran it.
 *
 * @param status  the manifest's status (complete, running, interrupted, failed), "not started"
 *                without a manifest, or "unreadable" when the manifest is damaged
 * @param lastLog the newest run-JOB_K.out in the logs directory, or null
 */
public record ShardProgress(int shard, String status, long done, long total, Path lastLog) {
    public static final String NOT_STARTED = "not started";
    private static final Pattern LOG = Pattern.compile("run-(\\d+)_(\\d+)\\.out");

    public boolean complete() {
        return Manifest.COMPLETE.equals(status);
    }

    /** Every shard of {@code e}, in order. */
    public static List<ShardProgress> of(SlurmExperiment e) throws IOException {
        Path[] logs = lastLogs(e);
        List<ShardProgress> all = new ArrayList<>();
        for (int k = 1; k <= e.shards(); k++) {
            Path dir = e.shardDir(k);
            Path log = logs[k];
            if (!Files.exists(dir.resolve(ResultsDirectory.MANIFEST))) {
                all.add(new ShardProgress(k, NOT_STARTED, 0, 0, log));
                continue;
            }
            try {
                Manifest m = Manifest.read(dir);
                all.add(new ShardProgress(k, m.status(), m.runsDone(), m.runsTotal(), log));
            } catch (IOException damaged) {
                all.add(new ShardProgress(k, "unreadable", 0, 0, log));
            }
        }
        return all;
    }

    /** For each shard index, the log of the task with the highest job id (index 0 unused). */
    private static Path[] lastLogs(SlurmExperiment e) throws IOException {
        Path[] last = new Path[e.shards() + 1];
        long[] job = new long[e.shards() + 1];
        if (!Files.isDirectory(e.logs())) return last;
        try (Stream<Path> files = Files.list(e.logs())) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Matcher m = LOG.matcher(f.getFileName().toString());
                if (!m.matches()) continue;
                long id = Long.parseLong(m.group(1));
                int k = Integer.parseInt(m.group(2));
                if (k >= 1 && k <= e.shards() && (last[k] == null || id > job[k])) {
                    last[k] = f;
                    job[k] = id;
                }
            }
        }
        return last;
    }
}
