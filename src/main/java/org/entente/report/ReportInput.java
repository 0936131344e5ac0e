package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.entente.results.FrontierColumns;
import org.entente.results.ResultsDirectory;
import org.entente.results.ResultsFiles;
import org.entente.results.RunsColumns;
import org.entente.results.SummaryColumns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the report reads from a results directory: the manifest (settings, resolved config), the
 * small tables (runs, summary, frontier) and the parties in config order. Large files
 * (years_summary.csv, rounds.csv) are streamed by the charts that need them.
 */
public record ReportInput(Path dir, JsonNode manifest, CsvTable runs, CsvTable summary, CsvTable frontier,
                          Parties parties, List<String> notes) {

    public static final String[] MARKERS = {ResultsDirectory.RUNS, ResultsDirectory.SUMMARY, ResultsDirectory.MANIFEST,
        ResultsDirectory.YEARS_SUMMARY};

    /** Throws when {@code dir} is not a results directory (none of the {@link #MARKERS} files). */
    public static void check(Path dir) throws NotAResultsDirectoryException {
        if (!Files.isDirectory(dir)) {
            throw new NotAResultsDirectoryException(dir + " is not a directory");
        }
        boolean any = false;
        for (String m : MARKERS) any |= ResultsFiles.exists(dir, m);
        if (!any) {
            throw new NotAResultsDirectoryException(dir + " is not a results directory (it has no runs.csv, "
                    + "summary.csv or manifest.json)");
        }
    }

    /** Reads a results directory; throws when {@code dir} is not one. */
    public static ReportInput read(Path dir) throws IOException {
        check(dir);
        List<String> notes = new ArrayList<>();
        JsonNode manifest = MissingNode.getInstance();
        Path mf = dir.resolve(ResultsDirectory.MANIFEST);
        if (Files.isRegularFile(mf)) {
            try {
                manifest = new ObjectMapper().readTree(mf.toFile());
                if (manifest == null) manifest = MissingNode.getInstance();
            } catch (IOException e) {
                notes.add("manifest.json could not be read (" + firstLine(e.getMessage()) + "); settings are not shown.");
            }
        } else {
            notes.add("manifest.json is missing; the experiment's settings are not shown.");
        }
        CsvTable runs = CsvTable.read(ResultsFiles.existing(dir, ResultsDirectory.RUNS));
        CsvTable summary = CsvTable.read(ResultsFiles.existing(dir, ResultsDirectory.SUMMARY));
        CsvTable frontier = CsvTable.read(ResultsFiles.existing(dir, ResultsDirectory.FRONTIER));
        return new ReportInput(dir, manifest, runs, summary, frontier, parties(manifest, runs, summary, frontier),
                notes);
    }

    private static String firstLine(String s) {
        if (s == null) return "malformed";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /** The resolved config from the manifest (MissingNode when absent). */
    public JsonNode config() {
        return manifest.path("config");
    }

    /** The scenario part of the resolved config. */
    public JsonNode scenario() {
        JsonNode c = config();
        return c.has("scenario") ? c.path("scenario") : c;
    }

    /** The experiment part of the resolved config. */
    public JsonNode experiment() {
        return config().path("experiment");
    }

    public String scenarioName() {
        return text(scenario().path("name"));
    }

    /** The protocol id as in configs (lower case), or "" when unknown. */
    public String protocol() {
        String p = text(experiment().path("protocol"));
        if (p.isEmpty() && runs.has(RunsColumns.PROTOCOL) && !runs.isEmpty()) {
            p = runs.get(runs.rows().get(0), RunsColumns.PROTOCOL);
        }
        return p.toLowerCase(Locale.ROOT);
    }

    /** Label and unit of each issue by id, from the config ("" when not given). */
    public Map<String, String[]> issues() {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (JsonNode i : scenario().path("issues")) {
            String id = text(i.path("id"));
            if (!id.isEmpty()) m.put(id, new String[]{text(i.path("label")), text(i.path("unit"))});
        }
        return m;
    }

    public Path charts() {
        return dir.resolve(ResultsDirectory.CHARTS);
    }

    static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? "" : n.isValueNode() ? n.asText() : n.toString();
    }

    private static Parties parties(JsonNode manifest, CsvTable runs, CsvTable summary, CsvTable frontier) {
        JsonNode config = manifest.path("config");
        JsonNode scenario = config.has("scenario") ? config.path("scenario") : config;
        List<String> ids = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode p : scenario.path("parties")) {
            String id = text(p.path("id"));
            if (id.isEmpty() || ids.contains(id)) continue;
            ids.add(id);
            String name = text(p.path("name"));
            if (!name.isBlank()) names.put(id, name);
        }
        // parties seen in the tables but not in the manifest (or no manifest): in column order
        List<String> seen = new ArrayList<>(RunsColumns.UTILITY.keysIn(runs.columns()));
        seen.addAll(SummaryColumns.UTILITY_MEAN.keysIn(summary.columns()));
        seen.addAll(FrontierColumns.UTILITY.keysIn(frontier.columns()));
        for (String id : seen) if (!ids.contains(id)) ids.add(id);
        return new Parties(ids, names);
    }

    /** The ok runs (status ok or no status column). */
    public List<List<String>> okRuns() {
        if (!runs.has(RunsColumns.STATUS)) return runs.rows();
        List<List<String>> ok = new ArrayList<>();
        for (List<String> r : runs.rows()) {
            String s = runs.get(r, RunsColumns.STATUS);
            if (s.isEmpty() || s.equals(RunsColumns.OK)) ok.add(r);
        }
        return ok;
    }

    /** Whether a run row reached an agreement (agreed and ratified). */
    public boolean agreed(List<String> run) {
        return runs.get(run, RunsColumns.AGREEMENT).trim().equalsIgnoreCase("true");
    }

    /** The swept parameter columns of runs.csv. */
    public List<String> sweptInRuns() {
        return RunsColumns.swept(runs.columns());
    }

    /** The swept parameter columns of summary.csv. */
    public List<String> sweptInSummary() {
        return SummaryColumns.swept(summary.columns());
    }
}
