package org.entente.cli;

import org.entente.config.ConfigException;
import org.entente.experiment.RunPlan;
import org.entente.experiment.Shard;
import org.entente.model.Config;
import org.entente.model.Experiment;
import org.entente.results.Manifest;
import org.entente.results.OutputDirectoryException;
import org.entente.results.OutputDirectoryRule;
import org.entente.results.ResultsDirectory;
import org.entente.slurm.Installation;
import org.entente.slurm.JobScripts;
import org.entente.slurm.QueuedJob;
import org.entente.slurm.ShardProgress;
import org.entente.slurm.SlurmCluster;
import org.entente.slurm.SlurmExperiment;
import org.entente.slurm.SlurmResources;
import org.entente.slurm.SlurmStatus;
import org.entente.slurm.Submissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * `entente slurm FILE --shards N --out DIR [--submit]`: an experiment as a SLURM job array of N
 * resumable shards plus a merge job into DIR; run again, it shows each shard's state, and with
 * --submit it submits only what is missing.
 */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = {"Run the experiment in FILE on a SLURM cluster: a job array of shards, then a merge into DIR.",
                "Writes DIR/slurm/run.sbatch (task K runs shard K/N into DIR/shards/K) and DIR/slurm/merge.sbatch "
                        + "(merges the shards into DIR once all succeeded); with --submit, submits both. DIR ends as "
                        + "one results directory, its CSV files identical to a run on one machine.",
                "Run it again on the same DIR to see each shard's state; --submit again runs only what is missing "
                        + "(an interrupted shard continues, a complete one is not redone) and then the merge."})
public final class SlurmCommand extends Subcommand {

    @Mixin ConfigFile file;

    @Option(names = "--shards", paramLabel = "N", required = true,
            description = "number of array tasks; task K runs the runs with run_id %% N == K - 1")
    int shards;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "the experiment's directory: the merged results, with slurm/ (scripts, logs) and shards/")
    Path out;

    @Option(names = "--submit", description = "submit the array and the merge with sbatch, and print their job ids")
    boolean submit;

    @Mixin RunSelection selection;

    @Mixin TraceOption trace;

    @Option(names = "--partition", paramLabel = "P", description = "SLURM partition (default: the cluster's)")
    String partition;

    @Option(names = "--time", paramLabel = "T", description = "time limit of each task, e.g. 02:00:00 (default: the partition's)")
    String time;

    @Option(names = "--mem", paramLabel = "M", description = "memory of each task, e.g. 2G (default: the partition's)")
    String mem;

    @Option(names = "--cpus-per-task", paramLabel = "C",
            description = "CPUs of each task; a shard runs that many negotiations at once (default: ${DEFAULT-VALUE})")
    int cpusPerTask = 1;

    @Option(names = "--account", paramLabel = "A", description = "SLURM account to charge (default: yours)")
    String account;

    @Mixin DebugOption debug;

    /** Seam for tests (not a user option): where sbatch and squeue are found. */
    static SlurmCluster cluster = SlurmCluster.onPath();

    @Override
    public Integer call() throws ConfigException, IOException, OutputDirectoryException {
        PrintWriter stdout = out();
        SlurmResources resources;
        try {
            resources = new SlurmResources(partition, time, mem, cpusPerTask, account);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        SlurmExperiment experiment = experiment();
        boolean resumed = checkDirectory(experiment);
        if (submit && !cluster.available()) {
            throw new Main.UserError("--submit needs SLURM's sbatch, which is not on the PATH here: run this on the "
                    + "cluster's login node, or leave out --submit and submit " + experiment.runScript() + " yourself");
        }
        if (!resumed) experiment.write();
        Files.createDirectories(experiment.logs());
        Installation installation = Installation.current();
        writeScript(experiment.runScript(), JobScripts.run(experiment, resources, installation), stdout);
        writeScript(experiment.mergeScript(), JobScripts.merge(experiment, resources, installation), stdout);
        List<ShardProgress> progress = ShardProgress.of(experiment);
        Submissions submissions = new Submissions(experiment);
        List<QueuedJob> jobs = queued(submissions, err());
        stdout.print(SlurmStatus.format(experiment, progress, jobs == null ? List.of() : jobs, jobs != null,
                merged(experiment)));
        if (!submit) {
            if (jobs != null && jobs.stream().anyMatch(QueuedJob::active)) {
                stdout.println("Its jobs are queued or running: run this again to follow them.");
            } else if (!merged(experiment)) {
                stdout.println((submissions.jobIds().isEmpty() ? "Submit with: " : "Submit what is missing with: ")
                        + again(true));
            }
            stdout.flush();
            return Main.OK;
        }
        return submit(experiment, progress, jobs, submissions, stdout);
    }

    private SlurmExperiment experiment() throws ConfigException {
        if (shards < 1) throw new Main.UserError("--shards must be at least 1, got " + shards);
        selection.check();
        file.check();
        String unsafe = out.toAbsolutePath().toString().replaceAll("[A-Za-z0-9_./+,:=@-]", "");
        if (!unsafe.isEmpty()) {
            throw new Main.UserError("--out " + out + ": SLURM's #SBATCH lines cannot take a path with '"
                    + unsafe.chars().distinct().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining())
                    + "' in it; choose a directory whose path has only letters, digits and _ . / + , : = @ -");
        }
        Config config = file.load();
        Experiment e = trace.applyTo(selection.applyTo(config.experiment()));
        long total;
        try {
            total = RunPlan.of(config.withExperiment(e), Shard.ALL).totalRuns();
        } catch (IllegalArgumentException ex) {
            throw new Main.UserError(file.path + ": sweep: " + ex.getMessage());
        }
        if (shards > total) {
            throw new Main.UserError("--shards " + shards + " is more than the experiment's " + total
                    + " runs; use at most " + total + " (each shard needs at least one run)");
        }
        boolean traced = e.outputs() != null && e.outputs().trace();
        boolean charts = e.outputs() == null || e.outputs().charts();
        return new SlurmExperiment(out, file.path, config.sha256(), e.name(), shards, e.runs(), e.seed(), traced, charts);
    }

    /**
     * Refuses a DIR that holds anything but this experiment; returns true when DIR already holds it
     * (a later look or resubmission). Nothing is written here.
     */
    private boolean checkDirectory(SlurmExperiment e) throws IOException, OutputDirectoryException {
        if (Files.exists(e.record())) {
            String why;
            try {
                why = e.mismatch(SlurmExperiment.read(e.dir()));
            } catch (IOException damaged) {
                throw new Main.UserError("cannot use " + out + ": " + damaged.getMessage());
            }
            if (why != null) {
                throw new Main.UserError(out + " holds another SLURM experiment (" + why + "); use another --out");
            }
            return true;
        }
        OutputDirectoryRule.requireNewOrEmpty(out, "one that 'entente slurm' set up for this experiment");
        return false;
    }

    /** Writes a job script unless the user's own version is there: theirs is kept, with a note. */
    private static void writeScript(Path script, String text, PrintWriter stdout) throws IOException {
        if (Files.exists(script)) {
            if (!Files.readString(script, StandardCharsets.UTF_8).equals(text)) {
                stdout.println("Kept " + script + " as it is (it differs from what these options would write; "
                        + "delete it to have it written anew).");
            }
            return;
        }
        Files.writeString(script, text, StandardCharsets.UTF_8);
        script.toFile().setExecutable(true);
        stdout.println("Wrote " + script);
    }

    private static boolean merged(SlurmExperiment e) {
        try {
            return Files.exists(e.dir().resolve(ResultsDirectory.MANIFEST))
                    && Manifest.COMPLETE.equals(Manifest.read(e.dir()).status());
        } catch (IOException damaged) {
            return false;
        }
    }

    /**
     * The experiment's jobs SLURM still knows; null when SLURM cannot be asked (no squeue here, or it
     * fails): then a status is shown without them, but nothing is submitted.
     */
    private List<QueuedJob> queued(Submissions submissions, PrintWriter stderr) throws IOException {
        List<String> ids = submissions.jobIds();
        if (ids.isEmpty()) return List.of();
        if (!cluster.available()) return null;
        try {
            return cluster.jobs(ids);
        } catch (IOException e) {
            if (submit) throw new Main.Failure("cannot ask SLURM about this experiment's jobs: " + ErrorLine.reason(e));
            stderr.println("entente: SLURM could not be asked about this experiment's jobs (" + e.getMessage() + ")");
            return null;
        }
    }

    private int submit(SlurmExperiment e, List<ShardProgress> progress, List<QueuedJob> jobs, Submissions submissions,
                       PrintWriter stdout) throws IOException {
        if (merged(e)) {
            stdout.println("Nothing to submit: the experiment is complete.");
            stdout.flush();
            return Main.OK;
        }
        List<QueuedJob> active = jobs.stream().filter(QueuedJob::active).toList();
        if (!active.isEmpty()) {
            String ids = active.stream().map(j -> j.id().replaceAll("_.*", "")).distinct().collect(Collectors.joining(","));
            throw new Main.UserError("this experiment still has jobs in the queue (" + active.stream()
                    .map(QueuedJob::toString).limit(5).collect(Collectors.joining(", ")) + "); wait for them (squeue -j "
                    + ids + ") or cancel them (scancel " + ids.replace(',', ' ') + "), then submit again");
        }
        List<Integer> missing = progress.stream().filter(p -> !p.complete()).map(ShardProgress::shard).toList();
        String array = null;
        List<String> mergeOptions = new ArrayList<>();
        try {
            if (!missing.isEmpty()) {
                String tasks = SlurmCluster.arraySpec(missing);
                array = cluster.submit(e.runScript(), List.of("--array=" + tasks));
                submissions.add("array", array, "shards " + tasks + " of " + e.shards(), Instant.now());
                mergeOptions.add("--dependency=afterok:" + array);
            }
        } catch (IOException refused) {
            throw new Main.Failure(ErrorLine.reason(refused));
        }
        String merge;
        try {
            merge = cluster.submit(e.mergeScript(), mergeOptions);
        } catch (IOException refused) {
            throw new Main.Failure(ErrorLine.reason(refused) + (array == null ? "" : "; the shards are queued as job "
                    + array + ": queue the merge yourself with sbatch " + String.join(" ", mergeOptions) + " "
                    + e.mergeScript()));
        }
        submissions.add("merge", merge, array == null ? "now" : "after " + array, Instant.now());
        String ids = array == null ? merge : array + "," + merge;
        if (array == null) {
            stdout.println("Every shard is complete: submitted the merge as job " + merge + ".");
        } else {
            stdout.println("Submitted " + (missing.size() == e.shards() ? "all " + e.shards() + " shards"
                    : "shard" + (missing.size() == 1 ? " " : "s ") + SlurmCluster.arraySpec(missing) + " of " + e.shards())
                    + " as array job " + array + ", and the merge as job " + merge
                    + ", which starts once every shard has succeeded.");
        }
        stdout.println("Watch them:  squeue -j " + ids + "   (when they have ended: sacct -j " + ids + ")");
        stdout.println("Task logs:   " + e.logs() + "/");
        stdout.println("The results and report will be in " + e.dir() + ".");
        if (array != null) {
            stdout.println("If a shard fails, SLURM cancels the merge. See which shard, and why, with");
            stdout.println("  " + again(false));
            stdout.println("then submit again: only what is missing runs.");
        }
        stdout.flush();
        return Main.OK;
    }

    /** This command line again, with or without --submit, as the user typed it. */
    private String again(boolean withSubmit) {
        List<String> args = new ArrayList<>(args());
        args.remove("--submit");
        String line = "./entente " + args.stream().map(JobScripts::quote).collect(Collectors.joining(" "));
        return withSubmit ? line + " --submit" : line;
    }
}
