package org.entente.report;

import org.entente.results.AtomicFile;
import org.entente.results.RunsColumns;
import org.entente.results.RoundsColumns;
import org.entente.results.ResultsDirectory;
import org.entente.results.ResultsFiles;
import org.entente.results.CsvReader;
import org.entente.results.Csv;
import org.entente.results.TournamentFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Renders charts/ and report.html of a results directory from its CSV files and manifest. */
public final class Report {
    public static final String HTML = "report.html";
    public static final String DANCE_FILE = "dance.png";
    private static final String DANCE_TITLE = "Negotiation dance";

    private Report() {
    }

    public static void render(Path resultsDir) throws IOException {
        renderCharts(resultsDir, null);
    }

    /** Renders the charts in {@code formats} (null: the manifest's outputs.formats, else PNG) and the page. */
    public static void render(Path resultsDir, List<ChartFormat> formats) throws IOException {
        renderCharts(resultsDir, formats);
    }

    /** Renders every chart (as PNG, and the manifest's other formats) and the page; returns what became of each chart. */
    public static List<ChartResult> renderCharts(Path resultsDir) throws IOException {
        return renderCharts(resultsDir, null);
    }

    /** Renders every chart in {@code formats} (null: as the manifest says) and the page; returns what became of each chart. */
    public static List<ChartResult> renderCharts(Path resultsDir, List<ChartFormat> formats) throws IOException {
        ReportInput in = ReportInput.read(resultsDir, formats);
        Files.createDirectories(in.charts());
        List<ChartResult> charts = new ArrayList<>();
        if (TournamentSection.applies(in)) {
            if (Files.isRegularFile(resultsDir.resolve(ResultsDirectory.RUNS))) TournamentFile.rewrite(resultsDir);
            charts.add(TournamentChart.render(in, CsvTable.read(ResultsFiles.existing(resultsDir, ResultsDirectory.TOURNAMENT))));
        }
        charts.add(dance(in));
        charts.add(OutcomeSpaceChart.render(in));
        charts.add(DistributionCharts.utilities(in));
        charts.add(DistributionCharts.rounds(in));
        charts.addAll(SweepCharts.render(in));
        charts.addAll(ComparisonCharts.render(in));
        charts.addAll(ImplementationCharts.render(in));
        charts.addAll(SensitivityChart.render(in));
        String html = ReportPage.html(in, charts);
        AtomicFile.write(resultsDir.resolve(HTML), html);
        return charts;
    }

    private static ChartResult dance(ReportInput in) throws IOException {
        Path png = in.charts().resolve(DANCE_FILE);
        Path dance = ResultsFiles.existing(in.dir(), ResultsDirectory.DANCE);
        Path rounds = ResultsFiles.existing(in.dir(), ResultsDirectory.ROUNDS);
        Path source = Files.isRegularFile(dance) ? dance : Files.isRegularFile(rounds) ? rounds : null;
        if (source == null) return new ChartResult.Skipped(DANCE_TITLE, "neither dance.csv nor rounds.csv (nor their .gz) is present.");
        long run = firstRun(source);
        Boolean agreed = null;
        for (int r = 0; r < in.runs().size(); r++) {
            if (in.runs().number(r, RunsColumns.RUN_ID) == run && in.runs().has(RunsColumns.AGREEMENT)) {
                agreed = in.agreed(r);
            }
        }
        if (run < 0 || !DanceChart.write(source, run, png, in.parties(), in.scenarioName(), agreed, in.formats())) {
            return new ChartResult.Skipped(DANCE_TITLE, source.getFileName() + " holds no offers.");
        }
        return new ChartResult.Rendered(DANCE_FILE, DANCE_TITLE + " (run " + run + ")",
                "Every offer made in run " + run + ", round by round (from round 0). Each colour is one party's undiscounted "
                        + "value (its satisfaction, 0 to 1, were the offer agreed at once) of the offer on the table; the marker's shape says who made the offer. "
                        + "Solid lines follow a party's own offers, in its own eyes: how fast it concedes. Dashed lines "
                        + "follow the other side's offers in that party's eyes: how much the other side gives. The "
                        + "lines close in as the parties converge; the dashed vertical line marks the agreement, if "
                        + "any. Steep early drops are concessions; flat stretches are stubbornness.");
    }

    /** The run id of the first data row (run 0 in dance.csv), or -1 when there is none. */
    private static long firstRun(Path csv) throws IOException {
        try (CsvReader r = CsvReader.open(csv)) {
            List<String> h = r.next();
            if (h == null) return -1;
            int i = h.indexOf(RoundsColumns.RUN_ID);
            List<String> row = r.next();
            if (i < 0 || row == null || i >= row.size()) return -1;
            double v = Csv.toNumber(row.get(i));
            return Double.isNaN(v) ? -1 : (long) v;
        }
    }
}
