package org.entente.report;

import org.entente.results.RunsColumns;
import org.entente.results.Csv;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

import java.awt.BasicStroke;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Box plots of each party's utility by protocol or strategy type, when the experiment varies a
 * name-valued parameter: which rules or tactics serve whom.
 */
public final class ComparisonCharts {
    private ComparisonCharts() {
    }

    /** One chart per name-valued column of runs.csv that takes at least two values. */
    public static List<ChartResult> render(ReportInput in) throws IOException {
        List<ChartResult> out = new ArrayList<>();
        CsvTable runs = in.runs();
        if (runs.isEmpty()) return out;
        List<String> candidates = new ArrayList<>();
        for (String p : in.sweptInRuns()) if (nameValued(in, p)) candidates.add(p);
        // the protocol column varies when the protocol is swept under any path
        if (runs.has(RunsColumns.PROTOCOL) && distinct(in, RunsColumns.PROTOCOL).size() > 1 && candidates.stream()
                .noneMatch(c -> c.endsWith(RunsColumns.PROTOCOL))) {
            candidates.add(RunsColumns.PROTOCOL);
        }
        for (String p : candidates) out.add(chart(in, p));
        return out;
    }

    private static Set<String> distinct(ReportInput in, String column) {
        Set<String> s = new LinkedHashSet<>();
        for (int r : in.okRuns()) s.add(in.runs().get(r, column));
        return s;
    }

    private static boolean nameValued(ReportInput in, String column) {
        Set<String> values = distinct(in, column);
        return values.size() > 1 && values.stream().anyMatch(v -> !v.isEmpty() && Double.isNaN(Csv.toNumber(v)));
    }

    private static ChartResult chart(ReportInput in, String param) throws IOException {
        CsvTable runs = in.runs();
        String file = SweepCharts.fileName("comparison-", param);
        String title = "Utility by " + param;
        Map<String, RowList> byValue = new LinkedHashMap<>();
        for (int r : in.okRuns()) byValue.computeIfAbsent(runs.get(r, param), k -> new RowList()).add(r);
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        List<String> shown = new ArrayList<>();
        for (String p : in.parties().ids()) {
            String c = RunsColumns.UTILITY.of(p);
            if (!runs.has(c)) continue;
            shown.add(p);
            for (Map.Entry<String, RowList> e : byValue.entrySet()) {
                List<Double> v = new ArrayList<>();
                for (int r : e.getValue().toArray()) {
                    double d = runs.number(r, c);
                    if (!Double.isNaN(d)) v.add(d);
                }
                data.add(v, in.parties().name(p), e.getKey().isEmpty() ? "(none)" : e.getKey());
            }
        }
        if (shown.isEmpty()) return new ChartResult.Skipped(title, "runs.csv has no utility columns.");
        BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
        r.setMeanVisible(false); // its mean marker scales with the box width and hides the median
        r.setMedianVisible(true);
        r.setFillBox(true);
        r.setMaximumBarWidth(0.12);
        r.setItemMargin(0.1);
        r.setUseOutlinePaintForWhiskers(false);
        r.setDefaultOutlineStroke(new BasicStroke(1.5f));
        for (int s = 0; s < shown.size(); s++) {
            r.setSeriesPaint(s, Palette.withAlpha(in.parties().colour(shown.get(s)), 0.75));
            r.setSeriesOutlinePaint(s, in.parties().colour(shown.get(s)).darker());
        }
        CategoryAxis x = new CategoryAxis(param);
        NumberAxis y = ChartStyle.unitAxis("utility the party got (0 = worst, 1 = best)");
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, "one box per party and value; all successful runs, with and without agreement");
        ChartStyle.save(chart, in, file);
        return new ChartResult.Rendered(file, title, "For each value of " + param + " (columns) and each party "
                + "(colours), the spread of the utility the party got across runs. The box spans the middle half of "
                + "the runs (quartiles), the line inside is the median, the whiskers reach "
                + "the furthest runs within 1.5 box lengths, and dots beyond are outliers. Compare boxes of the same "
                + "colour across columns to see which " + param + " favours that party; runs without agreement "
                + "count at the party's reservation.");
    }
}
