package org.entente.report;

import org.entente.analysis.Interval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The chart of sensitivity.csv: one panel per main outcome (agreement rate, each party's utility and
 * compliance), one row per swept parameter, its total (ST) and first-order (S1) Sobol index, or
 * Morris's μ*, with the 95% bootstrap interval. Nothing is drawn without sensitivity.csv.
 */
public final class SensitivityChart {
    public static final String FILE = "sensitivity.png";
    /** Panels side by side that stay legible at the report's width. */
    static final int MOST_PANELS = 5;
    private static final Color MAIN = Palette.NEUTRAL;
    private static final Color FIRST = new Color(0x00, 0x72, 0xB2);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    /** How far S1 and ST of one parameter sit apart, in rows. */
    private static final double OFFSET = 0.15;
    /** How far beyond [0, 1] a Sobol panel's axis reaches for wide intervals (wider ones are cut). */
    private static final double MOST_AXIS = 0.5;

    private SensitivityChart() {
    }

    public static List<ChartResult> render(ReportInput in) throws IOException {
        Optional<SensitivityTable> read = SensitivityTable.read(in.dir());
        if (read.isEmpty()) return List.of();
        SensitivityTable t = read.get();
        String title = t.sobol() ? "Sobol sensitivity indices" : "Morris elementary effects";
        List<String> outputs = t.mainOutputs(in.parties().ids(), MOST_PANELS);
        if (outputs.isEmpty()) return List.of(new ChartResult.Skipped(title, "no outcome varies over the design points."));
        List<String> parameters = t.outputs().get(outputs.get(0)).stream().map(SensitivityTable.Entry::parameter).toList();
        String[] labels = parameters.stream().map(p -> ParameterLabels.of(in, p)).toArray(String[]::new);
        SymbolAxis rows = new SymbolAxis(null, labels);
        rows.setInverted(true);
        rows.setGridBandsVisible(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rows);
        plot.setGap(16);
        for (String output : outputs) plot.add(panel(t, t.outputs().get(output), SensitivitySection.outputLabel(in, output)));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setFixedLegendItems(((XYPlot) plot.getSubplots().get(0)).getLegendItems());
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, (t.sobol() ? "N = " + t.samples() + " base samples" : t.samples() + " trajectories")
                + "; bars: 95% bootstrap intervals");
        ChartStyle.save(chart, in.charts().resolve(FILE));
        String caption = t.sobol()
                ? "Each panel is one outcome (a point mean of summary.csv), each row one swept parameter. Black dot: the "
                + "total Sobol index ST, the share of the outcome's variance over the swept ranges that the parameter "
                + "causes alone and through its interactions; blue square: the first-order index S1, its share alone. "
                + "Bars are 95% bootstrap intervals over the " + t.samples() + " base samples. A parameter whose ST is "
                + "near 0 can be fixed anywhere in its range without changing that outcome. Every index of every "
                + "outcome is in sensitivity.csv."
                : "Each panel is one outcome (a point mean of summary.csv), each row one swept parameter. Dot: μ*, the "
                + "mean absolute elementary effect (the outcome's change when the parameter moves across its whole "
                + "range), with its 95% bootstrap interval over the " + t.samples() + " trajectories. A parameter with "
                + "μ* near 0 does not move that outcome; σ (in sensitivity.csv) shows non-linearity or interactions.";
        return List.of(new ChartResult.Rendered(FILE, title, caption));
    }

    private static XYPlot panel(SensitivityTable t, List<SensitivityTable.Entry> entries, String label) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalSeries main = new YIntervalSeries(t.measure(), false, true);
        YIntervalSeries first = new YIntervalSeries("S1", false, true);
        double lo = 0, hi = t.sobol() ? 1 : 0;
        for (int i = 0; i < entries.size(); i++) {
            Interval m = entries.get(i).main();
            add(main, i + (t.sobol() ? OFFSET : 0), m);
            lo = min(lo, m);
            hi = max(hi, m);
            if (t.sobol()) {
                Interval f = entries.get(i).first();
                add(first, i - OFFSET, f);
                lo = min(lo, f);
                hi = max(hi, f);
            }
        }
        if (t.sobol()) {
            lo = Math.max(lo, -MOST_AXIS);
            hi = Math.min(hi, 1 + MOST_AXIS);
        }
        data.addSeries(main);
        if (t.sobol()) data.addSeries(first);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setCapLength(6);
        r.setErrorStroke(new BasicStroke(2f));
        r.setDefaultLinesVisible(false);
        r.setSeriesPaint(0, MAIN);
        r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesPaint(1, FIRST);
        r.setSeriesShape(1, new Rectangle2D.Double(-4, -4, 8, 8));
        NumberAxis value = new NumberAxis(label);
        double pad = (hi - lo) * 0.05;
        value.setRange(lo - pad, hi + pad);
        value.setTickUnit(new NumberTickUnit(ChartStyle.niceStep(hi - lo, 3)));
        value.setLabelFont(ChartStyle.LABEL);
        value.setTickLabelFont(ChartStyle.TICK);
        XYPlot p = new XYPlot(data, null, value, r);
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlineVisible(false);
        p.setRangeGridlinePaint(GRID);
        p.setDomainGridlinePaint(GRID);
        p.setRangeZeroBaselineVisible(true);
        return p;
    }

    private static void add(YIntervalSeries s, double x, Interval i) {
        if (!Double.isFinite(i.estimate())) return;
        double lo = Double.isFinite(i.lo()) ? i.lo() : i.estimate(), hi = Double.isFinite(i.hi()) ? i.hi() : i.estimate();
        s.add(x, i.estimate(), Math.min(lo, i.estimate()), Math.max(hi, i.estimate()));
    }

    private static double min(double lo, Interval i) {
        return Double.isFinite(i.lo()) ? Math.min(lo, i.lo()) : Double.isFinite(i.estimate()) ? Math.min(lo, i.estimate()) : lo;
    }

    private static double max(double hi, Interval i) {
        return Double.isFinite(i.hi()) ? Math.max(hi, i.hi()) : Double.isFinite(i.estimate()) ? Math.max(hi, i.estimate()) : hi;
    }
}
