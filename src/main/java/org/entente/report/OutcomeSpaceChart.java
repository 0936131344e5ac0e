package org.entente.report;

import org.entente.results.RunsColumns;
import org.entente.results.FrontierColumns;
import com.fasterxml.jackson.databind.JsonNode;
import org.entente.model.Numbers;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The outcome space of the first two parties: their discounted utilities at agreement across runs,
 * with the (undiscounted) Pareto frontier, the Nash, weighted Nash and Kalai–Smorodinsky points and
 * the reservations (disagreement point).
 */
public final class OutcomeSpaceChart {
    public static final String FILE = "outcome-space.png";
    private static final String TITLE = "Outcome space: utilities at agreement";

    private OutcomeSpaceChart() {
    }

    public static ChartResult render(ReportInput in) throws IOException {
        Parties ps = in.parties();
        if (ps.size() < 2) return new ChartResult.Skipped(TITLE, "fewer than two parties are known.");
        String a = ps.ids().get(0);
        String b = ps.ids().get(1);
        CsvTable runs = in.runs();
        CsvTable frontier = in.frontier();
        XYSeries agreements = new XYSeries("agreements", false, true);
        int agreed = 0;
        for (int r : in.okRuns()) {
            if (!in.agreed(r)) continue;
            double x = runs.number(r, RunsColumns.UTILITY.of(a));
            double y = runs.number(r, RunsColumns.UTILITY.of(b));
            if (Double.isNaN(x) || Double.isNaN(y)) continue;
            agreements.add(x, y);
            agreed++;
        }
        boolean hasFrontier = frontier.has(FrontierColumns.KIND) && frontier.has(FrontierColumns.UTILITY.of(a))
                && frontier.has(FrontierColumns.UTILITY.of(b));
        if (agreed == 0 && !hasFrontier) {
            return new ChartResult.Skipped(TITLE, runs.isEmpty()
                    ? "runs.csv and frontier.csv are missing or empty."
                    : "no run reached an agreement and frontier.csv is missing.");
        }
        List<double[]> pareto = new ArrayList<>();
        double[] nash = null, weighted = null, ks = null, ksNearest = null, welfare = null, reservation = null;
        if (hasFrontier) {
            for (int r = 0; r < frontier.size(); r++) {
                double[] p = {frontier.number(r, FrontierColumns.UTILITY.of(a)), frontier.number(r, FrontierColumns.UTILITY.of(b))};
                if (Double.isNaN(p[0]) || Double.isNaN(p[1])) continue;
                switch (frontier.get(r, FrontierColumns.KIND).trim()) {
                    case "pareto" -> pareto.add(p);
                    case "nash" -> nash = p;
                    case "weighted_nash" -> weighted = p;
                    case "kalai_smorodinsky" -> ks = p;
                    case "kalai_smorodinsky_nearest" -> ksNearest = p;
                    case "max_welfare" -> welfare = p;
                    case "reservation" -> reservation = p;
                    default -> {
                    }
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        int s = 0;
        if (!pareto.isEmpty()) s = ChartStyle.paretoFrontier(data, r, s, pareto);
        if (agreed > 0) {
            data.addSeries(agreements);
            r.setSeriesPaint(s, Palette.withAlpha(Palette.NEUTRAL, agreed > 50 ? 0.35 : 0.7));
            r.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
            agreements.setKey("agreements (" + agreed + " runs; identical outcomes overlap)");
            s++;
        }
        s = point(data, r, s, "Nash bargaining solution", nash, diamond(9), new Color(0x00, 0x00, 0x00));
        boolean powerShifts = weighted != null && nash != null && (weighted[0] != nash[0] || weighted[1] != nash[1]);
        if (powerShifts) s = point(data, r, s, "weighted Nash solution (power shares)", weighted, diamond(7), new Color(0xCC, 0x66, 0x00));
        s = point(data, r, s, "Kalai–Smorodinsky solution", ks, triangle(9), new Color(0x88, 0x22, 0x55));
        if (ksNearest != null && Arrays.equals(ksNearest, ks)) ksNearest = null; // the same point: drawn once
        s = point(data, r, s, "Kalai–Smorodinsky, nearest the diagonal (GENIUS)", ksNearest, triangle(-9),
                new Color(0xCC, 0x66, 0x99));
        s = point(data, r, s, "maximum welfare", welfare, new Rectangle2D.Double(-7, -7, 14, 14),
                new Color(0x66, 0x66, 0x66));
        NumberAxis x = new NumberAxis("utility of " + ps.name(a) + " (0 = worst, 1 = best)");
        NumberAxis y = new NumberAxis("utility of " + ps.name(b) + " (0 = worst, 1 = best)");
        x.setLabelPaint(ps.colour(a).darker());
        y.setLabelPaint(ps.colour(b).darker());
        x.setRange(-0.02, 1.05);
        y.setRange(-0.02, 1.05);
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1));
        XYPlot plot = new XYPlot(data, x, y, r);
        if (reservation != null) {
            plot.addDomainMarker(reservationLine(reservation[0], "reservation of " + ps.name(a), ps.colour(a)));
            ValueMarker yr = reservationLine(reservation[1], "reservation of " + ps.name(b), ps.colour(b));
            yr.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            yr.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(yr);
        }
        JFreeChart chart = new JFreeChart(TITLE, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        if (!in.scenarioName().isEmpty()) ChartStyle.subtitle(chart, in.scenarioName());
        if (agreed == 0) ChartStyle.subtitle(chart, "No run reached an agreement: only the reference points are shown");
        String discounting = discounting(in, a, b);
        if (agreed > 0 && !discounting.startsWith("Both")) {
            ChartStyle.subtitle(chart, "dots: discounted utilities (runs.csv) · frontier and reference points: undiscounted");
        }
        ChartStyle.save(chart, in, FILE);
        String which = ps.size() == 2 ? "" : " The scenario has " + ps.size() + " parties; the chart shows the "
                + "first two in config order (" + ps.name(a) + " and " + ps.name(b) + ").";
        String caption = "Each dot is one run that ended in a ratified agreement, placed at what " + ps.name(a)
                + " (horizontal) and " + ps.name(b) + " (vertical) got: their discounted utilities. "
                + (pareto.isEmpty() ? "" : "The grey line is the Pareto frontier: no agreement can improve one party "
                + "without hurting the other. Dots far below it leave value on the table. ")
                + (nash != null ? "The black diamond is the Nash bargaining solution, " : "")
                + (powerShifts ? "the orange diamond the weighted Nash solution (each party's gain raised to its share of "
                + "the parties' power), " : "")
                + (ks != null ? "the triangle the Kalai–Smorodinsky solution (the largest smallest normalised gain), " : "")
                + (ksNearest != null ? "the upside-down triangle the Pareto outcome nearest the diagonal of equal "
                + "normalised gains (GENIUS's and GeniusWeb's Kalai–Smorodinsky point, here a different outcome), " : "")
                + (welfare != null ? "the square the outcome of maximum total utility. " : "")
                + (reservation != null ? reservationSentence(agreements, reservation) : "")
                + "Runs without agreement are not shown (each party then gets its reservation). "
                + discounting + which;
        return new ChartResult.Rendered(FILE, TITLE, caption);
    }

    /**
     * One sentence on discounting: runs.csv's utilities are U(p)·discount^t (t its agreement_round),
     * the frontier is undiscounted. Results written before agreement_round existed have only
     * {@code rounds} (rounds played), so only a bound is given: t &lt; rounds.
     */
    static String discounting(ReportInput in, String a, String b) {
        CsvTable runs = in.runs();
        double[] loss = new double[2];
        double[] d0 = new double[2];
        String[] ids = {a, b};
        boolean discounted = false;
        for (int k = 0; k < 2; k++) {
            d0[k] = discount(in, ids[k]);
            discounted |= d0[k] < 1 || runs.has("parties." + ids[k] + ".discount");
        }
        if (Double.isNaN(d0[0]) || Double.isNaN(d0[1])) {
            return "runs.csv's utilities at agreement are discounted (value·discount^t, t the round of the agreement) while "
                    + "the frontier is not, so dots may sit below the frontier partly because of discounting.";
        }
        if (!discounted) {
            return "Both parties' discount factors are 1, so utilities at agreement are not discounted.";
        }
        int n = 0;
        double rounds = 0;
        boolean exact = runs.has(RunsColumns.AGREEMENT_ROUND);
        for (int r : in.okRuns()) {
            double t = runs.number(r, exact ? RunsColumns.AGREEMENT_ROUND : RunsColumns.ROUNDS);
            if (!in.agreed(r) || Double.isNaN(t)) continue;
            n++;
            rounds += t;
            for (int k = 0; k < 2; k++) {
                double d = runs.has("parties." + ids[k] + ".discount")
                        ? runs.number(r, "parties." + ids[k] + ".discount") : d0[k];
                loss[k] += Double.isNaN(d) ? 0 : 1 - Math.pow(d, t);
            }
        }
        String s = "Utilities at agreement are discounted (value·discount^t, t the round of the agreement) while the "
                + "frontier and reference points are not, so dots sit below the frontier partly because of discounting";
        if (n == 0) return s + ".";
        String factors = ": with discount factors " + Numbers.format(d0[0], 4) + " (" + in.parties().name(a) + ") and "
                + Numbers.format(d0[1], 4) + " (" + in.parties().name(b) + ")";
        if (exact) {
            return s + factors + " and agreements on the offer of round " + Numbers.format(rounds / n, 3)
                    + " on average (rounds from 0), discounting lowers their utilities by " + percent(loss[0] / n)
                    + " and " + percent(loss[1] / n) + " on average.";
        }
        return s + factors + " and agreements within " + Numbers.format(rounds / n, 3) + " rounds on average, "
                + "discounting alone lowers their utilities by at most " + percent(loss[0] / n) + " and "
                + percent(loss[1] / n) + " on average.";
    }

    private static String percent(double share) {
        return Numbers.format(100 * share, 2) + "%";
    }

    /** A party's discount factor from the manifest's config (1 when not given, NaN when unknown). */
    private static double discount(ReportInput in, String id) {
        for (JsonNode p : in.scenario().path("parties")) {
            if (!ReportInput.text(p.path("id")).equals(id)) continue;
            JsonNode d = p.path("discount");
            return d.isNumber() ? d.asDouble() : 1;
        }
        return in.manifest().isMissingNode() ? Double.NaN : 1;
    }

    private static int point(XYSeriesCollection data, XYLineAndShapeRenderer r, int s, String name, double[] p,
                             Shape shape, Color colour) {
        if (p == null) return s;
        XYSeries series = new XYSeries(name);
        series.add(p[0], p[1]);
        data.addSeries(series);
        r.setSeriesShape(s, shape);
        r.setSeriesPaint(s, colour);
        return s + 1;
    }

    /**
     * What the dashed reservation lines say about these dots, counted from the data: a party accepts
     * no package worth less than its reservation undiscounted, but a dot is discounted (and a run's
     * reservation may be drawn with noise), so dots can fall below a line.
     */
    static String reservationSentence(XYSeries dots, double[] reservation) {
        String s = "Dashed lines are the parties' configured reservation utilities (what no deal is worth). ";
        if (dots.isEmpty()) return s;
        long below = IntStream.range(0, dots.getItemCount()).filter(i -> dots.getX(i).doubleValue() < reservation[0] - 1e-9
                || dots.getY(i).doubleValue() < reservation[1] - 1e-9).count();
        if (below == 0) return s + "Every agreement lies above and to the right of both. ";
        return s + below + " of " + dots.getItemCount() + " agreements fall below or left of a line: a party accepts a package "
                + "worth at least its reservation undiscounted (and with noise each run draws its own reservation), "
                + "but the dots are discounted for the rounds it took. ";
    }

    private static ValueMarker reservationLine(double v, String label, Color colour) {
        ValueMarker m = new ValueMarker(v, colour, ChartStyle.DASHED);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.TICK);
        m.setLabelPaint(colour.darker());
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }

    static Shape diamond(double r) {
        Path2D d = new Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }

    static Shape triangle(double r) {
        Path2D t = new Path2D.Double();
        t.moveTo(0, -r);
        t.lineTo(r, r * 0.8);
        t.lineTo(-r, r * 0.8);
        t.closePath();
        return t;
    }
}
