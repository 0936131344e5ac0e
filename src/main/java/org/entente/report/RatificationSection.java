package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.results.RunsColumns;

import java.util.ArrayList;
import java.util.List;

/**
 * Ratification in words, from runs.csv: how many packages agreed at the table were ratified, where
 * the refusals are told, and each party's ratification rule.
 */
final class RatificationSection implements ReportSection {

    @Override
    public String id() {
        return "ratification";
    }

    @Override
    public String title() {
        return "Ratification at home";
    }

    @Override
    public String body(ReportContent content) {
        ReportInput in = content.in();
        CsvTable runs = in.runs();
        if (!runs.has(RunsColumns.RATIFIED) || in.okRuns().isEmpty()) return "";
        int atTable = 0, ratified = 0;
        for (List<String> r : in.okRuns()) {
            String v = runs.get(r, RunsColumns.RATIFIED).trim();
            if (v.isEmpty()) continue;
            atTable++;
            if (v.equalsIgnoreCase("true")) ratified++;
        }
        int n = in.okRuns().size();
        StringBuilder h = new StringBuilder();
        h.append(Html.p("A package agreed at the table binds only once every party's officials ratify it at home. "
                + "The heads agreed a package at the table in " + atTable + " of " + n + " runs ("
                + AgreementSection.percent(atTable, n) + "); " + ratified + " of those were ratified by every party"
                + (atTable == 0 ? "." : " (" + AgreementSection.percent(ratified, atTable) + ").")));
        int refused = atTable - ratified;
        if (refused > 0) {
            h.append(Html.p(refused + " agreed package" + (refused == 1 ? " was" : "s were") + " not ratified: some "
                    + "party's officials voted it down at home, and each party then gets its reservation, as with no "
                    + "agreement. Whose officials refused, and by what margin, is in the trace (rounds.csv, written "
                    + "with --trace; dance.csv for run 0)."));
        } else if (atTable > 0) {
            h.append(Html.p("No party's officials blocked a package agreed at the table: the heads only committed "
                    + "to packages their officials would approve."));
        }
        h.append("<ul>\n");
        for (JsonNode p : in.scenario().path("parties")) h.append("<li>").append(Html.escape(rule(in, p))).append("</li>\n");
        return h.append("</ul>\n").toString();
    }

    private static String rule(ReportInput in, JsonNode party) {
        String id = ReportInput.text(party.path("id"));
        List<String> vetoes = new ArrayList<>();
        for (JsonNode o : party.path("officials")) if (o.path("veto").asBoolean(false)) vetoes.add(ParameterLabels.officialTitle(o));
        return ParameterLabels.party(in, id) + " ratifies when officials holding "
                + ScenarioSection.percent(party.path("ratification").asDouble(0.5)) + " of the power approve"
                + (vetoes.isEmpty() ? "" : " and " + String.join(" and ", vetoes) + " (veto) approve"
                + (vetoes.size() == 1 ? "s" : "")) + "; an official approves a package worth at least its threshold to it.";
    }
}
