package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.model.Numbers;
import org.entente.results.ResultsDirectory;
import org.entente.results.ResultsFiles;
import org.entente.results.RunsColumns;

import java.io.IOException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's tournament section: how the round robin was played, the standings (tournament.csv)
 * and the cross table of each entrant's mean own utility against each opponent (from runs.csv).
 */
final class TournamentSection implements ReportSection {
    /** The experiment's key for the tournament block. */
    static final String ID = "tournament";
    /** Entrants beyond which the cross table is left out (tournament.csv and runs.csv hold everything). */
    static final int CROSS_TABLE_MAX = 24;

    @Override
    public String body(ReportContent content) throws IOException {
        if (!applies(content.in())) return "";
        StringBuilder h = new StringBuilder();
        append(h, content.in());
        return h.toString();
    }

    /** Whether the results are a tournament's (the manifest's experiment has one). */
    static boolean applies(ReportInput in) {
        return in.experiment().path(ID).isObject();
    }

    static void append(StringBuilder h, ReportInput in) throws IOException {
        CsvTable standings = CsvTable.read(ResultsFiles.existing(in.dir(), ResultsDirectory.TOURNAMENT));
        JsonNode t = in.experiment().path(ID);
        h.append("<p>").append(ReportPage.escape(setup(in, t))).append("</p>\n");
        if (standings.columns().isEmpty()) {
            h.append("<p class=\"note\">tournament.csv is missing; run <code>entente report</code> on this directory "
                    + "to rebuild it from runs.csv.</p>\n");
            return;
        }
        h.append("<p>Ranked by the mean utility each entrant got in its own seat (with its 95% t interval), ties by "
                + "mean welfare; the agreement rate with its 95% Wilson interval; the mean distances of its agreements "
                + "from the Nash point, the Pareto frontier and the Kalai–Smorodinsky point, in utility space.</p>\n");
        h.append(Html.table("summary", standings.columns(), standings.rowsAsText()));
        entrants(h, t);
        crossTable(h, in, standings);
    }

    private static String setup(ReportInput in, JsonNode t) {
        int n = t.path("entrants").size();
        boolean swap = t.path("roleSwap").asBoolean(true), self = t.path("selfPlay").asBoolean(false);
        List<String> parties = in.parties().ids().stream().map(in.parties()::name).toList();
        return n + " entrants; every " + (swap ? "ordered pair of distinct entrants (each pair in both seats" : "pair of "
                + "distinct entrants (the one listed first in " + (parties.isEmpty() ? "the first" : parties.get(0) + "'s")
                + " seat") + ")" + (self ? ", and each entrant against itself," : "") + " negotiated "
                + ReportInput.text(in.experiment().path("runs")) + " time(s). Each pairing is one design point "
                + "(summary.csv); runs.csv names the entrant in each seat (strategy." + String.join(", strategy.",
                in.parties().ids()) + ").";
    }

    private static void entrants(StringBuilder h, JsonNode t) {
        h.append("<h3>Entrants</h3>\n<ul>\n");
        for (JsonNode e : t.path("entrants")) {
            h.append("<li><strong>").append(ReportPage.escape(ReportInput.text(e.path("name")))).append("</strong>: ")
                    .append(ReportPage.escape(SettingsSection.strategy(e.path("strategy")))).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    /** Rows: entrants by rank; columns: their opponents; cells: the row entrant's mean own utility. */
    private static void crossTable(StringBuilder h, ReportInput in, CsvTable standings) {
        List<String> order = new ArrayList<>();
        for (int r = 0; r < standings.size(); r++) order.add(standings.get(r, "strategy"));
        if (order.size() > CROSS_TABLE_MAX || in.parties().size() != 2) return;
        Map<String, double[]> sums = new LinkedHashMap<>();
        CsvTable runs = in.runs();
        List<String> parties = in.parties().ids();
        for (int r : in.okRuns()) {
            for (int seat = 0; seat < 2; seat++) {
                String self = runs.get(r, RunsColumns.STRATEGY.of(parties.get(seat)));
                String other = runs.get(r, RunsColumns.STRATEGY.of(parties.get(1 - seat)));
                double u = runs.number(r, RunsColumns.UTILITY.of(parties.get(seat)));
                if (Double.isNaN(u)) continue;
                double[] s = sums.computeIfAbsent(self + "\n" + other, k -> new double[2]);
                s[0] += u;
                s[1]++;
            }
        }
        h.append("<h3>Who beats whom</h3>\n<p>The mean utility the entrant of each row got against the entrant of each "
                + "column, over their runs in either seat (— where they did not meet).</p>\n")
                .append("<div class=\"scroll\"><table class=\"summary\">\n<thead><tr><th scope=\"col\">entrant \\ "
                        + "opponent</th>");
        for (String o : order) h.append("<th scope=\"col\">").append(ReportPage.escape(o)).append("</th>");
        h.append("</tr></thead>\n<tbody>\n");
        for (String self : order) {
            h.append("<tr><th scope=\"row\">").append(ReportPage.escape(self)).append("</th>");
            for (String other : order) {
                double[] s = sums.get(self + "\n" + other);
                h.append(s == null ? "<td>—</td>" : "<td class=\"num\">" + Numbers.format(s[0] / s[1], 3) + "</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }
}
