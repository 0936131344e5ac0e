package org.entente.results;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.experiment.DesignPoint;
import org.entente.model.Config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: how to reproduce a results directory. Written when a run starts (status
 * {@code running}, {@code finished} empty) and rewritten at the end ({@code complete},
 * {@code interrupted} or {@code failed}); resume and merge read it to check that directories
 * belong to the same config, seed, runs, shard and trace setting.
 */
public record Manifest(String version, String status, String configFile, String configSha256, JsonNode config,
                       String experiment, long seed, int runs, String design, int points, long runsTotal,
                       long runsExperiment, long runsDone, long runsFailed, String started, String finished,
                       String java, String jade, List<String> command, String shard, int threads, boolean trace,
                       List<DesignPoint> designPoints) {

    public static final String RUNNING = "running";
    public static final String COMPLETE = "complete";
    public static final String INTERRUPTED = "interrupted";
    public static final String FAILED = "failed";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    public Manifest {
        command = List.copyOf(command);
        designPoints = List.copyOf(designPoints);
    }

    /** The resolved config as JSON (the records' components, as loaded with defaults filled in). */
    public static JsonNode configJson(Config c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", c.file() != null ? c.file().toString() : null);
        n.put("scenario_file", c.scenarioFile() != null ? c.scenarioFile().toString() : null);
        n.set("scenario", JSON.valueToTree(c.scenario()));
        n.set("experiment", JSON.valueToTree(c.experiment()));
        return n;
    }

    public Manifest withEnd(String newStatus, long done, long failed, String finishedAt) {
        return new Manifest(version, newStatus, configFile, configSha256, config, experiment, seed, runs, design, points,
                runsTotal, runsExperiment, done, failed, started, finishedAt, java, jade, command, shard, threads, trace,
                designPoints);
    }

    public Manifest withRun(List<String> newCommand, int newThreads, String newStatus) {
        return new Manifest(version, newStatus, configFile, configSha256, config, experiment, seed, runs, design, points,
                runsTotal, runsExperiment, runsDone, runsFailed, started, "", java, jade, newCommand, shard, newThreads,
                trace, designPoints);
    }

    public JsonNode toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("version", version);
        n.put("status", status);
        n.put("config_file", configFile);
        n.put("config_sha256", configSha256);
        n.put("experiment", experiment);
        n.put("seed", seed);
        n.put("runs", runs);
        n.put("design", design);
        n.put("points", points);
        n.put("runs_total", runsTotal);
        n.put("runs_experiment", runsExperiment);
        n.put("runs_done", runsDone);
        n.put("runs_failed", runsFailed);
        n.put("started", started);
        n.put("finished", finished);
        n.put("java", java);
        n.put("jade", jade);
        ArrayNode cmd = n.putArray("command");
        command.forEach(cmd::add);
        if (shard != null) n.put("shard", shard);
        n.put("threads", threads);
        n.put("trace", trace);
        n.set("config", config);
        ArrayNode dps = n.putArray("design_points");
        for (DesignPoint p : designPoints) {
            ObjectNode o = dps.addObject();
            o.put("point", p.index());
            o.set("assignments", JSON.valueToTree(p.assignments()));
        }
        return n;
    }

    /** Writes manifest.json atomically (temporary file, then rename). */
    public void write(Path dir) throws IOException {
        AtomicFile.write(dir.resolve(ResultsDirectory.MANIFEST), JSON.writeValueAsString(toJson()) + "\n");
    }

    /** Reads a directory's manifest.json; IOException when missing or unreadable. */
    public static Manifest read(Path dir) throws IOException {
        Path f = dir.resolve(ResultsDirectory.MANIFEST);
        if (!Files.exists(f)) throw new IOException(dir + " has no " + ResultsDirectory.MANIFEST);
        JsonNode n;
        try {
            n = JSON.readTree(f.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new IOException(f + " is not valid JSON" + (at != null ? " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")" : "") + ": " + CheckedRows.glimpse(String.valueOf(e.getOriginalMessage()), 100), e);
        }
        List<String> cmd = new ArrayList<>();
        n.path("command").forEach(x -> cmd.add(x.asText()));
        List<DesignPoint> dps = new ArrayList<>();
        for (JsonNode p : n.path("design_points")) {
            Map<String, Object> a = new LinkedHashMap<>();
            p.path("assignments").fields().forEachRemaining(e ->
                    a.put(e.getKey(), e.getValue().isNumber() ? (Object) e.getValue().asDouble() : e.getValue().asText()));
            dps.add(new DesignPoint(p.path("point").asInt(), a));
        }
        return new Manifest(n.path("version").asText(), n.path("status").asText(), text(n, "config_file"),
                n.path("config_sha256").asText(), n.path("config"), n.path("experiment").asText(),
                n.path("seed").asLong(), n.path("runs").asInt(), n.path("design").asText(), n.path("points").asInt(),
                n.path("runs_total").asLong(), n.path("runs_experiment").asLong(), n.path("runs_done").asLong(),
                n.path("runs_failed").asLong(), n.path("started").asText(), n.path("finished").asText(),
                n.path("java").asText(), n.path("jade").asText(), cmd, text(n, "shard"), n.path("threads").asInt(),
                n.path("trace").asBoolean(), dps);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
