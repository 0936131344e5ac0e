package org.entente.report;

import org.entente.analysis.Interval;
import org.entente.results.TournamentColumns;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tournament's ranking chart, drawn from tournament.csv: one row per entrant, best at the top,
 * its mean own utility and its agreement rate with their 95% intervals as error bars.
 */
final class TournamentChart {
    static final String FILE = "tournament-ranking.png";
    static final String TITLE = "Tournament ranking";
    private static final Color UTILITY = new Color(0x00, 0x72, 0xB2);

    private TournamentChart() {
    }

    static ChartResult render(ReportInput in, CsvTable standings) throws IOException {
        if (standings.isEmpty()) return new ChartResult.Skipped(TITLE, "tournament.csv holds no entrants.");
        List<String> names = new ArrayList<>();
        YIntervalSeries utility = new YIntervalSeries("mean own utility", false, true);
        YIntervalSeries agreement = new YIntervalSeries("agreement rate", false, true);
        for (int r = 0; r < standings.size(); r++) {
            int i = names.size();
            names.add(standings.get(r, TournamentColumns.RANK) + ". " + standings.get(r, TournamentColumns.STRATEGY));
            add(utility, i - 0.12, standings.interval(r, TournamentColumns.UTILITY));
            add(agreement, i + 0.12, standings.interval(r, TournamentColumns.AGREEMENT_RATE));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(utility);
        data.addSeries(agreement);
        SymbolAxis entrants = new SymbolAxis(null, names.toArray(String[]::new));
        entrants.setRange(-0.5, names.size() - 0.5);
        entrants.setInverted(true);
        entrants.setGridBandsVisible(false);
        NumberAxis value = ChartStyle.unitAxis("mean own utility / agreement rate (95% CI)");
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setErrorStroke(new BasicStroke(2.5f));
        r.setCapLength(8);
        r.setSeriesPaint(0, UTILITY);
        r.setSeriesPaint(1, Palette.NEUTRAL);
        r.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        XYPlot plot = new XYPlot(data, entrants, value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(TITLE, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, names.size() + " entrants" + (in.scenarioName().isEmpty() ? "" : " on "
                + in.scenarioName()) + " · ranked by mean own utility, ties by mean welfare");
        ChartStyle.save(chart, in.charts().resolve(FILE));
        return new ChartResult.Rendered(FILE, TITLE, "The entrants of the tournament, best at the top (tournament.csv). "
                + "The blue dot is the mean utility an entrant got in its own seat over all the runs it played, "
                + "whichever party's place it took (discounted to the round of agreement; the party's reservation "
                + "when there was none); the black dot is the share of its runs that ended in a ratified "
                + "agreement. Whiskers are 95% confidence intervals (Student t for the utility, Wilson for the rate). "
                + "Where two entrants' utility whiskers overlap, their order may be chance: more runs, with noise, "
                + "narrow them. The ranking holds for this field of entrants only: an entrant's score depends on "
                + "whom it meets.");
    }

    /** A dot with its interval; the interval collapses to the dot where it is undefined (one run). */
    private static void add(YIntervalSeries s, double x, Interval i) {
        if (Double.isNaN(i.estimate())) return;
        s.add(x, i.estimate(), Double.isNaN(i.lo()) ? i.estimate() : i.lo(), Double.isNaN(i.hi()) ? i.estimate() : i.hi());
    }
}
