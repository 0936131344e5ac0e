package org.entente.results;

import org.entente.analysis.Interval;
import org.entente.evaluation.PointSummary;
import org.entente.model.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one-screen summary the run command prints: a row per design point (the first 20), aligned, and what U means. */
public final class SummaryText {
    public static final int MAX_ROWS = 20;

    private SummaryText() {
    }

    public static String format(Layout layout, List<PointSummary> rows) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(layout.swept());
        header.add("runs");
        header.add("failed");
        header.add("agreement [95% CI]");
        for (String p : layout.parties()) header.add("U(" + p + ")");
        header.add("rounds played");
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        for (PointSummary s : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
            List<String> c = new ArrayList<>();
            c.add(Integer.toString(s.point()));
            for (String path : layout.swept()) c.add(Csv.value(s.assignments().get(path)));
            c.add(Long.toString(s.runs()));
            c.add(Long.toString(s.failed()));
            Interval a = s.agreement();
            c.add(Double.isNaN(a.estimate()) ? "-" : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", a.estimate(), a.lo(), a.hi()));
            for (Interval u : s.utilities()) c.add(Double.isNaN(u.estimate()) ? "-" : Numbers.format(u.estimate(), 3));
            c.add(Double.isNaN(s.roundsMean()) ? "-" : Numbers.format(s.roundsMean(), 3));
            table.add(c);
        }
        StringBuilder b = new StringBuilder(TextTable.format(table));
        if (rows.size() > MAX_ROWS) {
            b.append("… and ").append(rows.size() - MAX_ROWS).append(" more design points (see summary.csv)\n");
        }
        b.append("U: mean utility, discounted to the round of agreement (the reservation without one)\n");
        return b.toString();
    }
}
