package org.entente.report;

import org.entente.analysis.Interval;
import org.entente.analysis.Statistics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Response of the outcome to each swept parameter: agreement rate and mean utilities with 95%
 * confidence bands (and the implementation's response, {@link ImplementationSweepCharts}), and heat
 * maps of the agreement rate, mean utilities and compliance over pairs of numeric parameters.
 */
public final class SweepCharts {
    private SweepCharts() {
    }

    /** One value of a swept parameter with its estimates (pooled over the other parameters). */
    record Level(String value, Interval rate, Map<String, Interval> utility, long runs) {
    }

    /** The sweep-response charts, one per swept parameter, then the heat maps. */
    public static List<ChartResult> render(ReportInput in) throws IOException {
        List<ChartResult> out = new ArrayList<>();
        List<String> params = in.sweptInSummary();
        if (params.isEmpty()) params = in.sweptInRuns();
        if (params.isEmpty()) return out;
        List<String> numeric = new ArrayList<>();
        boolean implementation = ImplementationSweepCharts.available(in);
        for (String p : params) {
            List<Level> levels = levels(in, p, params.size() > 1);
            String title = "Sweep: " + ParameterLabels.of(in, p);
            if (levels.size() < 2) {
                out.add(new ChartResult.Skipped(title, levels.isEmpty() ? "no results for " + p + "."
                        : p + " takes a single value in these results."));
                continue;
            }
            boolean isNumeric = levels.stream().noneMatch(l -> Double.isNaN(CsvTable.parse(l.value())));
            if (isNumeric) numeric.add(p);
            out.add(response(in, p, levels, isNumeric, params.size() > 1));
            if (isNumeric && implementation) out.add(ImplementationSweepCharts.response(in, p, params.size() > 1));
        }
        for (int i = 0; i < numeric.size() && i < 3; i++) {
            for (int j = i + 1; j < numeric.size() && j < 3; j++) out.addAll(heatMaps(in, numeric.get(i), numeric.get(j)));
        }
        return out;
    }

    static String fileName(String prefix, String param) {
        return prefix + param.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
    }

    /** The levels of {@code param}, from summary.csv alone or, when pooling, from runs.csv. */
    static List<Level> levels(ReportInput in, String param, boolean pool) {
        CsvTable runs = in.runs();
        if ((pool || in.summary().isEmpty() || !in.summary().has(param)) && runs.has(param) && !runs.isEmpty()) {
            return pooled(in, param);
        }
        CsvTable sum = in.summary();
        if (!sum.has(param)) return List.of();
        Map<String, List<List<String>>> byValue = new LinkedHashMap<>();
        for (List<String> r : sum.rows()) byValue.computeIfAbsent(sum.get(r, param), k -> new ArrayList<>()).add(r);
        List<Level> levels = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> e : byValue.entrySet()) {
            // one row per value, or (without runs.csv) a runs-weighted average of the rows' estimates
            Interval rate = average(sum, e.getValue(), "agreement_rate", "agreement_rate_lo", "agreement_rate_hi");
            Map<String, Interval> u = new LinkedHashMap<>();
            for (String p : in.parties().ids()) {
                String c = "utility." + p;
                if (sum.has(c + ".mean")) u.put(p, average(sum, e.getValue(), c + ".mean", c + ".lo", c + ".hi"));
            }
            long n = 0;
            for (List<String> r : e.getValue()) n += (long) zeroIfNaN(sum.number(r, "runs"));
            levels.add(new Level(e.getKey(), rate, u, n));
        }
        return sort(levels);
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static Interval average(CsvTable t, List<List<String>> rows, String est, String lo, String hi) {
        if (rows.size() == 1) {
            List<String> r = rows.get(0);
            return new Interval(t.number(r, est), t.number(r, lo), t.number(r, hi));
        }
        double w = 0, e = 0, l = 0, h = 0;
        for (List<String> r : rows) {
            double n = t.number(r, "runs");
            if (Double.isNaN(n) || n <= 0) n = 1;
            double ev = t.number(r, est);
            if (Double.isNaN(ev)) continue;
            w += n;
            e += n * ev;
            l += n * t.number(r, lo);
            h += n * t.number(r, hi);
        }
        return w == 0 ? new Interval(Double.NaN, Double.NaN, Double.NaN) : new Interval(e / w, l / w, h / w);
    }

    /** Levels from the individual runs, pooling over every other swept parameter. */
    static List<Level> pooled(ReportInput in, String param) {
        CsvTable runs = in.runs();
        Map<String, List<List<String>>> byValue = new LinkedHashMap<>();
        for (List<String> r : in.okRuns()) byValue.computeIfAbsent(runs.get(r, param), k -> new ArrayList<>()).add(r);
        List<Level> levels = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> e : byValue.entrySet()) {
            List<List<String>> rows = e.getValue();
            long agreed = rows.stream().filter(in::agreed).count();
            Map<String, Interval> u = new LinkedHashMap<>();
            for (String p : in.parties().ids()) {
                String c = "utility." + p;
                if (!runs.has(c)) continue;
                double[] v = rows.stream().mapToDouble(r -> runs.number(r, c)).filter(d -> !Double.isNaN(d)).toArray();
                double mean = 0;
                for (double d : v) mean += d;
                mean = v.length > 0 ? mean / v.length : Double.NaN;
                double var = 0;
                for (double d : v) var += (d - mean) * (d - mean);
                var = v.length > 1 ? var / (v.length - 1) : 0;
                u.put(p, Statistics.tInterval(v.length, mean, var));
            }
            levels.add(new Level(e.getKey(), Statistics.wilson(agreed, rows.size()), u, rows.size()));
        }
        return sort(levels);
    }

    private static List<Level> sort(List<Level> levels) {
        boolean numeric = levels.stream().noneMatch(l -> Double.isNaN(CsvTable.parse(l.value())));
        if (numeric) levels.sort((a, b) -> Double.compare(CsvTable.parse(a.value()), CsvTable.parse(b.value())));
        return levels;
    }

    private static ChartResult response(ReportInput in, String param, List<Level> levels, boolean numeric,
                                        boolean pooled) throws IOException {
        String label = ParameterLabels.of(in, param);
        String title = "Sweep: " + label;
        String file = fileName("sweep-", param);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<Color> colours = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        keys.add("agreement rate");
        colours.add(Palette.NEUTRAL);
        for (String p : in.parties().ids()) {
            if (levels.get(0).utility().containsKey(p)) {
                keys.add("mean utility of " + in.parties().name(p));
                colours.add(in.parties().colour(p));
            }
        }
        List<String> ids = new ArrayList<>(levels.get(0).utility().keySet());
        double dodge = numeric ? 0 : 0.08;
        for (int s = 0; s < keys.size(); s++) {
            YIntervalSeries series = new YIntervalSeries(keys.get(s), false, true);
            double offset = (s - (keys.size() - 1) / 2.0) * dodge;
            for (int i = 0; i < levels.size(); i++) {
                Level l = levels.get(i);
                Interval v = s == 0 ? l.rate() : l.utility().get(ids.get(s - 1));
                if (v == null || Double.isNaN(v.estimate())) continue;
                double lo = Double.isNaN(v.lo()) ? v.estimate() : v.lo();
                double hi = Double.isNaN(v.hi()) ? v.estimate() : v.hi();
                double x = numeric ? CsvTable.parse(l.value()) : i + offset;
                series.add(x, v.estimate(), lo, hi);
            }
            data.addSeries(series);
        }
        ValueAxis x;
        if (numeric) {
            NumberAxis nx = new NumberAxis(label);
            ChartStyle.niceTicks(nx, CsvTable.parse(levels.get(0).value()),
                    CsvTable.parse(levels.get(levels.size() - 1).value()));
            x = nx;
        } else {
            x = new SymbolAxis(label, levels.stream().map(Level::value).toArray(String[]::new));
            x.setRange(-0.5, levels.size() - 0.5);
        }
        NumberAxis y = ChartStyle.unitAxis("agreement rate / mean utility (95% CI)");
        XYPlot plot;
        if (numeric) {
            DeviationRenderer r = new DeviationRenderer(true, levels.size() <= 25);
            r.setAlpha(0.18f);
            for (int s = 0; s < keys.size(); s++) {
                r.setSeriesPaint(s, colours.get(s));
                r.setSeriesFillPaint(s, colours.get(s));
                r.setSeriesStroke(s, ChartStyle.LINE);
                r.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
            }
            plot = new XYPlot(data, x, y, r);
        } else {
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDrawYError(true);
            r.setErrorStroke(new java.awt.BasicStroke(2.5f));
            r.setCapLength(10);
            for (int s = 0; s < keys.size(); s++) {
                r.setSeriesPaint(s, colours.get(s));
                r.setSeriesShape(s, new Ellipse2D.Double(-6, -6, 12, 12));
            }
            plot = new XYPlot(data, x, y, r);
        }
        JFreeChart chart = new JFreeChart("Response to " + label, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, param + (pooled ? " · pooled over the other swept parameters" : ""));
        ChartStyle.save(chart, in.charts().resolve(file));
        String how = numeric
                ? "Lines are estimates at each value of the parameter; the shaded bands are 95% confidence "
                + "intervals (Wilson for the agreement rate, Student t for mean utilities). "
                : "Each value of the parameter is a column; dots are estimates and whiskers 95% confidence "
                + "intervals (Wilson for the agreement rate, Student t for mean utilities). ";
        String caption = "How the agreement rate (black) and each party's mean utility (party colours) change as "
                + label + " (" + param + ") varies. " + how + "Where bands or whiskers of two values do not overlap the "
                + "difference is unlikely to be chance; narrow them with more runs. "
                + (pooled ? "Several parameters were swept: each value pools all runs with that value, whatever "
                + "the other parameters were (an average over the other parameters' design)." : "");
        return new ChartResult.Rendered(file, title, caption);
    }

    /** A value to map over a grid: from summary.csv's column, or (without summary.csv) per run. */
    private record HeatMetric(String title, String file, String legend, String summaryColumn,
                              ToDoubleFunction<List<String>> perRun, String what) {
    }

    /** Heat map of the agreement rate over two numeric parameters (the first of {@link #heatMaps}). */
    static ChartResult heatMap(ReportInput in, String a, String b) throws IOException {
        return heatMaps(in, a, b).get(0);
    }

    /**
     * Heat maps over two numeric parameters, when their values form a grid: the agreement rate
     * (scale fixed to [0, 1]), then each party's mean utility, then each party's mean compliance
     * (when summary.csv has it); utilities and compliance each share one scale over all parties.
     */
    static List<ChartResult> heatMaps(ReportInput in, String a, String b) throws IOException {
        String la = ParameterLabels.of(in, a);
        String lb = ParameterLabels.of(in, b);
        String pair = a + "--" + b;
        CsvTable sum = in.summary();
        CsvTable runs = in.runs();
        boolean fromSummary = sum.has(a) && sum.has(b) && sum.has("agreement_rate") && !sum.isEmpty();
        HeatMetric rate = new HeatMetric("Agreement rate over " + la + " and " + lb, fileName("heatmap-", pair),
                "agreement rate", "agreement_rate", r -> in.agreed(r) ? 1 : 0,
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
            String u = "utility." + p;
            if (fromSummary ? sum.has(u + ".mean") : runs.has(u)) {
                utility.add(new HeatMetric(who + " mean utility over " + la + " and " + lb,
                        fileName("heatmap-utility-" + p + "-", pair), "mean utility of " + ParameterLabels.party(in, p),
                        u + ".mean", r -> runs.number(r, u), in.parties().name(p) + "'s mean utility (its discounted "
                        + "utility at agreement, or its reservation without one, as in runs.csv)"));
            }
            String c = "compliance." + p;
            if (fromSummary && sum.has(c + ".mean")) {
                compliance.add(new HeatMetric(who + " mean compliance over " + la + " and " + lb,
                        fileName("heatmap-compliance-" + p + "-", pair), "mean compliance of " + ParameterLabels.party(in, p),
                        c + ".mean", null, in.parties().name(p) + "'s mean compliance (its propensity to deliver, "
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
        List<List<String>> rows = fromSummary ? t.rows() : in.okRuns();
        Map<List<Double>, double[]> cells = new LinkedHashMap<>();
        if (!fromSummary && m.perRun() == null) return cells;
        for (List<String> r : rows) {
            double x = t.number(r, a);
            double y = t.number(r, b);
            if (Double.isNaN(x) || Double.isNaN(y)) continue;
            double w = fromSummary ? PooledSummary.okRuns(t, r) : 1;
            if (Double.isNaN(w) || w <= 0) w = fromSummary && Double.isNaN(t.number(r, "runs")) ? 1 : 0;
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
        ChartStyle.save(chart, in.charts().resolve(m.file()));
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
