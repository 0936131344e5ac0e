package org.entente.report;

import org.entente.results.IntervalColumns;
import org.entente.results.SummaryColumns;
import org.entente.results.RunsColumns;
import org.entente.results.Csv;
import org.entente.analysis.Interval;
import org.entente.analysis.Statistics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Response of the outcome to each swept parameter: agreement rate and mean utilities with 95%
 * confidence bands (and the implementation's response, {@link ImplementationSweepCharts}); then the
 * {@link HeatMaps} over pairs of numeric parameters.
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
            boolean numbers = levels.stream().noneMatch(l -> Double.isNaN(Csv.toNumber(l.value())));
            // a 0/1 switch (e.g. two_level) is two categories, not a scale with values between
            boolean flag = numbers && levels.stream().allMatch(l -> Csv.toNumber(l.value()) == 0 || Csv.toNumber(l.value()) == 1);
            if (numbers) numeric.add(p);
            out.add(response(in, p, levels, numbers && !flag, params.size() > 1));
            if (numbers && !flag && implementation) out.add(ImplementationSweepCharts.response(in, p, params.size() > 1));
        }
        for (int i = 0; i < numeric.size() && i < 3; i++) {
            for (int j = i + 1; j < numeric.size() && j < 3; j++) out.addAll(HeatMaps.render(in, numeric.get(i), numeric.get(j)));
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
        Map<String, RowList> byValue = new LinkedHashMap<>();
        for (int r = 0; r < sum.size(); r++) byValue.computeIfAbsent(sum.get(r, param), k -> new RowList()).add(r);
        List<Level> levels = new ArrayList<>();
        for (Map.Entry<String, RowList> e : byValue.entrySet()) {
            // one row per value, or (without runs.csv) a runs-weighted average of the rows' estimates
            int[] rows = e.getValue().toArray();
            Interval rate = average(sum, rows, SummaryColumns.AGREEMENT_RATE);
            Map<String, Interval> u = new LinkedHashMap<>();
            for (String p : in.parties().ids()) {
                IntervalColumns c = SummaryColumns.interval(RunsColumns.UTILITY.of(p));
                if (sum.has(c.estimate())) u.put(p, average(sum, rows, c));
            }
            long n = 0;
            for (int r : rows) n += (long) zeroIfNaN(sum.number(r, SummaryColumns.RUNS));
            levels.add(new Level(e.getKey(), rate, u, n));
        }
        return sort(levels);
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static Interval average(CsvTable t, int[] rows, IntervalColumns c) {
        if (rows.length == 1) return t.interval(rows[0], c);
        double w = 0, e = 0, l = 0, h = 0;
        for (int r : rows) {
            double n = t.number(r, SummaryColumns.RUNS);
            if (Double.isNaN(n) || n <= 0) n = 1;
            Interval row = t.interval(r, c);
            if (Double.isNaN(row.estimate())) continue;
            w += n;
            e += n * row.estimate();
            l += n * row.lo();
            h += n * row.hi();
        }
        return w == 0 ? new Interval(Double.NaN, Double.NaN, Double.NaN) : new Interval(e / w, l / w, h / w);
    }

    /** Levels from the individual runs, pooling over every other swept parameter. */
    static List<Level> pooled(ReportInput in, String param) {
        CsvTable runs = in.runs();
        Map<String, RowList> byValue = new LinkedHashMap<>();
        for (int r : in.okRuns()) byValue.computeIfAbsent(runs.get(r, param), k -> new RowList()).add(r);
        List<Level> levels = new ArrayList<>();
        for (Map.Entry<String, RowList> e : byValue.entrySet()) {
            int[] rows = e.getValue().toArray();
            long agreed = Arrays.stream(rows).filter(in::agreed).count();
            Map<String, Interval> u = new LinkedHashMap<>();
            for (String p : in.parties().ids()) {
                String c = RunsColumns.UTILITY.of(p);
                if (!runs.has(c)) continue;
                double[] v = Arrays.stream(rows).mapToDouble(r -> runs.number(r, c)).filter(d -> !Double.isNaN(d)).toArray();
                double mean = 0;
                for (double d : v) mean += d;
                mean = v.length > 0 ? mean / v.length : Double.NaN;
                double var = 0;
                for (double d : v) var += (d - mean) * (d - mean);
                var = v.length > 1 ? var / (v.length - 1) : 0;
                u.put(p, Statistics.unitMean(v.length, mean, var));
            }
            levels.add(new Level(e.getKey(), Statistics.wilson(agreed, rows.length), u, rows.length));
        }
        return sort(levels);
    }

    private static List<Level> sort(List<Level> levels) {
        boolean numeric = levels.stream().noneMatch(l -> Double.isNaN(Csv.toNumber(l.value())));
        if (numeric) levels.sort((a, b) -> Double.compare(Csv.toNumber(a.value()), Csv.toNumber(b.value())));
        return levels;
    }

    private static ChartResult response(ReportInput in, String param, List<Level> levels, boolean numeric,
                                        boolean pooled) throws IOException {
        String label = ParameterLabels.of(in, param);
        String title = "Sweep: " + label;
        String file = fileName("sweep-", param);
        ValueAxis x;
        if (numeric) {
            NumberAxis nx = new NumberAxis(label);
            ChartStyle.niceTicks(nx, Csv.toNumber(levels.get(0).value()),
                    Csv.toNumber(levels.get(levels.size() - 1).value()));
            x = nx;
        } else {
            SymbolAxis sx = new SymbolAxis(label, levels.stream().map(Level::value).toArray(String[]::new));
            sx.setGridBandsVisible(false);
            sx.setRange(-0.5, levels.size() - 0.5);
            x = sx;
        }
        // the agreement rate (a share of runs) and the utilities (0–1 values) in separate panels
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(18);
        plot.add(panel(levels, numeric, List.of("agreement rate"), List.of(-1), k -> Level::rate,
                "agreement rate (95% CI)"), 2);
        List<String> ids = new ArrayList<>(levels.get(0).utility().keySet());
        List<String> keys = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (String p : ids) {
            keys.add("mean utility of " + in.parties().name(p));
            indices.add(in.parties().index(p));
        }
        if (!ids.isEmpty()) {
            plot.add(panel(levels, numeric, keys, indices, k -> l -> l.utility().get(ids.get(k)),
                    "mean utility, discounted (95% CI)"), 3);
        }
        JFreeChart chart = new JFreeChart("Response to " + label, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, param + (pooled ? " · pooled over the other swept parameters" : ""));
        ChartStyle.save(chart, in, file);
        String how = numeric
                ? "Lines are estimates at each value of the parameter; the shaded bands are 95% confidence "
                + "intervals (Wilson for the agreement rate, Student t for mean utilities). "
                : "Each value of the parameter is a category; dots are estimates and whiskers 95% confidence "
                + "intervals (Wilson for the agreement rate, Student t for mean utilities). ";
        String caption = "How the agreement rate (top, black) and each party's mean discounted utility (bottom; "
                + "party colours, line patterns and markers) change as " + label + " (" + param + ") varies. Both "
                + "axes run from 0 to 1; runs without agreement count at the party's reservation utility. " + how
                + "Where bands or whiskers of two values do not overlap the difference is unlikely to be chance; "
                + "narrow them with more runs. "
                + (pooled ? "Several parameters were swept: each value pools all runs with that value, whatever "
                + "the other parameters were (an average over the other parameters' design)." : "");
        return new ChartResult.Rendered(file, title, caption);
    }

    /** One panel: a 0–1 axis and a series per key (party index for its colour, line and marker; −1: neutral). */
    private static XYPlot panel(List<Level> levels, boolean numeric, List<String> keys, List<Integer> indices,
                                IntFunction<Function<Level, Interval>> values, String axis) {
        YIntervalSeriesCollection data = dataset(levels, numeric, keys, values);
        XYPlot sub;
        NumberAxis y = ChartStyle.unitAxis(axis);
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.2));
        if (numeric) {
            DeviationRenderer r = new DeviationRenderer(true, levels.size() <= 25);
            r.setAlpha(0.18f);
            for (int k = 0; k < keys.size(); k++) {
                Color c = Palette.party(indices.get(k));
                r.setSeriesPaint(k, c);
                r.setSeriesFillPaint(k, c);
                r.setSeriesStroke(k, Palette.line(indices.get(k)));
                r.setSeriesShape(k, Palette.marker(indices.get(k)));
            }
            sub = new XYPlot(data, null, y, r);
        } else {
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDrawYError(true);
            r.setErrorStroke(new java.awt.BasicStroke(2.5f));
            r.setCapLength(10);
            for (int k = 0; k < keys.size(); k++) {
                r.setSeriesPaint(k, Palette.party(indices.get(k)));
                r.setSeriesShape(k, Palette.marker(indices.get(k)));
            }
            sub = new XYPlot(data, null, y, r);
        }
        return sub;
    }

    /** Series k's estimates at each level (categories dodged apart so whiskers do not overlap). */
    private static YIntervalSeriesCollection dataset(List<Level> levels, boolean numeric, List<String> keys,
                                                     IntFunction<Function<Level, Interval>> value) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double dodge = numeric ? 0 : 0.08;
        int count = keys.size();
        for (int k = 0; k < count; k++) {
            YIntervalSeries series = new YIntervalSeries(keys.get(k), false, true);
            double offset = (k - (count - 1) / 2.0) * dodge;
            for (int i = 0; i < levels.size(); i++) {
                Level l = levels.get(i);
                Interval v = value.apply(k).apply(l);
                if (v == null || Double.isNaN(v.estimate())) continue;
                double lo = Double.isNaN(v.lo()) ? v.estimate() : v.lo();
                double hi = Double.isNaN(v.hi()) ? v.estimate() : v.hi();
                series.add(numeric ? Csv.toNumber(l.value()) : i + offset, v.estimate(), lo, hi);
            }
            data.addSeries(series);
        }
        return data;
    }
}
