package org.entente.report;

import org.entente.results.RunsColumns;
import org.entente.results.IntervalColumns;
import org.entente.results.SummaryColumns;

import java.util.ArrayList;
import java.util.List;

/**
 * summary.csv as a table a reader can take in: one row per design point and party, labelled
 * columns with units (the swept values, agreement rate, rounds, the party's discounted utility,
 * its implementation aggregates), at most {@link #ROWS} design points; the CSV holds them all.
 */
final class SummarySection implements ReportSection {
    /** Design points shown; summary.csv holds them all. */
    static final int ROWS = 200;

    /** An implementation aggregate of summary.csv: its key prefix and its column heading. */
    private record Measure(String key, String heading) {
    }

    @Override
    public String body(ReportContent content) {
        ReportInput in = content.in();
        CsvTable sum = in.summary();
        if (sum.columns().isEmpty()) return Html.note("summary.csv is missing or empty.");
        String money = in.moneyUnit();
        List<Measure> measures = List.of(new Measure("compliance", "Compliance, mean over the years (0–1)"),
                new Measure("trade", "Trade gained, all years (" + money + ")"),
                new Measure("infrastructure", "Infrastructure built by the last year (" + money + ")"),
                new Measure("influence", "Influence in the last year (0–1)"),
                new Measure("debt_peak", "Peak debt (" + money + ")"));
        List<String> swept = in.sweptInSummary();
        List<String> header = new ArrayList<>();
        for (String p : swept) header.add(ParameterLabels.of(in, p));
        header.addAll(List.of("Party", "Agreement rate [95% CI]", "Rounds played, mean",
                "Utility, mean, discounted [95% CI]"));
        List<Measure> shown = new ArrayList<>();
        for (Measure m : measures) {
            if (!in.parties().ids().isEmpty() && sum.has(SummaryColumns.mean(m.key() + "." + in.parties().ids().get(0)))) {
                shown.add(m);
                header.add(m.heading());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        int points = 0;
        for (int r = 0; r < sum.size(); r++) {
            if (points++ >= ROWS) break;
            for (String p : in.parties().ids()) {
                List<String> row = new ArrayList<>();
                for (String s : swept) row.add(SweptPaths.number(sum.get(r, s)));
                row.add(ParameterLabels.party(in, p));
                row.add(interval(sum, r, SummaryColumns.AGREEMENT_RATE));
                row.add(AgreementSection.short3(sum.get(r, SummaryColumns.mean(RunsColumns.ROUNDS))));
                row.add(interval(sum, r, SummaryColumns.interval(RunsColumns.UTILITY.of(p))));
                for (Measure m : shown) row.add(AgreementSection.short3(sum.get(r, SummaryColumns.mean(m.key() + "." + p))));
                rows.add(row);
            }
        }
        StringBuilder h = new StringBuilder();
        h.append(Html.p("One row per party" + (swept.isEmpty() ? "" : " and design point (the swept values first)")
                + ". Utilities are on the 0–1 scale and discounted (agreed on round t's package, a party's utility "
                + "is its value·discount^t); a run without agreement counts at the party's reservation. Implementation "
                + "figures are means over runs, with runs without agreement counting as 0. 95% intervals: Wilson for "
                + "the agreement rate; for mean utilities a score interval that stays in [0, 1]."));
        h.append(Html.table("summary", header, rows));
        if (sum.size() > ROWS) {
            h.append(Html.note("Only the first " + ROWS + " design points are shown; summary.csv holds them all."));
        }
        return h.toString();
    }

    private static String interval(CsvTable t, int r, IntervalColumns c) {
        String e = AgreementSection.short3(t.get(r, c.estimate()));
        String l = AgreementSection.short3(t.get(r, c.lo()));
        String u = AgreementSection.short3(t.get(r, c.hi()));
        if (e.isEmpty()) return "";
        return l.isEmpty() || u.isEmpty() ? e : e + " [" + l + ", " + u + "]";
    }
}
