package org.entente.slurm;

import org.entente.model.Phrases;
import org.entente.report.Report;

import java.util.List;

/** The text that tells a user where a SLURM experiment stands: shards done, what is left, jobs in the queue. */
public final class SlurmStatus {
    /** At most this many incomplete shards and jobs are listed one per line. */
    static final int LISTED = 20;

    private SlurmStatus() {
    }

    /**
     * @param jobs       the experiment's jobs SLURM knows of
     * @param queueKnown whether SLURM could be asked (else a shard whose manifest says running may be running)
     */
    public static String format(SlurmExperiment e, List<ShardProgress> shards, List<QueuedJob> jobs, boolean queueKnown,
                                boolean merged) {
        StringBuilder s = new StringBuilder();
        long complete = shards.stream().filter(ShardProgress::complete).count();
        s.append("Experiment ").append(e.name() == null || e.name().isBlank() ? e.config().getFileName() : e.name())
                .append(" in ").append(Phrases.count(e.shards(), "shard", "shards"))
                .append(" (runs ").append(e.runs()).append(" per design point, seed ").append(e.seed())
                .append("), in ").append(e.dir()).append('\n');
        if (merged) {
            s.append("Complete: every shard is merged into ").append(e.dir())
                    .append(e.charts() ? "; open " + e.dir().resolve(Report.HTML) : "").append('\n');
            return s.toString();
        }
        s.append("Shards complete: ").append(complete).append(" of ").append(e.shards()).append('\n');
        // shards never started and never tried are counted, not listed: a new experiment is all of them
        List<ShardProgress> open = shards.stream().filter(p -> !p.complete())
                .filter(p -> !ShardProgress.NOT_STARTED.equals(p.status()) || p.lastLog() != null).toList();
        long untried = shards.stream().filter(p -> ShardProgress.NOT_STARTED.equals(p.status()) && p.lastLog() == null).count();
        for (ShardProgress p : open.subList(0, Math.min(LISTED, open.size()))) {
            // a task killed outright (SIGKILL, node failure) leaves its manifest saying "running"
            boolean stopped = "running".equals(p.status()) && queueKnown && jobs.stream().noneMatch(QueuedJob::active);
            StringBuilder line = new StringBuilder(String.format("  shard %d/%d  %-12s", p.shard(), e.shards(),
                    stopped ? "stopped" : p.status()));
            if (p.total() > 0) line.append(String.format("  %d of %d runs", p.done(), p.total()));
            if (p.lastLog() != null) line.append("  log: ").append(p.lastLog());
            s.append(line.toString().stripTrailing()).append('\n');
        }
        if (open.size() > LISTED) s.append("  ... and ").append(open.size() - LISTED).append(" more\n");
        if (untried > 0 && untried < shards.size()) {
            s.append("  ").append(Phrases.count(untried, "shard", "shards")).append(" not started yet\n");
        }
        if (!jobs.isEmpty()) {
            s.append("Jobs SLURM knows of:");
            jobs.stream().limit(LISTED).forEach(j -> s.append("\n  ").append(j));
            if (jobs.size() > LISTED) s.append("\n  ... and ").append(jobs.size() - LISTED).append(" more");
            s.append('\n');
        }
        return s.toString();
    }
}
