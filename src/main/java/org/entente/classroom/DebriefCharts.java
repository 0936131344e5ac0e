package org.entente.classroom;

import org.entente.report.ChartStyle;
import org.entente.report.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The debrief's two charts, in the report's style: the outcome space of the first two parties (the
 * class's tables, the agents' Monte Carlo cloud, the Pareto frontier, the Nash, weighted-Nash and
 * Kalai–Smorodinsky points, the reservations) and each seat's distribution of utilities, students
 * beside the agents.
 */
final class DebriefCharts {
    static final String OUTCOME_SPACE = "outcome-space.png";
    static final String SEATS = "seats.png";

    private DebriefCharts() {
    }

    /** A reference point to mark: its name, shape and colour, and its utilities (null when there is none). */
    record Marker(String name, double[] utilities, Shape shape, Color colour) {
    }

    static Marker nash(double[] u) {
        return new Marker("Nash bargaining solution", u, ShapeUtils.createDiamond(9), Color.BLACK);
    }

    static Marker weightedNash(double[] u) {
        return new Marker("weighted Nash (by power)", u, ShapeUtils.createDownTriangle(9), new Color(0x1F, 0x5F, 0xA8));
    }

    static Marker kalaiSmorodinsky(double[] u) {
        return new Marker("Kalai–Smorodinsky solution", u, ShapeUtils.createUpTriangle(9), new Color(0x88, 0x22, 0x55));
    }

    static Marker maxWelfare(double[] u) {
        return new Marker("maximum welfare", u, new Rectangle2D.Double(-7, -7, 14, 14), new Color(0x66, 0x66, 0x66));
    }

    /**
     * @param names     the two parties' names (axes)
     * @param tables    each finished table's utilities (discounted, as runs.csv), for the two parties
     * @param cloud     each agent-only run's utilities, for the two parties
     * @param frontier  the Pareto frontier (undiscounted)
     * @param markers   the reference points (undiscounted)
     */
    static void outcomeSpace(Path png, String[] names, List<double[]> tables, List<double[]> cloud, List<double[]> frontier,
                             List<Marker> markers, double[] reservations, String scenario) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        int s = 0;
        if (!frontier.isEmpty()) s = ChartStyle.paretoFrontier(data, r, s, frontier);
        s = scatter(data, r, s, "agents alone (" + cloud.size() + " runs)", cloud, Palette.withAlpha(new Color(0x99, 0x99, 0x99), 0.35), 6);
        s = scatter(data, r, s, "the class's tables (" + tables.size() + ")", tables, Palette.withAlpha(new Color(0xD9, 0x5F, 0x02), 0.85), 12);
        for (Marker m : markers) {
            if (m.utilities() == null) continue;
            XYSeries p = new XYSeries(m.name());
            p.add(m.utilities()[0], m.utilities()[1]);
            data.addSeries(p);
            r.setSeriesShape(s, m.shape());
            r.setSeriesPaint(s, m.colour());
            s++;
        }
        XYPlot plot = new XYPlot(data, ChartStyle.unitAxis("utility of " + names[0] + " (0 = worst, 1 = best)"),
                ChartStyle.unitAxis("utility of " + names[1] + " (0 = worst, 1 = best)"), r);
        plot.addDomainMarker(reservation(reservations[0], "reservation of " + names[0], RectangleAnchor.TOP_RIGHT,
                TextAnchor.TOP_LEFT));
        plot.addRangeMarker(reservation(reservations[1], "reservation of " + names[1], RectangleAnchor.TOP_LEFT,
                TextAnchor.BOTTOM_LEFT));
        JFreeChart chart = new JFreeChart("The class in the outcome space", ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, scenario);
        ChartStyle.subtitle(chart, "dots: utilities got (discounted to the round of agreement; no deal: reservation) · "
                + "frontier and reference points: undiscounted");
        ChartStyle.save(chart, png);
    }

    private static int scatter(XYSeriesCollection data, XYLineAndShapeRenderer r, int s, String name, List<double[]> points,
                               Color colour, double size) {
        if (points.isEmpty()) return s;
        XYSeries series = new XYSeries(name, false, true);
        for (double[] p : points) if (!Double.isNaN(p[0]) && !Double.isNaN(p[1])) series.add(p[0], p[1]);
        data.addSeries(series);
        r.setSeriesShape(s, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
        r.setSeriesPaint(s, colour);
        return s + 1;
    }

    private static ValueMarker reservation(double v, String label, RectangleAnchor anchor, TextAnchor text) {
        ValueMarker m = new ValueMarker(v, new Color(0x88, 0x88, 0x88), ChartStyle.DASHED);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.TICK);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        return m;
    }

    /** Each seat's utilities: the students who sat there beside the agents in the same seat. */
    static void seats(Path png, List<String> names, List<List<Double>> students, List<List<Double>> agents) throws IOException {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        for (int p = 0; p < names.size(); p++) {
            if (!students.get(p).isEmpty()) data.add(students.get(p), "students", names.get(p));
            if (!agents.get(p).isEmpty()) data.add(agents.get(p), "agents", names.get(p));
        }
        BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
        r.setSeriesPaint(0, new Color(0xD9, 0x5F, 0x02));
        r.setSeriesPaint(1, new Color(0xBB, 0xBB, 0xBB));
        r.setMeanVisible(true);
        r.setMaximumBarWidth(0.12);
        NumberAxis y = ChartStyle.unitAxis("utility got (discounted; no deal: reservation)");
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("seat"), y, r);
        JFreeChart chart = new JFreeChart("What each seat got: students and agents", ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, "boxes: quartiles and median · circle: mean · whiskers: the range without outliers");
        ChartStyle.save(chart, png);
    }
}
