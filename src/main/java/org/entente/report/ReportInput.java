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
import java.util.stream.IntStream;

/**
 * What the report reads from a results directory: the manifest (settings, resolved config), the
 * tables (runs, summary, frontier) and the parties in config order. Of runs.csv, which may hold
 * millions of runs, only the columns the report uses are held ({@link #RUNS_USED}), column by column.
 * Large files (years_summary.csv, rounds.csv) are streamed by the charts that need them.
 */
public record ReportInput(Path dir, JsonNode manifest, CsvTable runs, CsvTable summary, CsvTable frontier,
                          Parties parties, List<String> notes, List<ChartFormat> formats) {

    public static final String[] MARKERS = {ResultsDirectory.RUNS, ResultsDirectory.SUMMARY, ResultsDirectory.MANIFEST,
        ResultsDirectory.YEARS_SUMMARY};

    /**
     * The columns of runs.csv the report reads: the runs' utilities and ids as numbers (mostly distinct),
     * and as text the columns that take few values (status, agreement, ratification and who blocked it,
     * protocol, strategies, the agreed terms, rounds and the swept parameters). The others are not held.
     */
    static final CsvTable.Selection RUNS_USED = (column, header) -> {
        if (column.equals(RunsColumns.RUN_ID) || RunsColumns.UTILITY.matches(column)) return CsvTable.Holding.NUMBERS;
        boolean text = List.of(RunsColumns.STATUS, RunsColumns.AGREEMENT, RunsColumns.RATIFIED, RunsColumns.BLOCKED_BY,
                RunsColumns.PROTOCOL, RunsColumns.ROUNDS, RunsColumns.AGREEMENT_ROUND).contains(column)
                || RunsColumns.STRATEGY.matches(column) || RunsColumns.ISSUE.matches(column)
                || RunsColumns.swept(header).contains(column);
        return text ? CsvTable.Holding.TEXT : CsvTable.Holding.NONE;
    };

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

    /** Reads a results directory, charts to be drawn in the manifest's formats; throws when {@code dir} is not one. */
    public static ReportInput read(Path dir) throws IOException {
        return read(dir, null);
    }

    /** Reads a results directory, charts to be drawn in {@code formats} (null: the manifest's outputs.formats, else PNG). */
    public static ReportInput read(Path dir, List<ChartFormat> formats) throws IOException {
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
        CsvTable runs = CsvTable.read(ResultsFiles.existing(dir, ResultsDirectory.RUNS), RUNS_USED);
        CsvTable summary = CsvTable.read(ResultsFiles.existing(dir, ResultsDirectory.SUMMARY));
        CsvTable frontier = CsvTable.read(ResultsFiles.existing(dir, ResultsDirectory.FRONTIER));
        return new ReportInput(dir, manifest, runs, summary, frontier, parties(manifest, runs, summary, frontier),
                notes, formats != null ? formats : formats(manifest));
    }

    /** The manifest's experiment.outputs.formats (unknown ids ignored), PNG always first. */
    private static List<ChartFormat> formats(JsonNode manifest) {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : manifest.path("config").path("experiment").path("outputs").path("formats")) {
            if (ChartFormat.of(f.asText().toLowerCase(Locale.ROOT)) != null) ids.add(f.asText());
        }
        return ChartFormat.parse(String.join(",", ids));
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
            p = runs.get(0, RunsColumns.PROTOCOL);
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

    /**
     * The scenario's unit of money, which the implementation model's trade, infrastructure and debt
     * series are in: the first issue unit naming money ("US$ M"; "US$ M/yr" without its "/yr"),
     * else the model's own, US$ M (docs/model.md).
     */
    public String moneyUnit() {
        String found = null;
        for (String[] li : issues().values()) {
            String u = li[1];
            if (!u.contains("$")) continue;
            if (!u.contains("/")) return u.trim();
            if (found == null) found = u.substring(0, u.indexOf('/')).trim();
        }
        return found != null ? found : "US$ M";
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

    /** The rows of the ok runs (status ok or no status column). */
    public int[] okRuns() {
        return IntStream.range(0, runs.size()).filter(r -> {
            String s = runs.get(r, RunsColumns.STATUS);
            return s.isEmpty() || s.equals(RunsColumns.OK);
        }).toArray();
    }

    /** Whether a run row reached an agreement (agreed and ratified). */
    public boolean agreed(int run) {
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
