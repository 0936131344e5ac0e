package org.entente.slurm;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of run.sbatch (a job array: task K runs shard K/N, resumably) and merge.sbatch (merges the
 * shards into the results directory, then draws the report), written to be read and edited by users.
 */
public final class JobScripts {
    private JobScripts() {
    }

    /** grep pattern for a results directory whose manifest says its run is complete. */
    private static final String COMPLETE = "'\"status\" *: *\"complete\"'";

    public static String run(SlurmExperiment e, SlurmResources r, Installation in) {
        List<String> s = head(e, List.of(
                "# Entente on SLURM: each task of this job array runs one shard of the experiment below into",
                "# OUT/shards/K. Written by `entente slurm`, which submits it (and queues merge.sbatch after it) with",
                "# --submit; by hand: sbatch " + e.runScript() + ". Edit it freely: entente never overwrites it.",
                "# A task whose shard is complete exits at once and an interrupted shard continues where it stopped",
                "# (--resume), so submitting again never redoes finished runs.",
                "#SBATCH --job-name=" + jobName(e, ""),
                "#SBATCH --array=1-" + e.shards(),
                "#SBATCH --output=" + e.logs() + "/run-%A_%a.out"),
                r.shardDirectives(), "#SBATCH --requeue");
        s.add("# every shard must run with the same options (the merge checks it)");
        s.add("RUN_OPTIONS=(--runs " + e.runs() + " --seed " + e.seed() + (e.trace() ? " --trace" : "") + ")");
        s.add("");
        installation(s, in, true);
        s.add("k=\"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch: it is a job array, one task per shard}\"");
        s.add("shard=\"$OUT/shards/$k\"");
        s.add("complete() { grep -qs " + COMPLETE + " \"$shard/manifest.json\"; }");
        s.add("");
        s.add("if complete; then");
        s.add("  echo \"entente: shard $k/$SHARDS is already complete; nothing to do\"");
        s.add("  exit 0");
        s.add("fi");
        s.add("echo \"entente: shard $k/$SHARDS of $CONFIG, job ${SLURM_ARRAY_JOB_ID:-?}_$k on $(hostname), $(date -u +%FT%TZ)\"");
        s.add("status=0");
        s.add("entente run \"$CONFIG\" \"${RUN_OPTIONS[@]}\" --shard \"$k/$SHARDS\" --out \"$shard\" --resume \\");
        s.add("  --threads \"${SLURM_CPUS_PER_TASK:-1}\" --no-charts --quiet || status=$?");
        s.add("if [ \"$status\" -ne 0 ] && complete; then");
        s.add("  echo \"entente: shard $k/$SHARDS is complete; the failed runs above are recorded in runs.csv (status failed)\"");
        s.add("  status=0");
        s.add("fi");
        s.add("if [ \"$status\" -ne 0 ]; then");
        s.add("  {");
        s.add("    echo \"entente: shard $k/$SHARDS stopped (exit $status) before all its runs were done, so the merge will not run.\"");
        s.add("    echo \"entente: the runs it wrote are kept. Once the cause above is fixed, see every shard's state with\"");
        s.add("    echo \"entente:   $LAUNCHER slurm $CONFIG --shards $SHARDS --out $OUT ${RUN_OPTIONS[*]}\"");
        s.add("    echo \"entente: and add --submit to run only what is missing, then the merge.\"");
        s.add("  } >&2");
        s.add("fi");
        s.add("exit \"$status\"");
        return String.join("\n", s) + "\n";
    }

    public static String merge(SlurmExperiment e, SlurmResources r, Installation in) {
        List<String> s = head(e, List.of(
                "# Entente on SLURM: merges the shards of the experiment below into OUT, one results directory with the",
                "# same CSV files, byte for byte, as a run on one machine"
                        + (e.charts() ? ", then draws its charts and report.html." : "."),
                "# `entente slurm --submit` queues it to start when every task of run.sbatch has succeeded",
                "# (--dependency=afterok:<array job>); when a shard fails, SLURM cancels it (--kill-on-invalid-dep).",
                "#SBATCH --job-name=" + jobName(e, "merge-"),
                "#SBATCH --output=" + e.logs() + "/merge-%j.out"),
                r.sharedDirectives(), "#SBATCH --kill-on-invalid-dep=yes");
        installation(s, in, false);
        s.add("if grep -qs " + COMPLETE + " \"$OUT/manifest.json\"; then");
        s.add("  echo \"entente: $OUT is already merged; nothing to do\"");
        s.add("  exit 0");
        s.add("fi");
        s.add("shards=()");
        s.add("for k in $(seq 1 \"$SHARDS\"); do shards+=(\"$OUT/shards/$k\"); done");
        s.add("# Merge into a new directory beside the shards, then move the files up into OUT, manifest.json last:");
        s.add("# OUT's manifest says \"complete\" only once every file is in place.");
        s.add("staging=\"$OUT/slurm/merged\"");
        s.add("rm -rf -- \"$staging\"");
        s.add("entente merge \"${shards[@]}\" --config \"$CONFIG\" --out \"$staging\" --no-charts");
        s.add("for f in \"$staging\"/*; do");
        s.add("  [ \"$(basename \"$f\")\" = manifest.json ] || mv -f -- \"$f\" \"$OUT/\"");
        s.add("done");
        s.add("mv -f -- \"$staging/manifest.json\" \"$OUT/\"");
        s.add("rm -rf -- \"$staging\"");
        if (e.charts()) {
            s.add("entente report \"$OUT\"");
            s.add("echo \"entente: the results are in $OUT; open $OUT/report.html\"");
        } else {
            s.add("echo \"entente: the results are in $OUT\"");
        }
        return String.join("\n", s) + "\n";
    }

    /** SLURM job names: entente-[merge-]experiment, in characters every shell and squeue column takes. */
    static String jobName(SlurmExperiment e, String kind) {
        String n = e.name() == null ? "" : e.name().replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
        return "entente-" + kind + (n.isEmpty() ? "experiment" : n);
    }

    /**
     * A script's first lines: bash, {@code about} (what it does, and its own first #SBATCH lines), the
     * resources' #SBATCH lines and {@code last}, then bash's strict mode and the experiment.
     */
    private static List<String> head(SlurmExperiment e, List<String> about, List<String> resources, String last) {
        List<String> s = new ArrayList<>(List.of("#!/bin/bash"));
        s.addAll(about);
        s.addAll(resources);
        s.add(last);
        s.add("set -euo pipefail");
        s.add("");
        s.add("# The experiment (absolute paths: a job may start in any directory)");
        s.add("CONFIG=" + quote(e.config().toString()));
        s.add("OUT=" + quote(e.dir().toString()));
        s.add("SHARDS=" + e.shards());
        return s;
    }

    private static void installation(List<String> s, Installation in, boolean launcher) {
        s.add("# The Entente installation (change JAVA if the compute nodes have Java elsewhere, e.g. after module load)");
        s.add("JAVA=" + quote(in.java().toString()));
        if (launcher) s.add("LAUNCHER=" + quote(in.command()));
        if (in.jar() != null) {
            s.add("ENTENTE_JAR=" + quote(in.jar().toString()));
            s.add("entente() { \"$JAVA\" ${JAVA_OPTS:-} -jar \"$ENTENTE_JAR\" \"$@\"; }");
        } else {
            s.add("ENTENTE_CLASSPATH=" + quote(in.classPath().stream().map(Object::toString)
                    .collect(Collectors.joining(File.pathSeparator))));
            s.add("entente() { \"$JAVA\" ${JAVA_OPTS:-} -cp \"$ENTENTE_CLASSPATH\" org.entente.cli.Main \"$@\"; }");
        }
        s.add("");
    }

    /** A word for bash: single-quoted unless it is plainly safe. */
    public static String quote(String word) {
        if (word.matches("[A-Za-z0-9_./,+:=@-]+")) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
