package org.entente.report;

import org.entente.results.YearsColumns;
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
 * infrastructure and influence over the years after agreement. years.csv is streamed; each
 * (series, party, year) keeps at most {@link #EXACT_UP_TO} values, then P² estimates.
 */
public final class ImplementationCharts {
    public static final String[] SERIES = {"trade", "infrastructure", "influence"};
    /** Per cell, quantiles are exact up to this many runs, then estimated by P² in constant memory. */
    public static final int EXACT_UP_TO = 1000;

    private ImplementationCharts() {
    }

    public static List<ChartResult> render(ReportInput in) throws IOException {
        List<ChartResult> out = new ArrayList<>();
        Path years = in.dir().resolve(ResultsDirectory.YEARS);
        // series → party → year → quantiles
        Map<String, Map<String, TreeMap<Integer, StreamingQuantiles>>> cells = new LinkedHashMap<>();
        List<String> partiesSeen = new ArrayList<>();
        boolean header = false;
        if (Files.isRegularFile(years)) {
            try (CsvReader r = CsvReader.open(years)) {
                List<String> h = r.next();
                if (h != null) {
                    header = true;
                    int year = h.indexOf(YearsColumns.YEAR);
                    int party = h.indexOf(YearsColumns.PARTY);
                    int[] col = new int[SERIES.length];
                    for (int i = 0; i < SERIES.length; i++) col[i] = h.indexOf(SERIES[i]);
                    List<String> row;
                    while (year >= 0 && party >= 0 && (row = r.next()) != null) {
                        if (row.size() <= Math.max(year, party)) continue;
                        double y = Csv.toNumber(row.get(year));
                        if (Double.isNaN(y)) continue;
                        String p = row.get(party);
                        if (!partiesSeen.contains(p)) partiesSeen.add(p);
                        for (int i = 0; i < SERIES.length; i++) {
                            if (col[i] < 0 || col[i] >= row.size()) continue;
                            double v = Csv.toNumber(row.get(col[i]));
                            if (Double.isNaN(v)) continue;
                            cells.computeIfAbsent(SERIES[i], k -> new LinkedHashMap<>())
                                    .computeIfAbsent(p, k -> new TreeMap<>())
                                    .computeIfAbsent((int) y, k -> new StreamingQuantiles(EXACT_UP_TO, 0.05, 0.5, 0.95))
                                    .add(v);
                        }
                    }
                }
            }
        }
        for (String series : SERIES) {
            String title = "Implementation: " + series;
            String file = "implementation-" + series + ".png";
            Map<String, TreeMap<Integer, StreamingQuantiles>> byParty = cells.get(series);
            if (byParty == null || byParty.isEmpty()) {
                out.add(new ChartResult.Skipped(title, !header ? "years.csv is missing or empty (no run reached an "
                        + "agreement, or the implementation model was not run)." : "years.csv has no " + series
                        + " values."));
                continue;
            }
            out.add(chart(in, series, title, file, byParty, partiesSeen));
        }
        return out;
    }

    /** The vertical axis: the series with its unit (the scenario's money unit for trade and infrastructure). */
    static String axisLabel(ReportInput in, String series) {
        return switch (series) {
            case "trade" -> "trade under the agreement (" + in.moneyUnit() + " a year)";
            case "infrastructure" -> "infrastructure delivered, cumulative (" + in.moneyUnit() + ")";
            case "influence" -> "influence (standing index, 0 to 1)";
            default -> series;
        };
    }

    /** What the series measures, for the caption (docs/model.md, "Tracked series"). */
    private static String meaning(ReportInput in, String series) {
        return switch (series) {
            case "trade" -> "the exports plus imports the agreement carries for it in each year, in " + in.moneyUnit()
                    + " at that year's prices";
            case "infrastructure" -> "the infrastructure delivered so far, in " + in.moneyUnit();
            case "influence" -> "its standing in the relationship the agreement sets up, an index from 0 to 1";
            default -> "as in years.csv";
        };
    }

    private static ChartResult chart(ReportInput in, String series, String title, String file,
                                     Map<String, TreeMap<Integer, StreamingQuantiles>> byParty,
                                     List<String> partiesSeen) throws IOException {
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
        boolean exact = true;
        int s = 0;
        for (String p : order) {
            YIntervalSeries ys = new YIntervalSeries(in.parties().name(p) + ": median, 5–95% band");
            XYSeries low = new XYSeries(p + " 5%");
            XYSeries high = new XYSeries(p + " 95%");
            for (Map.Entry<Integer, StreamingQuantiles> e : byParty.get(p).entrySet()) {
                StreamingQuantiles q = e.getValue();
                ys.add(e.getKey(), q.quantile(1), q.quantile(0), q.quantile(2));
                low.add((double) e.getKey(), q.quantile(0));
                high.add((double) e.getKey(), q.quantile(2));
                runs = Math.max(runs, q.count());
                exact &= q.exact();
            }
            data.addSeries(ys);
            edges.addSeries(low);
            edges.addSeries(high);
            for (int k = 2 * s; k <= 2 * s + 1; k++) {
                edgeRenderer.setSeriesPaint(k, in.parties().colour(p));
                edgeRenderer.setSeriesStroke(k, new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT,
                        java.awt.BasicStroke.JOIN_MITER, 10f, new float[]{2f, 4f}, 0f));
            }
            // each party its own line pattern and marker too, so that equal medians stay visible
            int index = Math.max(0, in.parties().index(p));
            r.setSeriesPaint(s, in.parties().colour(p));
            r.setSeriesFillPaint(s, in.parties().colour(p));
            r.setSeriesStroke(s, Palette.line(index));
            r.setSeriesShape(s, Palette.marker(index));
            s++;
        }
        NumberAxis x = new NumberAxis("year after agreement");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(axisLabel(in, series));
        y.setAutoRangeIncludesZero(true);
        if (series.equals("influence")) y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setDataset(1, edges);
        plot.setRenderer(1, edgeRenderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, "up to " + runs + " runs with agreement per year" + (exact ? ""
                : "; quantiles estimated (P²) for large files"));
        ChartStyle.save(chart, in, file);
        return new ChartResult.Rendered(file, title, "The simulated " + series + " of each party (one colour, line "
                + "pattern and marker each), " + meaning(in, series) + ", "
                + "over the years after the agreement, across all runs that reached one. The axis starts at 0. The line "
                + "is the median run; the shaded fan, edged by dotted lines, holds the middle 90% of runs (5th to 95th "
                + "percentile), so a widening fan means the "
                + "future grows less certain with time. "
                + (exact ? "Percentiles are exact." : "With more than " + EXACT_UP_TO + " runs per year the "
                + "percentiles are P² streaming estimates (Jain and Chlamtac 1985), accurate to a few hundredths."));
    }
}
