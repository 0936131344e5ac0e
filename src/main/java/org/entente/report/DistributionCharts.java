package org.entente.report;

import org.entente.results.RunsColumns;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Histograms across runs: each party's utility, and the rounds it took to agree. */
public final class DistributionCharts {
    public static final String UTILITY_FILE = "utility-distribution.png";
    public static final String ROUNDS_FILE = "rounds-distribution.png";
    private static final String UTILITY_TITLE = "What each party got, across runs";
    private static final String ROUNDS_TITLE = "Rounds to agreement, across runs";
    private static final int UTILITY_BINS = 25;

    private DistributionCharts() {
    }

    public static ChartResult utilities(ReportInput in) throws IOException {
        CsvTable runs = in.runs();
        List<List<String>> ok = in.okRuns();
        if (ok.isEmpty()) return new ChartResult.Skipped(UTILITY_TITLE, "runs.csv is missing or has no successful run.");
        HistogramDataset data = new HistogramDataset();
        data.setType(HistogramType.FREQUENCY);
        List<String> shown = new ArrayList<>();
        for (String p : in.parties().ids()) {
            String col = RunsColumns.UTILITY.of(p);
            if (!runs.has(col)) continue;
            double[] v = ok.stream().mapToDouble(r -> runs.number(r, col)).filter(d -> !Double.isNaN(d)).toArray();
            if (v.length == 0) continue;
            // fixed [0, 1] range and bins so the parties' histograms line up
            for (int i = 0; i < v.length; i++) v[i] = Math.max(0, Math.min(1, v[i]));
            data.addSeries(in.parties().name(p), v, UTILITY_BINS, 0.0, 1.0);
            shown.add(p);
        }
        if (shown.isEmpty()) return new ChartResult.Skipped(UTILITY_TITLE, "runs.csv has no utility values.");
        // the parties' bars side by side within each bin, so none hides another
        ClusteredXYBarRenderer r = new ClusteredXYBarRenderer(0.1, false);
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int s = 0; s < shown.size(); s++) r.setSeriesPaint(s, in.parties().colour(shown.get(s)));
        NumberAxis x = new NumberAxis("utility the party got (0 = worst, 1 = best; reservation when no agreement)");
        x.setRange(0, 1);
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        NumberAxis y = new NumberAxis("number of runs");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        JFreeChart chart = new JFreeChart(UTILITY_TITLE, ChartStyle.TITLE, new XYPlot(data, x, y, r), true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, ok.size() + " successful runs" + (in.scenarioName().isEmpty() ? "" : ", "
                + in.scenarioName()));
        ChartStyle.save(chart, in, UTILITY_FILE);
        return new ChartResult.Rendered(UTILITY_FILE, UTILITY_TITLE,
                "For each party (one colour each), how many runs gave it each level of utility, in "
                        + UTILITY_BINS + " bins of width " + (1.0 / UTILITY_BINS) + ". Runs without agreement count at "
                        + "the party's reservation utility, so a tall bar there means frequent failure. Within each "
                        + "bin the parties' bars stand side by side. A narrow "
                        + "spike means the outcome barely varied between runs; a wide spread means noise or the "
                        + "swept parameters changed it.");
    }

    public static ChartResult rounds(ReportInput in) throws IOException {
        CsvTable runs = in.runs();
        if (!runs.has(RunsColumns.ROUNDS)) return new ChartResult.Skipped(ROUNDS_TITLE, "runs.csv is missing or has no rounds column.");
        List<Double> values = new ArrayList<>();
        for (List<String> r : in.okRuns()) {
            if (!in.agreed(r)) continue;
            double v = runs.number(r, RunsColumns.ROUNDS);
            if (!Double.isNaN(v)) values.add(v);
        }
        if (values.isEmpty()) return new ChartResult.Skipped(ROUNDS_TITLE, "no run reached an agreement.");
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double lo = Math.floor(min) - 0.5;
        double hi = Math.ceil(max) + 0.5;
        int span = (int) Math.round(hi - lo);
        int width = Math.max(1, (int) Math.ceil(span / 60.0));
        int bins = Math.max(1, (int) Math.ceil(span / (double) width));
        hi = lo + bins * width;
        HistogramDataset data = new HistogramDataset();
        data.setType(HistogramType.FREQUENCY);
        data.addSeries("agreements", values.stream().mapToDouble(Double::doubleValue).toArray(), bins, lo, hi);
        XYBarRenderer r = new XYBarRenderer(0.1);
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, Palette.withAlpha(Palette.NEUTRAL, 0.75));
        NumberAxis x = new NumberAxis("rounds played until agreement");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(lo, hi);
        NumberAxis y = new NumberAxis("number of runs");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        JFreeChart chart = new JFreeChart(ROUNDS_TITLE, ChartStyle.TITLE, new XYPlot(data, x, y, r), false);
        ChartStyle.apply(chart);
        String deadline = ReportInput.text(in.experiment().path("deadline"));
        ChartStyle.subtitle(chart, values.size() + " runs with agreement" + (deadline.isEmpty() ? ""
                : "; deadline " + deadline + " rounds"));
        ChartStyle.save(chart, in, ROUNDS_FILE);
        return new ChartResult.Rendered(ROUNDS_FILE, ROUNDS_TITLE,
                "How many runs reached agreement after each number of rounds (" + (width == 1 ? "one bar per round"
                        : "bars of " + width + " rounds") + "); runs without agreement are left out. Bars piled "
                        + "up near the deadline are the signature of Boulware-style tactics: nobody concedes "
                        + "until time runs out. Bars near zero mean quick, conceding negotiators.");
    }
}
