package org.entente.slurm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One experiment split into SLURM array tasks, and where it lives: {@code dir/slurm/} (scripts, logs,
 * experiment.json), {@code dir/shards/K/} (shard K's results) and {@code dir} itself (the merged
 * results). experiment.json records what makes the shards mergeable, so a later {@code entente slurm}
 * on the same directory can tell the same experiment from another one.
 */
public record SlurmExperiment(Path dir, Path config, String configSha256, String name, int shards, int runs,
                              long seed, boolean trace, boolean charts) {
    public static final String FILE = "experiment.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SlurmExperiment {
        dir = dir.toAbsolutePath().normalize();
        config = config.toAbsolutePath().normalize();
    }

    public Path slurmDir() {
        return dir.resolve("slurm");
    }

    public Path logs() {
        return slurmDir().resolve("logs");
    }

    public Path runScript() {
        return slurmDir().resolve("run.sbatch");
    }

    public Path mergeScript() {
        return slurmDir().resolve("merge.sbatch");
    }

    public Path shardDir(int k) {
        return dir.resolve("shards").resolve(Integer.toString(k));
    }

    /** Where this experiment's identity is recorded. */
    public Path record() {
        return slurmDir().resolve(FILE);
    }

    /** Why {@code recorded} (read from the directory) is not this experiment, or null when it is. */
    public String mismatch(SlurmExperiment recorded) {
        if (!recorded.config.equals(config)) return "it was set up for " + recorded.config;
        if (!recorded.configSha256.equals(configSha256)) {
            return "it was set up for another version of " + config + " (sha256 differs)";
        }
        if (recorded.shards != shards) return "it was set up with --shards " + recorded.shards;
        if (recorded.runs != runs) return "it was set up with --runs " + recorded.runs;
        if (recorded.seed != seed) return "it was set up with --seed " + recorded.seed;
        if (recorded.trace != trace) return "it was set up " + (recorded.trace ? "with" : "without") + " --trace";
        return null;
    }

    public void write() throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("config_file", config.toString());
        n.put("config_sha256", configSha256);
        n.put("experiment", name);
        n.put("shards", shards);
        n.put("runs", runs);
        n.put("seed", seed);
        n.put("trace", trace);
        n.put("charts", charts);
        Files.createDirectories(slurmDir());
        Files.writeString(record(), JSON.writeValueAsString(n) + "\n", StandardCharsets.UTF_8);
    }

    /** Reads {@code dir/slurm/experiment.json}; IOException with a readable message when it is damaged. */
    public static SlurmExperiment read(Path dir) throws IOException {
        Path f = dir.resolve("slurm").resolve(FILE);
        JsonNode n;
        try {
            n = JSON.readTree(f.toFile());
        } catch (IOException e) {
            throw new IOException(f + " is not readable JSON: " + e.getMessage(), e);
        }
        for (String key : new String[]{"config_file", "config_sha256", "shards", "runs", "seed"}) {
            if (!n.hasNonNull(key)) throw new IOException(f + " lacks \"" + key + "\"");
        }
        return new SlurmExperiment(dir, Path.of(n.get("config_file").asText()), n.get("config_sha256").asText(),
                Objects.requireNonNullElse(n.path("experiment").asText(null), ""), n.get("shards").asInt(),
                n.get("runs").asInt(), n.get("seed").asLong(), n.path("trace").asBoolean(),
                n.path("charts").asBoolean(true));
    }
}
