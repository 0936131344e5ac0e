package org.entente.report;

import org.entente.results.ResultsFiles;
import org.entente.results.YearsSummaryColumns;
import org.entente.results.ResultsDirectory;
import org.entente.results.CsvReader;
import org.entente.results.Csv;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fan charts of the implementation years: per party, the median and the 5–95% band of trade,
 * infrastructure and influence over the years after agreement, read from years_summary.csv (so
 * they are the same whichever runs years.csv keeps), for the first design point.
 */
public final class ImplementationCharts {
    public static final String[] SERIES = {"trade", "infrastructure", "influence"};

    /** years_summary.csv's documented bound on a quantile's relative error. */
    private static final String PERCENT_ERROR = "0.4%";

    private ImplementationCharts() {
    }

    /** One year of one party: its run count and 5%, 50% and 95% quantiles. */
    private record Fan(long n, double q05, double q50, double q95) {
    }

    public static List<ChartResult> render(ReportInput in) throws IOException {
        List<ChartResult> out = new ArrayList<>();
        Path file = ResultsFiles.existing(in.dir(), ResultsDirectory.YEARS_SUMMARY);
        // series → party → year → fan, of the first design point
        Map<String, Map<String, TreeMap<Integer, Fan>>> cells = new LinkedHashMap<>();
        List<String> partiesSeen = new ArrayList<>();
        boolean header = false;
        if (Files.isRegularFile(file)) {
            try (CsvReader r = CsvReader.open(file)) {
                List<String> h = r.next();
                if (h != null) {
                    header = true;
                    int[] col = new int[8];
                    String[] names = {YearsSummaryColumns.POINT, YearsSummaryColumns.PARTY, YearsSummaryColumns.YEAR,
                        YearsSummaryColumns.SERIES, YearsSummaryColumns.N, YearsSummaryColumns.Q05, YearsSummaryColumns.Q50,
                        YearsSummaryColumns.Q95};
                    for (int i = 0; i < names.length; i++) col[i] = h.indexOf(names[i]);
                    boolean complete = java.util.Arrays.stream(col).allMatch(c -> c >= 0);
                    String firstPoint = null;
                    List<String> row;
                    while (complete && (row = r.next()) != null) {
                        if (row.size() != h.size()) continue;
                        if (firstPoint == null) firstPoint = row.get(col[0]);
                        if (!firstPoint.equals(row.get(col[0]))) break;
                        String series = row.get(col[3]);
                        if (!List.of(SERIES).contains(series)) continue;
                        double y = Csv.toNumber(row.get(col[2]));
                        double n = Csv.toNumber(row.get(col[4]));
                        if (Double.isNaN(y) || Double.isNaN(n)) continue;
                        String p = row.get(col[1]);
                        if (!partiesSeen.contains(p)) partiesSeen.add(p);
                        cells.computeIfAbsent(series, k -> new LinkedHashMap<>()).computeIfAbsent(p, k -> new TreeMap<>())
                                .put((int) y, new Fan((long) n, Csv.toNumber(row.get(col[5])), Csv.toNumber(row.get(col[6])),
                                        Csv.toNumber(row.get(col[7]))));
                    }
                }
            }
        }
        int points = in.manifest().path("points").asInt(1);
        for (String series : SERIES) {
            String title = "Implementation: " + series;
            String png = "implementation-" + series + ".png";
            Map<String, TreeMap<Integer, Fan>> byParty = cells.get(series);
            if (byParty == null || byParty.isEmpty()) {
                out.add(new ChartResult.Skipped(title, !header ? "years_summary.csv is missing or empty (no run reached an "
                        + "agreement, or the implementation model was not run)." : "years_summary.csv has no " + series
                        + " values."));
                continue;
            }
            out.add(chart(in, series, title, png, byParty, partiesSeen, points));
        }
        return out;
    }

    private static ChartResult chart(ReportInput in, String series, String title, String file,
                                     Map<String, TreeMap<Integer, Fan>> byParty,
                                     List<String> partiesSeen, int points) throws IOException {
        List<String> order = new ArrayList<>();
        for (String p : in.parties().ids()) if (byParty.containsKey(p)) order.add(p);
        for (String p : partiesSeen) if (byParty.containsKey(p) && !order.contains(p)) order.add(p);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(0.14f);
        // each band's edges as thin dashed lines in the party's colour, so overlapping fans stay readable
        XYSeriesCollection edges = new XYSeriesCollection();
        XYLineAndShapeRenderer edgeRenderer = new XYLineAndShapeRenderer(true, false);
        edgeRenderer.setDefaultSeriesVisibleInLegend(false);
        long runs = 0;
        int s = 0;
        for (String p : order) {
            YIntervalSeries ys = new YIntervalSeries(in.parties().name(p) + ": median, 5–95% band");
            XYSeries low = new XYSeries(p + " 5%");
            XYSeries high = new XYSeries(p + " 95%");
            for (Map.Entry<Integer, Fan> e : byParty.get(p).entrySet()) {
                Fan q = e.getValue();
                ys.add(e.getKey(), q.q50(), q.q05(), q.q95());
                low.add((double) e.getKey(), q.q05());
                high.add((double) e.getKey(), q.q95());
                runs = Math.max(runs, q.n());
            }
            data.addSeries(ys);
            edges.addSeries(low);
            edges.addSeries(high);
            for (int k = 2 * s; k <= 2 * s + 1; k++) {
                edgeRenderer.setSeriesPaint(k, in.parties().colour(p));
                edgeRenderer.setSeriesStroke(k, new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT,
                        java.awt.BasicStroke.JOIN_MITER, 10f, new float[]{5f, 4f}, 0f));
            }
            r.setSeriesPaint(s, in.parties().colour(p));
            r.setSeriesFillPaint(s, in.parties().colour(p));
            r.setSeriesStroke(s, ChartStyle.LINE);
            r.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
            s++;
        }
        NumberAxis x = new NumberAxis("year after agreement");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(series + " (implementation model units, see docs/model.md)");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setDataset(1, edges);
        plot.setRenderer(1, edgeRenderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, "up to " + runs + " runs with agreement per year"
                + (points > 1 ? "; design point 0 of " + points : ""));
        ChartStyle.save(chart, in.charts().resolve(file));
        return new ChartResult.Rendered(file, title, "The simulated " + series + " of each party (one colour each) "
                + "over the years after the agreement, across all runs that reached one. The line is the median run; "
                + "the shaded fan, edged by dashed lines, holds the middle 90% of runs (5th to 95th percentile), so a widening fan means the "
                + "future grows less certain with time. "
                + (points > 1 ? "It shows design point 0 (its parameters are in summary.csv); years_summary.csv has every point. " : "")
                + "Percentiles come from years_summary.csv: each within " + PERCENT_ERROR + " of the exact percentile of the runs.");
    }
}
