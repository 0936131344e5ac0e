package org.entente.report;

import org.entente.results.RoundsColumns;
import org.entente.results.CsvReader;
import org.entente.results.Csv;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The negotiation dance: each party's utility of each offer over the rounds of one run, one line
 * per party; the marker's shape says who made the offer; the agreement round is marked.
 */
public final class DanceChart {
    private DanceChart() {
    }

    /** One offer on the table: its round, who made it, and each party's utility of it. */
    record Move(int round, String actor, double[] utilities) {
    }

    /** The parsed trace of one run. */
    record Trace(List<String> parties, List<Move> offers, Integer agreementRound, boolean ratified,
                 String ending, double[] agreed) {
    }

    /** Reads the rows of run {@code runId} from a rounds.csv-format file and writes a PNG. */
    public static void write(Path roundsCsv, long runId, Path png) throws IOException {
        write(roundsCsv, runId, png, null, null);
    }

    /**
     * Like {@link #write(Path, long, Path)} with the parties' names and colours and a subtitle;
     * returns false (and writes nothing) when the file holds no offer of that run.
     */
    public static boolean write(Path roundsCsv, long runId, Path png, Parties parties, String subtitle)
            throws IOException {
        return write(roundsCsv, runId, png, parties, subtitle, null);
    }

    /**
     * Like {@link #write(Path, long, Path, Parties, String)}; {@code agreement}, when known (from
     * runs.csv), says whether the run ended in a ratified agreement and overrides what the trace suggests.
     */
    static boolean write(Path roundsCsv, long runId, Path png, Parties parties, String subtitle, Boolean agreement)
            throws IOException {
        Trace trace = read(roundsCsv, runId);
        if (agreement != null) {
            if (agreement && trace.agreementRound() == null && !trace.offers().isEmpty()) {
                Move last = trace.offers().get(trace.offers().size() - 1);
                trace = new Trace(trace.parties(), trace.offers(), last.round(), true, trace.ending(), last.utilities());
            } else if (agreement) {
                trace = new Trace(trace.parties(), trace.offers(), trace.agreementRound(), true, trace.ending(),
                        trace.agreed());
            } else if (trace.agreementRound() != null) {
                trace = new Trace(trace.parties(), trace.offers(), trace.agreementRound(), false, trace.ending(),
                        trace.agreed());
            }
        }
        if (trace.offers().isEmpty()) {
            if (parties == null) throw new IOException("no offers of run " + runId + " in " + roundsCsv);
            return false;
        }
        Parties ps = parties != null && parties.ids().containsAll(trace.parties())
                ? parties : Parties.of(trace.parties());
        ChartStyle.save(chart(trace, runId, ps, subtitle), png);
        return true;
    }

    static Trace read(Path csv, long runId) throws IOException {
        List<Move> offers = new ArrayList<>();
        Integer endRound = null;
        String ending = null;
        Integer lastAccept = null;
        double[] accepted = null;
        double[] ended = null;
        boolean ratified = true;
        List<String> parties = new ArrayList<>();
        if (!Files.isRegularFile(csv)) return new Trace(parties, offers, null, false, null, null);
        try (CsvReader r = CsvReader.open(csv)) {
            List<String> header = r.next();
            if (header == null) return new Trace(parties, offers, null, false, null, null);
            int run = header.indexOf(RoundsColumns.RUN_ID);
            int round = header.indexOf(RoundsColumns.ROUND);
            int actor = header.indexOf(RoundsColumns.ACTOR);
            int action = header.indexOf(RoundsColumns.ACTION);
            int detail = header.indexOf(RoundsColumns.DETAIL);
            List<Integer> ucols = new ArrayList<>();
            for (String p : RoundsColumns.UTILITY.keysIn(header)) {
                parties.add(p);
                ucols.add(header.indexOf(RoundsColumns.UTILITY.of(p)));
            }
            if (run < 0 || round < 0 || action < 0) return new Trace(parties, offers, null, false, null, null);
            String id = Long.toString(runId);
            java.util.Set<String> acceptors = new java.util.HashSet<>();
            java.util.Set<String> yes = new java.util.HashSet<>();
            int need = Math.max(1, parties.size() - 1);
            List<String> row;
            while ((row = r.next()) != null) {
                if (run >= row.size() || !row.get(run).trim().equals(id)) continue;
                String act = cell(row, action).toLowerCase(Locale.ROOT);
                int t = (int) Csv.toNumber(cell(row, round));
                String who = actor >= 0 ? cell(row, actor) : "";
                String det = detail >= 0 ? cell(row, detail).toLowerCase(Locale.ROOT) : "";
                switch (act) {
                    case "offer", "propose_text" -> {
                        acceptors.clear();
                        yes.clear();
                        double[] u = utilities(row, ucols);
                        if (!allNaN(u)) offers.add(new Move(t, who, u));
                    }
                    case "accept" -> {
                        // agreement once every other party has accepted the offer on the table
                        acceptors.add(who);
                        if (acceptors.size() >= need && lastAccept == null) {
                            lastAccept = t;
                            accepted = utilities(row, ucols);
                        }
                    }
                    case "final_vote" -> {
                        if (det.startsWith("yes") || det.startsWith("accept") || det.equals("true")) yes.add(who);
                        if (yes.size() >= parties.size() && lastAccept == null) {
                            lastAccept = t;
                            accepted = utilities(row, ucols);
                        }
                    }
                    case "end", "breakoff" -> {
                        ending = det;
                        ended = utilities(row, ucols);
                        if (det.contains("accept") || det.contains("agree")) endRound = t;
                    }
                    case "ratify" -> {
                        // detail "<official> no 0.412 < 0.450" (rounds.csv vocabulary, docs/outputs.md)
                        if (det.startsWith("no") || det.contains(" no ") || det.contains("reject") || det.contains("fail")
                                || det.equals("false")) {
                            ratified = false;
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        Integer agreement = endRound != null ? endRound : lastAccept;
        double[] agreed = agreement == null ? null
                : endRound != null && ended != null && !allNaN(ended) ? ended : accepted;
        if (agreed != null && allNaN(agreed)) agreed = null;
        if (agreed == null && agreement != null && !offers.isEmpty()) agreed = offers.get(offers.size() - 1).utilities();
        return new Trace(parties, offers, agreement, ratified, ending, agreed);
    }

    private static double[] utilities(List<String> row, List<Integer> ucols) {
        double[] u = new double[ucols.size()];
        for (int k = 0; k < u.length; k++) u[k] = Csv.toNumber(cell(row, ucols.get(k)));
        return u;
    }

    private static boolean allNaN(double[] u) {
        for (double d : u) if (!Double.isNaN(d)) return false;
        return true;
    }

    private static String cell(List<String> row, int i) {
        return i >= 0 && i < row.size() ? row.get(i) : "";
    }

    static JFreeChart chart(Trace trace, long runId, Parties parties, String subtitle) {
        List<String> ids = trace.parties();
        // actors in order: the parties first (config order), then any other (e.g. a mediator)
        List<String> actors = new ArrayList<>();
        for (String id : ids) if (trace.offers().stream().anyMatch(m -> m.actor().equals(id))) actors.add(id);
        for (Move m : trace.offers()) if (!actors.contains(m.actor())) actors.add(m.actor());
        Shape[] shapes = shapes();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int s = 0;
        for (int k = 0; k < ids.size(); k++) {
            String p = ids.get(k);
            for (int a = 0; a < actors.size(); a++) {
                String actor = actors.get(a);
                String who = parties.index(actor) >= 0 ? parties.name(actor) : actor;
                XYSeries series = new XYSeries(parties.name(p) + "'s utility of offers by " + who, false, true);
                for (Move m : trace.offers()) {
                    if (m.actor().equals(actor) && !Double.isNaN(m.utilities()[k])) {
                        series.add(m.round(), m.utilities()[k]);
                    }
                }
                if (series.isEmpty()) continue;
                data.addSeries(series);
                renderer.setSeriesPaint(s, parties.colour(p));
                renderer.setSeriesShape(s, shapes[a % shapes.length]);
                renderer.setSeriesStroke(s, actor.equals(p) ? ChartStyle.LINE : ChartStyle.DASHED);
                s++;
            }
        }
        if (trace.agreementRound() != null && trace.agreed() != null) {
            // the agreement itself: each party's utility of the accepted offer, a star in its colour
            for (int k = 0; k < ids.size(); k++) {
                if (Double.isNaN(trace.agreed()[k])) continue;
                XYSeries series = new XYSeries("agreement: " + parties.name(ids.get(k)) + " gets "
                        + org.entente.model.Numbers.format(trace.agreed()[k], 3), false, true);
                series.add((double) trace.agreementRound(), trace.agreed()[k]);
                data.addSeries(series);
                renderer.setSeriesPaint(s, parties.colour(ids.get(k)));
                renderer.setSeriesShape(s, star(10));
                renderer.setSeriesLinesVisible(s, false);
                s++;
            }
        }
        NumberAxis x = new NumberAxis("round (round 0 is the opening offer)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int last = trace.offers().stream().mapToInt(Move::round).max().orElse(0);
        if (trace.agreementRound() != null) last = Math.max(last, trace.agreementRound());
        int firstRound = trace.offers().stream().mapToInt(Move::round).min().orElse(0);
        x.setRange(firstRound - 0.3, last + 0.6);
        NumberAxis y = ChartStyle.unitAxis("utility of the offer (0 = worst, 1 = best for that party)");
        XYPlot plot = new XYPlot(data, x, y, renderer);
        String status;
        if (trace.agreementRound() != null) {
            ValueMarker mark = new ValueMarker(trace.agreementRound(), Palette.NEUTRAL, new BasicStroke(2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
            mark.setLabel(trace.ratified() ? "agreement" : "agreed, not ratified");
            mark.setLabelFont(ChartStyle.LEGEND);
            mark.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 200));
            mark.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            mark.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(mark);
            status = (trace.ratified() ? "Agreement in round " : "Agreed at the table in round ")
                    + trace.agreementRound() + (trace.ratified() ? "" : ", but not ratified");
        } else {
            status = "No agreement" + (trace.ending() != null && !trace.ending().isBlank()
                    ? " (" + trace.ending() + ")" : "");
        }
        JFreeChart chart = new JFreeChart("Negotiation dance, run " + runId, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        if (subtitle != null && !subtitle.isBlank()) ChartStyle.subtitle(chart, subtitle);
        ChartStyle.subtitle(chart, status);
        return chart;
    }

    static Shape star(double r) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? r : r * 0.45;
            double px = rr * Math.cos(a);
            double py = -rr * Math.sin(a);
            if (i == 0) p.moveTo(px, py);
            else p.lineTo(px, py);
        }
        p.closePath();
        return p;
    }

    private static Shape[] shapes() {
        double r = 6;
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(0, -r - 1);
        triangle.lineTo(r + 1, r);
        triangle.lineTo(-r - 1, r);
        triangle.closePath();
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(0, -r - 1);
        diamond.lineTo(r + 1, 0);
        diamond.lineTo(0, r + 1);
        diamond.lineTo(-r - 1, 0);
        diamond.closePath();
        Path2D down = new Path2D.Double();
        down.moveTo(0, r + 1);
        down.lineTo(r + 1, -r);
        down.lineTo(-r - 1, -r);
        down.closePath();
        return new Shape[]{new Ellipse2D.Double(-r, -r, 2 * r, 2 * r), new Rectangle2D.Double(-r, -r, 2 * r, 2 * r),
                triangle, diamond, down};
    }
}
