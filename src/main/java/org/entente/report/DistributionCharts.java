package org.entente.report;

import org.entente.model.Numbers;
import org.entente.results.Csv;
import org.entente.results.FrontierColumns;
import org.entente.results.RunsColumns;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
        int[] ok = in.okRuns();
        if (ok.length == 0) return new ChartResult.Skipped(UTILITY_TITLE, "runs.csv is missing or has no successful run.");
        HistogramDataset data = new HistogramDataset();
        data.setType(HistogramType.FREQUENCY);
        List<String> shown = new ArrayList<>();
        for (String p : in.parties().ids()) {
            String col = RunsColumns.UTILITY.of(p);
            if (!runs.has(col)) continue;
            double[] v = Arrays.stream(ok).mapToDouble(r -> runs.number(r, col)).filter(d -> !Double.isNaN(d)).toArray();
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
        XYPlot plot = new XYPlot(data, x, y, r);
        int marked = reservationMarkers(in, plot, shown);
        JFreeChart chart = new JFreeChart(UTILITY_TITLE, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, ok.length + " successful runs" + (in.scenarioName().isEmpty() ? "" : ", "
                + in.scenarioName()));
        ChartStyle.save(chart, in, UTILITY_FILE);
        return new ChartResult.Rendered(UTILITY_FILE, UTILITY_TITLE,
                "For each party (one colour each), how many runs gave it each level of utility, in "
                        + UTILITY_BINS + " bins of width " + (1.0 / UTILITY_BINS) + ". Runs without agreement count at "
                        + "the party's reservation utility, so a tall bar there means frequent failure. Within each "
                        + "bin the parties' bars stand side by side. "
                        + (marked > 0 ? "The dashed lines mark each party's configured reservation utility (from "
                        + "frontier.csv; with noise each run draws its own around it). " : "") + "A narrow "
                        + "spike means the outcome barely varied between runs; a wide spread means noise or the "
                        + "swept parameters changed it.");
    }

    /** A dashed line at each shown party's reservation (frontier.csv's reservation row), labelled; returns how many. */
    private static int reservationMarkers(ReportInput in, XYPlot plot, List<String> shown) {
        CsvTable f = in.frontier();
        if (!f.has(FrontierColumns.KIND)) return 0;
        int n = 0;
        for (int row = 0; row < f.size(); row++) {
            if (!f.get(row, FrontierColumns.KIND).trim().equals("reservation")) continue;
            for (String p : shown) {
                double v = f.number(row, FrontierColumns.UTILITY.of(p));
                if (Double.isNaN(v)) continue;
                ValueMarker m = new ValueMarker(v, in.parties().colour(p), ChartStyle.DASHED);
                m.setLabel("reservation of " + in.parties().name(p) + " " + Numbers.format(v, 3));
                m.setLabelFont(ChartStyle.TICK);
                m.setLabelPaint(in.parties().colour(p).darker());
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(8 + 24 * n, 4, 4, 4));
                m.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 0));
                plot.addDomainMarker(m);
                n++;
            }
        }
        return n;
    }

    public static ChartResult rounds(ReportInput in) throws IOException {
        CsvTable runs = in.runs();
        if (!runs.has(RunsColumns.ROUNDS)) return new ChartResult.Skipped(ROUNDS_TITLE, "runs.csv is missing or has no rounds column.");
        List<Double> values = new ArrayList<>();
        for (int r : in.okRuns()) {
            if (!in.agreed(r)) continue;
            double v = runs.number(r, RunsColumns.ROUNDS);
            if (!Double.isNaN(v)) values.add(v);
        }
        if (values.isEmpty()) return new ChartResult.Skipped(ROUNDS_TITLE, "no run reached an agreement.");
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // from round 0 up to the deadline (or the longest run), so that where the runs end is seen against
        // the time they had
        double deadline = Csv.toNumber(ReportInput.text(in.experiment().path("deadline")));
        boolean deadlineSwept = SweptPaths.of(in).isSwept("experiment.deadline");
        double lo = Math.min(0, Math.floor(min)) - 0.5;
        double hi = Math.max(Math.ceil(max), Double.isNaN(deadline) || deadlineSwept ? 0 : deadline) + 0.5;
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
        XYPlot plot = new XYPlot(data, x, y, r);
        boolean marked = !Double.isNaN(deadline) && !deadlineSwept;
        if (marked) {
            ValueMarker m = new ValueMarker(deadline, Palette.NEUTRAL, ChartStyle.DASHED);
            m.setLabel("deadline: " + Numbers.format(deadline, 6) + " rounds");
            m.setLabelFont(ChartStyle.TICK);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            m.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 0));
            plot.addDomainMarker(m);
        }
        JFreeChart chart = new JFreeChart(ROUNDS_TITLE, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, values.size() + " runs with agreement" + (deadlineSwept ? "; the deadline was swept" : ""));
        ChartStyle.save(chart, in, ROUNDS_FILE);
        return new ChartResult.Rendered(ROUNDS_FILE, ROUNDS_TITLE,
                "How many runs reached agreement after each number of rounds (" + (width == 1 ? "one bar per round"
                        : "bars of " + width + " rounds") + "); runs without agreement are left out. Bars piled "
                        + "up near the deadline are the signature of Boulware-style tactics: nobody concedes "
                        + "until time runs out. Bars near zero mean quick, conceding negotiators. The axis runs from "
                        + "round 0" + (marked ? " to the deadline (dashed line)" : "") + ".");
    }
}
