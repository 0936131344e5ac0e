package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.results.RunsColumns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ratification in words, from runs.csv: how many packages agreed at the table were ratified, and
 * which parties' officials blocked the others, how often.
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
        Map<String, Integer> blocked = new LinkedHashMap<>();
        for (String p : in.parties().ids()) blocked.put(p, 0);
        for (List<String> r : in.okRuns()) {
            String v = runs.get(r, RunsColumns.RATIFIED).trim();
            if (v.isEmpty()) continue;
            atTable++;
            if (v.equalsIgnoreCase("true")) ratified++;
            for (String p : runs.get(r, RunsColumns.BLOCKED_BY).split(";")) {
                if (!p.isBlank()) blocked.merge(p.trim(), 1, Integer::sum);
            }
        }
        int n = in.okRuns().size();
        StringBuilder h = new StringBuilder();
        h.append(Html.p("A package agreed at the table binds only once every party's officials ratify it at home. "
                + "The heads agreed a package at the table in " + atTable + " of " + n + " runs ("
                + AgreementSection.percent(atTable, n) + "); " + ratified + " of those were ratified by every party"
                + (atTable == 0 ? "." : " (" + AgreementSection.percent(ratified, atTable) + ").")));
        int refused = atTable - ratified;
        if (refused > 0) {
            if (runs.has(RunsColumns.BLOCKED_BY)) {
                List<String> who = new ArrayList<>();
                for (Map.Entry<String, Integer> e : blocked.entrySet()) {
                    if (e.getValue() > 0) {
                        who.add(ParameterLabels.party(in, e.getKey()) + "'s officials blocked " + e.getValue()
                                + " (" + AgreementSection.percent(e.getValue(), atTable) + " of the packages agreed at the table)");
                    }
                }
                h.append(Html.p(refused + " agreed package" + (refused == 1 ? " was" : "s were") + " not ratified: "
                        + String.join("; ", who) + ". Each party then gets its reservation, as with no agreement."));
            } else {
                h.append(Html.p(refused + " agreed package" + (refused == 1 ? " was" : "s were") + " not ratified; "
                        + "this runs.csv does not say by whom (it has no blocked_by column)."));
            }
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
