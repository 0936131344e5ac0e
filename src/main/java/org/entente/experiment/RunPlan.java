package org.entente.experiment;

import org.entente.model.Config;
import org.entente.model.Seeds;
import org.entente.negotiation.RunRequest;

import java.util.List;

/**
 * Which runs an experiment (or one shard of it) consists of: {@code run_id = point * runs +
 * replicate}, run seed {@code Seeds.run(masterSeed, run_id)}, or {@code Seeds.run(masterSeed,
 * replicate)} with common random numbers. A shard's runs are numbered by a sequence number
 * {@code 0 .. size()-1} in increasing run_id order.
 */
public record RunPlan(Config config, List<DesignPoint> points, int runsPerPoint, long masterSeed, Shard shard,
                      boolean trace) {
    public RunPlan {
        points = List.copyOf(points);
    }

    public static RunPlan of(Config config, Shard shard) {
        return new RunPlan(config, Designs.points(config), config.experiment().runs(),
                config.experiment().seed(), shard, config.experiment().outputs() != null
                && config.experiment().outputs().trace());
    }

    /** Runs in the whole experiment (all shards). */
    public long totalRuns() {
        return (long) points.size() * runsPerPoint;
    }

    /** Runs in this shard. */
    public long size() {
        long total = totalRuns();
        long k = shard.index() - 1L;
        return total <= k ? 0 : (total - 1 - k) / shard.count() + 1;
    }

    /** The run_id of this shard's n-th run. */
    public long runId(long sequence) {
        return sequence * shard.count() + (shard.index() - 1);
    }

    public int pointOf(long runId) {
        return (int) (runId / runsPerPoint);
    }

    public int replicateOf(long runId) {
        return (int) (runId % runsPerPoint);
    }

    /**
     * The run's seed: from (master seed, run_id), or from (master seed, replicate) when the
     * experiment asks for common random numbers, so replicate r of every design point draws alike.
     */
    public long seedOf(long runId) {
        return Seeds.run(masterSeed, commonRandomNumbers() ? replicateOf(runId) : runId);
    }

    /** Whether design points share common random numbers ({@code experiment.common_random_numbers}). */
    public boolean commonRandomNumbers() {
        return config != null && config.experiment().commonRandomNumbers();
    }

    /** The request for run_id; the trace is kept when asked for, and always for run 0 (dance.csv). */
    public RunRequest request(long runId) {
        DesignPoint p = points.get(pointOf(runId));
        return new RunRequest(runId, p.index(), replicateOf(runId), seedOf(runId), p.assignments(),
                trace || runId == 0);
    }

    /** The swept paths, in sweep order (the swept columns of runs.csv and summary.csv). */
    public List<String> sweptPaths() {
        return points.isEmpty() ? List.of() : List.copyOf(points.get(0).assignments().keySet());
    }
}
