package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.results.RunsColumns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ratification in words, from runs.csv: how many packages agreed at the table were ratified, whose
 * officials blocked the others and how often, and each party's ratification rule.
 */
final class RatificationSection implements ReportSection {

    @Override
    public String body(ReportContent content) {
        ReportInput in = content.in();
        CsvTable runs = in.runs();
        int[] ok = in.okRuns();
        if (!runs.has(RunsColumns.RATIFIED) || ok.length == 0) return "";
        int atTable = 0, ratified = 0;
        for (int r : ok) {
            String v = runs.get(r, RunsColumns.RATIFIED).trim();
            if (v.isEmpty()) continue;
            atTable++;
            if (v.equalsIgnoreCase("true")) ratified++;
        }
        int n = ok.length;
        StringBuilder h = new StringBuilder();
        h.append(Html.p("A package agreed at the table binds only once every party's officials ratify it at home. "
                + "The heads agreed a package at the table in " + atTable + " of " + n + " runs ("
                + AgreementSection.percent(atTable, n) + "); " + ratified + " of those were ratified by every party"
                + (atTable == 0 ? "." : " (" + AgreementSection.percent(ratified, atTable) + ").")));
        int refused = atTable - ratified;
        if (refused > 0) {
            h.append(Html.p(refused + " agreed package" + (refused == 1 ? " was" : "s were") + " not ratified: some "
                    + "party's officials voted it down at home, and each party then gets its reservation, as with no "
                    + "agreement." + blockers(in, refused) + " By what margin each official voted is in the trace "
                    + "(rounds.csv, written with --trace; dance.csv for run 0)."));
        } else if (atTable > 0) {
            h.append(Html.p("No party's officials blocked a package agreed at the table: the heads only committed "
                    + "to packages their officials would approve."));
        }
        h.append("<ul>\n");
        for (JsonNode p : in.scenario().path("parties")) h.append("<li>").append(Html.escape(rule(in, p))).append("</li>\n");
        return h.append("</ul>\n").toString();
    }

    /** Who blocked, and how often, from runs.csv's blocked_by ("" when the file has no such column). */
    private static String blockers(ReportInput in, int refused) {
        CsvTable runs = in.runs();
        if (!runs.has(RunsColumns.BLOCKED_BY)) return "";
        Map<String, Integer> times = new LinkedHashMap<>();
        for (String id : in.parties().ids()) times.put(id, 0);
        for (int r : in.okRuns()) {
            for (String p : runs.get(r, RunsColumns.BLOCKED_BY).trim().split(" ")) if (!p.isEmpty()) times.merge(p, 1, Integer::sum);
        }
        List<String> said = new ArrayList<>();
        times.forEach((p, k) -> {
            if (k > 0) said.add(ParameterLabels.party(in, p) + "'s officials in " + k + " of them ("
                    + AgreementSection.percent(k, refused) + ")");
        });
        return said.isEmpty() ? "" : " Who blocked: " + String.join("; ", said) + ".";
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
