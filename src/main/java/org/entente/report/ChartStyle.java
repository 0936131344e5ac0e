package org.entente.report;

import org.entente.results.AtomicFile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One look for every chart, legible when projected: 1200×750 px, 20 pt titles, 16 pt axis
 * labels, 14 pt ticks and legends, white background, light grid. Rendering is headless.
 */
public final class ChartStyle {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 750;
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    public static final Stroke LINE = new BasicStroke(2.5f);
    public static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[]{8f, 6f}, 0f);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    static {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
    }

    private ChartStyle() {
    }

    /** Applies the report's theme to a chart built with any JFreeChart factory. */
    public static JFreeChart apply(JFreeChart chart) {
        // set by hand rather than with a ChartTheme: a theme resets the series paints set per party
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (chart.getTitle() != null) chart.getTitle().setFont(TITLE);
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle tt) tt.setFont(SUBTITLE);
        }
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy(xy);
            if (plot instanceof CombinedDomainXYPlot combined) for (XYPlot sub : combined.getSubplots()) xy(sub);
        } else if (plot instanceof CategoryPlot cp) {
            axis(cp.getDomainAxis());
            axis(cp.getRangeAxis());
            cp.setRangeGridlineStroke(new BasicStroke(1f));
            cp.setRangeGridlinePaint(GRID);
            if (cp.getRenderer() instanceof BarRenderer br) {
                br.setShadowVisible(false);
                br.setBarPainter(new StandardBarPainter());
            }
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static void xy(XYPlot xy) {
        // later series on top: a dashed line over a solid one shows both where they coincide
        xy.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        xy.setOutlineVisible(false);
        xy.setBackgroundPaint(Color.WHITE);
        for (int i = 0; i < xy.getDomainAxisCount(); i++) axis(xy.getDomainAxis(i));
        for (int i = 0; i < xy.getRangeAxisCount(); i++) axis(xy.getRangeAxis(i));
        xy.setDomainGridlineStroke(new BasicStroke(1f));
        xy.setRangeGridlineStroke(new BasicStroke(1f));
        xy.setDomainGridlinePaint(GRID);
        xy.setRangeGridlinePaint(GRID);
        for (int i = 0; i < xy.getRendererCount(); i++) {
            if (xy.getRenderer(i) instanceof XYBarRenderer br) br.setBarPainter(new StandardXYBarPainter());
        }
    }

    private static void axis(Axis axis) {
        if (axis == null) return;
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(axis.getLabelPaint() == null ? Color.BLACK : axis.getLabelPaint());
        axis.setTickLabelPaint(Color.BLACK);
    }

    /** An axis for utilities and rates: 0 to 1 with a little room, ticks every 0.1. */
    public static org.jfree.chart.axis.NumberAxis unitAxis(String label) {
        org.jfree.chart.axis.NumberAxis a = new org.jfree.chart.axis.NumberAxis(label);
        a.setRange(-0.02, 1.05);
        a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        return a;
    }

    /** Ticks at a "nice" step (1, 2 or 5 × 10^k) giving about six labels between lo and hi. */
    public static void niceTicks(org.jfree.chart.axis.NumberAxis axis, double lo, double hi) {
        double span = hi - lo;
        if (!(span > 0) || Double.isInfinite(span)) return;
        double step = niceStep(span, 6);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(step));
        double pad = span * 0.04;
        axis.setRange(lo - pad, hi + pad);
    }

    /** A "nice" tick step (1, 2 or 5 × 10^k) giving about {@code ticks} labels over {@code span}. */
    public static double niceStep(double span, int ticks) {
        if (!(span > 0) || Double.isInfinite(span)) return 1;
        double raw = span / ticks;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        return raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
    }

    /** Adds a subtitle line under the title (e.g. the scenario, or "no agreement"). */
    public static void subtitle(JFreeChart chart, String text) {
        TextTitle t = new TextTitle(text, SUBTITLE);
        t.setPaint(new Color(0x33, 0x33, 0x33));
        chart.addSubtitle(t);
    }

    /** Writes the chart as a PNG of the report's size (whole or not at all), creating parent directories. */
    public static void save(JFreeChart chart, Path png) throws IOException {
        save(chart, png, List.of(ChartFormat.PNG));
    }

    /** Writes the chart under the results directory's charts/ as {@code png} and in its other requested formats. */
    static void save(JFreeChart chart, ReportInput in, String png) throws IOException {
        save(chart, in.charts().resolve(png), in.formats());
    }

    /** Writes the chart in each format beside {@code png} ("x.png" → "x.svg", "x.pdf"), creating parent directories. */
    static void save(JFreeChart chart, Path png, List<ChartFormat> formats) throws IOException {
        if (png.toAbsolutePath().getParent() != null) Files.createDirectories(png.toAbsolutePath().getParent());
        for (ChartFormat f : formats) {
            Path file = png.resolveSibling(f.fileName(png.getFileName().toString()));
            AtomicFile.write(file, out -> f.write(chart, WIDTH, HEIGHT, out));
        }
    }

    /**
     * Adds the Pareto frontier to an outcome-space chart as series {@code series}: its points by
     * ascending first utility (ties: descending second) joined by a grey line, a lone point drawn as
     * a point. Returns the next series index.
     */
    public static int paretoFrontier(XYSeriesCollection data, XYLineAndShapeRenderer r, int series,
                                     List<double[]> points) {
        XYSeries f = new XYSeries("Pareto frontier", false, true);
        points.stream().sorted((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0]) : Double.compare(q[1], p[1]))
                .forEach(p -> f.add(p[0], p[1]));
        data.addSeries(f);
        r.setSeriesLinesVisible(series, true);
        r.setSeriesShapesVisible(series, points.size() == 1);
        r.setSeriesPaint(series, new Color(0x55, 0x55, 0x55));
        r.setSeriesStroke(series, LINE);
        return series + 1;
    }
}
