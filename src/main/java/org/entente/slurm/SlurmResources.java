package org.entente.slurm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What each job asks SLURM for (sbatch's --partition, --time, --mem, --cpus-per-task, --account);
 * null means the cluster's default. Checked here so a typo is refused at once, not by sbatch later.
 */
public record SlurmResources(String partition, String time, String mem, int cpusPerTask, String account) {
    /** SLURM's time formats: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S. */
    private static final Pattern TIME = Pattern.compile("\\d+(:\\d{1,2}){0,2}|\\d+-\\d+(:\\d{1,2}){0,2}");
    private static final Pattern MEM = Pattern.compile("\\d+[KMGT]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.,+-]+");

    public SlurmResources {
        if (cpusPerTask < 1) throw new IllegalArgumentException("--cpus-per-task must be at least 1, got " + cpusPerTask);
        if (time != null && !TIME.matcher(time).matches()) {
            throw new IllegalArgumentException("--time must be minutes or [D-]HH:MM[:SS] as SLURM takes it "
                    + "(e.g. 90, 02:00:00, 1-12:00), got '" + time + "'");
        }
        if (mem != null && !MEM.matcher(mem).matches()) {
            throw new IllegalArgumentException("--mem must be a size as SLURM takes it (e.g. 2G, 500M), got '" + mem + "'");
        }
        checkName("--partition", partition);
        checkName("--account", account);
    }

    private static void checkName(String option, String value) {
        if (value != null && !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(option + " must be a SLURM name (letters, digits, _ . , + -), got '"
                    + value + "'");
        }
    }

    /** The #SBATCH lines for a shard task (all resources). */
    public List<String> shardDirectives() {
        List<String> d = new ArrayList<>(List.of("#SBATCH --cpus-per-task=" + cpusPerTask));
        d.addAll(sharedDirectives());
        return d;
    }

    /** The #SBATCH lines for the merge job: the same place and limits, one CPU. */
    public List<String> sharedDirectives() {
        List<String> d = new ArrayList<>();
        if (partition != null) d.add("#SBATCH --partition=" + partition);
        if (account != null) d.add("#SBATCH --account=" + account);
        if (time != null) d.add("#SBATCH --time=" + time);
        if (mem != null) d.add("#SBATCH --mem=" + mem);
        return d;
    }
}
