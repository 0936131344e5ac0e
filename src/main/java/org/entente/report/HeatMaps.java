package org.entente.report;

import org.entente.results.SummaryColumns;
import org.entente.results.RunsColumns;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Heat maps over two numeric swept parameters whose values form a grid: the agreement rate, each
 * party's mean utility and each party's mean compliance, one cell per combination.
 */
final class HeatMaps {
    private HeatMaps() {
    }

    /** A value to map over a grid: from summary.csv's column, or (without summary.csv) per run. */
    private record HeatMetric(String title, String file, String legend, String summaryColumn,
                              IntToDoubleFunction perRun, String what) {
    }

    /**
     * Heat maps over two numeric parameters, when their values form a grid: the agreement rate
     * (scale fixed to [0, 1]), then each party's mean utility, then each party's mean compliance
     * (when summary.csv has it); utilities and compliance each share one scale over all parties.
     */
    static List<ChartResult> render(ReportInput in, String a, String b) throws IOException {
        String la = ParameterLabels.of(in, a);
        String lb = ParameterLabels.of(in, b);
        String pair = a + "--" + b;
        CsvTable sum = in.summary();
        CsvTable runs = in.runs();
        boolean fromSummary = sum.has(a) && sum.has(b) && sum.has(SummaryColumns.AGREEMENT_RATE.estimate()) && !sum.isEmpty();
        HeatMetric rate = new HeatMetric("Agreement rate over " + la + " and " + lb, SweepCharts.fileName("heatmap-", pair),
                "agreement rate", SummaryColumns.AGREEMENT_RATE.estimate(), r -> in.agreed(r) ? 1 : 0,
                "the share of runs that reached a ratified agreement");
        Map<List<Double>, double[]> grid = cells(in, fromSummary, a, b, rate);
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        for (List<Double> k : grid.keySet()) {
            xs.add(k.get(0));
            ys.add(k.get(1));
        }
        if (xs.size() < 2 || ys.size() < 2) {
            return List.of(new ChartResult.Skipped("Heat maps over " + la + " and " + lb, "fewer than two values of each."));
        }
        if (grid.size() != xs.size() * ys.size()) {
            return List.of(new ChartResult.Skipped("Heat maps over " + la + " and " + lb, "the design points do not form a grid over " + a
                    + " and " + b + " (random, Latin hypercube or Sobol designs); see the sweep charts instead."));
        }
        List<ChartResult> out = new ArrayList<>();
        out.add(drawHeatMap(in, a, b, la, lb, rate, grid, xs, ys, 0, 1, false));
        List<List<HeatMetric>> families = new ArrayList<>();
        List<HeatMetric> utility = new ArrayList<>();
        List<HeatMetric> compliance = new ArrayList<>();
        for (String p : in.parties().ids()) {
            String who = ParameterLabels.possessive(ParameterLabels.party(in, p));
            String u = RunsColumns.UTILITY.of(p);
            if (fromSummary ? sum.has(SummaryColumns.mean(u)) : runs.has(u)) {
                utility.add(new HeatMetric(who + " mean utility over " + la + " and " + lb,
                        SweepCharts.fileName("heatmap-utility-" + p + "-", pair), "mean utility of " + ParameterLabels.party(in, p),
                        SummaryColumns.mean(u), r -> runs.number(r, u), in.parties().name(p) + "'s mean utility (its discounted "
                        + "utility at agreement, or its reservation without one, as in runs.csv)"));
            }
            String c = "compliance." + p;
            if (fromSummary && sum.has(SummaryColumns.mean(c))) {
                compliance.add(new HeatMetric(who + " mean compliance over " + la + " and " + lb,
                        SweepCharts.fileName("heatmap-compliance-" + p + "-", pair), "mean compliance of " + ParameterLabels.party(in, p),
                        SummaryColumns.mean(c), null, in.parties().name(p) + "'s mean compliance (its propensity to deliver, "
                        + "averaged over the implementation years; runs without agreement count as 0, as in summary.csv)"));
            }
        }
        families.add(utility);
        families.add(compliance);
        for (List<HeatMetric> family : families) {
            List<Map<List<Double>, double[]>> maps = new ArrayList<>();
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (HeatMetric m : family) {
                Map<List<Double>, double[]> cells = cells(in, fromSummary, a, b, m);
                maps.add(cells);
                for (double[] v : cells.values()) {
                    lo = Math.min(lo, v[0] / v[1]);
                    hi = Math.max(hi, v[0] / v[1]);
                }
            }
            if (!(lo <= hi)) continue;
            if (hi - lo < MIN_SPAN) {
                double mid = (lo + hi) / 2;
                lo = mid - MIN_SPAN / 2;
                hi = mid + MIN_SPAN / 2;
            }
            for (int i = 0; i < family.size(); i++) {
                if (maps.get(i).isEmpty()) continue;
                out.add(drawHeatMap(in, a, b, la, lb, family.get(i), maps.get(i), xs, ys, lo, hi, true));
            }
        }
        return out;
    }

    /** The narrowest colour scale of a utility or compliance heat map. */
    private static final double MIN_SPAN = 0.02;

    /** Grid cell (x, y) → {weighted sum, weight}: summary rows weighted by their ok runs, or single runs. */
    private static Map<List<Double>, double[]> cells(ReportInput in, boolean fromSummary, String a, String b,
                                                     HeatMetric m) {
        CsvTable t = fromSummary ? in.summary() : in.runs();
        int[] rows = fromSummary ? IntStream.range(0, t.size()).toArray() : in.okRuns();
        Map<List<Double>, double[]> cells = new LinkedHashMap<>();
        if (!fromSummary && m.perRun() == null) return cells;
        for (int r : rows) {
            double x = t.number(r, a);
            double y = t.number(r, b);
            if (Double.isNaN(x) || Double.isNaN(y)) continue;
            double w = fromSummary ? PooledSummary.okRuns(t, r) : 1;
            if (Double.isNaN(w) || w <= 0) w = fromSummary && Double.isNaN(t.number(r, SummaryColumns.RUNS)) ? 1 : 0;
            double v = fromSummary ? t.number(r, m.summaryColumn()) : m.perRun().applyAsDouble(r);
            if (Double.isNaN(v) || w == 0) continue;
            double[] c = cells.computeIfAbsent(List.of(x, y), k -> new double[2]);
            c[0] += w * v;
            c[1] += w;
        }
        return cells;
    }

    private static ChartResult drawHeatMap(ReportInput in, String a, String b, String la, String lb, HeatMetric m,
                                           Map<List<Double>, double[]> cells, TreeSet<Double> xs, TreeSet<Double> ys,
                                           double lo, double hi, boolean observedScale) throws IOException {
        // cells on index axes labelled with the values, so uneven grids (0.2, 1, 2) tile without gaps
        List<Double> xl = new ArrayList<>(xs);
        List<Double> yl = new ArrayList<>(ys);
        double[][] xyz = new double[3][cells.size()];
        List<XYTextAnnotation> labels = new ArrayList<>();
        int digits = observedScale && xs.size() * ys.size() <= 50 ? 3 : 2;
        int i = 0;
        for (Map.Entry<List<Double>, double[]> e : cells.entrySet()) {
            xyz[0][i] = xl.indexOf(e.getKey().get(0));
            xyz[1][i] = yl.indexOf(e.getKey().get(1));
            xyz[2][i] = e.getValue()[0] / e.getValue()[1];
            if (cells.size() <= 150) {
                XYTextAnnotation label = new XYTextAnnotation(org.entente.model.Numbers.format(xyz[2][i], digits),
                        xyz[0][i], xyz[1][i]);
                label.setFont(cells.size() <= 50 ? ChartStyle.LABEL : ChartStyle.TICK);
                label.setPaint((xyz[2][i] - lo) / (hi - lo) < 0.55 ? Color.WHITE : Color.BLACK);
                labels.add(label);
            }
            i++;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(m.legend(), xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(1);
        r.setBlockHeight(1);
        ViridisScale scale = new ViridisScale(lo, hi);
        r.setPaintScale(scale);
        SymbolAxis x = new SymbolAxis(la, xl.stream().map(v -> org.entente.model.Numbers.format(v, 4)).toArray(String[]::new));
        SymbolAxis y = new SymbolAxis(lb, yl.stream().map(v -> org.entente.model.Numbers.format(v, 4)).toArray(String[]::new));
        x.setRange(-0.5, xl.size() - 0.5);
        y.setRange(-0.5, yl.size() - 0.5);
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (XYTextAnnotation label : labels) r.addAnnotation(label);
        JFreeChart chart = new JFreeChart(m.title(), ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        NumberAxis legendAxis = new NumberAxis(m.legend());
        legendAxis.setRange(lo, hi);
        legendAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(observedScale ? ChartStyle.niceStep(hi - lo, 8) : 0.2));
        legendAxis.setLabelFont(ChartStyle.LABEL);
        legendAxis.setTickLabelFont(ChartStyle.TICK);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(24);
        legend.setAxisOffset(6);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        boolean others = in.sweptInSummary().size() > 2 || in.sweptInRuns().size() > 2;
        ChartStyle.subtitle(chart, "horizontal: " + a + " · vertical: " + b
                + (others ? " · averaged over the other swept parameters" : ""));
        ChartStyle.save(chart, in, m.file());
        String scaleText = observedScale
                ? " The colour scale runs from dark purple (lowest) through green to yellow (highest) over the range "
                + "observed in these maps, " + org.entente.model.Numbers.format(lo, 3) + " to "
                + org.entente.model.Numbers.format(hi, 3) + ", the same for every party so that colours compare "
                + "across the parties' maps; small differences can look large, so read the numbers."
                : " From dark purple (none) through green to yellow (all), as the scale on the right shows. Look for "
                + "the boundary where the colour changes: the combinations where a deal stops being possible.";
        return new ChartResult.Rendered(m.file(), m.title(), "Each cell is one combination of " + la + " (" + a
                + ", horizontal) and " + lb + " (" + b + ", vertical); its colour (and the number written in it) is "
                + m.what() + "." + scaleText
                + (others ? " Other swept parameters are averaged over (weighted by runs)." : ""));
    }
}
