package org.entente.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SLURM's own commands, sbatch and squeue, run as processes: found on PATH, or in one directory
 * (tests put stand-ins there). Nothing is parsed beyond what --parsable and squeue -o promise.
 */
public final class SlurmCluster {
    private static final long TIMEOUT_SECONDS = 120;
    private final Path bin;

    private SlurmCluster(Path bin) {
        this.bin = bin;
    }

    /** The commands on the PATH. */
    public static SlurmCluster onPath() {
        return new SlurmCluster(null);
    }

    /** The commands in {@code bin}. */
    public static SlurmCluster in(Path bin) {
        return new SlurmCluster(bin);
    }

    /** Whether sbatch can be run here. */
    public boolean available() {
        if (bin != null) return Files.isExecutable(bin.resolve("sbatch"));
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "sbatch"))) return true;
        }
        return false;
    }

    /** Submits {@code script} with extra sbatch options; returns the job id. */
    public String submit(Path script, List<String> options) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(command("sbatch"), "--parsable"));
        cmd.addAll(options);
        cmd.add(script.toString());
        Result r = run(cmd);
        String id = r.out.strip().split(";")[0].strip();
        if (r.code != 0 || !id.matches("\\d+")) {
            throw new IOException("sbatch refused " + script + ": " + firstLine(r.err.isBlank() ? r.out : r.err));
        }
        return id;
    }

    /** The jobs among {@code ids} that SLURM still knows (queued, running, or recently ended). */
    public List<QueuedJob> jobs(List<String> ids) throws IOException {
        if (ids.isEmpty()) return List.of();
        Result r = run(List.of(command("squeue"), "--noheader", "--states=all", "--format=%i|%T|%r",
                "--jobs=" + String.join(",", ids)));
        if (r.code != 0) {
            if (r.err.contains("Invalid job id")) return List.of();   // all of them ended long ago
            throw new IOException("squeue failed: " + firstLine(r.err));
        }
        List<QueuedJob> jobs = new ArrayList<>();
        for (String line : r.out.split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            if (f.length == 3) jobs.add(new QueuedJob(f[0], f[1], f[2]));
        }
        return jobs;
    }

    /** sbatch's --array value for these (1-based, increasing) shard indices, ranges folded: 1-3,5,7-8. */
    public static String arraySpec(List<Integer> shards) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < shards.size(); ) {
            int j = i;
            while (j + 1 < shards.size() && shards.get(j + 1) == shards.get(j) + 1) j++;
            if (s.length() > 0) s.append(',');
            s.append(shards.get(i));
            if (j > i) s.append('-').append(shards.get(j));
            i = j + 1;
        }
        return s.toString();
    }

    private String command(String name) {
        return bin == null ? name : bin.resolve(name).toString();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(List<String> cmd) throws IOException {
        Path out = Files.createTempFile("entente-slurm", ".out");
        Path err = Files.createTempFile("entente-slurm", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(cmd.get(0) + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(cmd.get(0) + " was interrupted", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
