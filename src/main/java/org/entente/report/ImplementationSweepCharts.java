package org.entente.report;

import org.entente.results.SummaryColumns;
import org.entente.analysis.Interval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the implementation after agreement responds to a swept numeric parameter: each party's mean
 * compliance and final-year influence with 95% bands, from summary.csv's implementation aggregates
 * (docs/model.md). This is where a sweep over implementation parameters shows its effect.
 */
final class ImplementationSweepCharts {
    /** summary.csv key prefix, panel axis label, whether the axis is fixed to [0, 1]. */
    private record Panel(String key, String axis) {
    }

    private static final List<Panel> PANELS = List.of(
            new Panel("compliance", "mean compliance"),
            new Panel("influence", "final-year influence"));

    /** One value of the parameter: per panel key, per party, the (pooled) mean and interval. */
    record Level(double value, Map<String, Map<String, Interval>> estimates, long runs) {
    }

    private ImplementationSweepCharts() {
    }

    /** Whether summary.csv carries implementation aggregates for at least one party. */
    static boolean available(ReportInput in) {
        for (String p : in.parties().ids()) if (in.summary().has(SummaryColumns.mean("compliance." + p))) return true;
        return false;
    }

    static String fileName(String param) {
        return SweepCharts.fileName("sweep-", param).replaceAll("\\.png$", "") + "-implementation.png";
    }

    /** The levels of a numeric parameter, each pooling the summary rows with that value. */
    static List<Level> levels(ReportInput in, String param) {
        CsvTable sum = in.summary();
        TreeMap<Double, RowList> byValue = new TreeMap<>();
        for (int r = 0; r < sum.size(); r++) {
            double v = sum.number(r, param);
            if (!Double.isNaN(v)) byValue.computeIfAbsent(v, k -> new RowList()).add(r);
        }
        List<Level> out = new ArrayList<>();
        for (Map.Entry<Double, RowList> e : byValue.entrySet()) {
            int[] rows = e.getValue().toArray();
            Map<String, Map<String, Interval>> est = new LinkedHashMap<>();
            for (Panel panel : PANELS) {
                Map<String, Interval> byParty = new LinkedHashMap<>();
                for (String p : in.parties().ids()) {
                    String key = panel.key() + "." + p;
                    if (sum.has(SummaryColumns.mean(key))) byParty.put(p, PooledSummary.pool(sum, rows, key));
                }
                est.put(panel.key(), byParty);
            }
            long n = 0;
            for (int r : rows) {
                double ok = PooledSummary.okRuns(sum, r);
                if (!Double.isNaN(ok)) n += (long) ok;
            }
            out.add(new Level(e.getKey(), est, n));
        }
        return out;
    }

    static ChartResult response(ReportInput in, String param, boolean pooled) throws IOException {
        String label = ParameterLabels.of(in, param);
        String title = "Implementation response to " + label;
        if (!in.summary().has(param)) {
            return new ChartResult.Skipped(title, "summary.csv has no column " + param + ".");
        }
        List<Level> levels = levels(in, param);
        if (levels.size() < 2) return new ChartResult.Skipped(title, param + " takes fewer than two values in summary.csv.");
        String file = fileName(param);
        NumberAxis x = new NumberAxis(label);
        ChartStyle.niceTicks(x, levels.get(0).value(), levels.get(levels.size() - 1).value());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(18);
        boolean first = true;
        for (Panel panel : PANELS) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            DeviationRenderer r = new DeviationRenderer(true, levels.size() <= 25);
            r.setAlpha(0.18f);
            int s = 0;
            for (String p : in.parties().ids()) {
                if (!levels.get(0).estimates().get(panel.key()).containsKey(p)) continue;
                YIntervalSeries series = new YIntervalSeries(in.parties().name(p), false, true);
                for (Level l : levels) {
                    Interval v = l.estimates().get(panel.key()).get(p);
                    if (v == null || Double.isNaN(v.estimate())) continue;
                    series.add(l.value(), v.estimate(), Double.isNaN(v.lo()) ? v.estimate() : v.lo(),
                            Double.isNaN(v.hi()) ? v.estimate() : v.hi());
                }
                data.addSeries(series);
                Color c = in.parties().colour(p);
                r.setSeriesPaint(s, c);
                r.setSeriesFillPaint(s, c);
                r.setSeriesStroke(s, Palette.line(in.parties().index(p)));
                r.setSeriesShape(s, Palette.marker(in.parties().index(p)));
                s++;
            }
            if (s == 0) continue;
            // the legend lists each party once, from the first panel
            if (!first) r.setDefaultSeriesVisibleInLegend(false);
            NumberAxis y = ChartStyle.unitAxis(panel.axis() + " (95% CI)");
            y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.2));
            XYPlot sub = new XYPlot(data, null, y, r);
            plot.add(sub, 1);
            first = false;
        }
        if (plot.getSubplots().isEmpty()) {
            return new ChartResult.Skipped(title, "summary.csv has no implementation aggregates (compliance, influence).");
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, param + (pooled ? " · pooled over the other swept parameters" : "")
                + " · runs without agreement count as 0");
        ChartStyle.save(chart, in, file);
        String caption = "How the implementation after agreement responds to " + label + " (" + param + "). Top: each "
                + "party's mean compliance, its propensity to deliver what it promised (0 to 1), averaged over the "
                + "implementation years. Bottom: each party's influence (standing in the relationship, 0 to 1) in the "
                + "final year. Both axes run from 0 to 1. Lines are means over runs, shaded bands 95% Student t "
                + "intervals. As in summary.csv, runs without an agreement count as 0, so where the agreement rate is "
                + "below 1 the means mix it with compliance given agreement. "
                + (pooled ? "Several parameters were swept: each value pools all runs with that value, whatever the "
                + "other parameters were; the pooled mean and interval are recomputed exactly from each design "
                + "point's mean, 95% interval and run count in summary.csv (each point's variance recovered from "
                + "its interval)." : "The bands are summary.csv's own intervals.");
        return new ChartResult.Rendered(file, "Implementation response to " + label, caption);
    }
}
