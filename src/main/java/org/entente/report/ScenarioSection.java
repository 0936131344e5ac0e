package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The scenario in plain words, from the manifest's config: each party with what no deal is worth
 * to it, its patience and its ratification rule; its officials with their power and stakes; the
 * issues with labels, ranges, units and what each party wants. Swept settings say so.
 */
final class ScenarioSection implements ReportSection {
    @Override
    public String body(ReportContent content) {
        ReportInput in = content.in();
        JsonNode scenario = in.scenario();
        if (!scenario.path("parties").isArray() || scenario.path("parties").isEmpty()) return "";
        SweptPaths swept = SweptPaths.of(in);
        StringBuilder h = new StringBuilder();
        for (JsonNode p : scenario.path("parties")) party(h, in, swept, p);
        h.append("<h3>The issues on the table</h3>\n");
        h.append(issues(in, swept));
        return h.toString();
    }

    private static void party(StringBuilder h, ReportInput in, SweptPaths swept, JsonNode p) {
        String id = ReportInput.text(p.path("id"));
        String name = in.parties().name(id);
        String at = "parties." + id + ".";
        h.append("<h3>").append(Html.escape(name)).append("</h3>\n");
        double discount = p.path("discount").isNumber() ? p.path("discount").asDouble() : 1;
        String patience = swept.isSwept(at + "discount") ? "Its discount factor is " + swept.show(at + "discount", "")
                + " (a deal's worth is multiplied by it for each round of delay)."
                : discount < 1 ? "Each round of delay multiplies a deal's worth to it by its discount factor "
                + num(p.path("discount")) + "." : "It is patient: a deal is worth as much late as early (discount 1).";
        StringBuilder rule = new StringBuilder("A package is ratified when officials holding at least ")
                .append(swept.isSwept(at + "ratification") ? swept.show(at + "ratification", "")
                        : percent(p.path("ratification").asDouble(0.5))).append(" of its power approve");
        List<String> vetoes = new ArrayList<>();
        for (JsonNode o : p.path("officials")) {
            if (o.path("veto").asBoolean(false)) vetoes.add(ParameterLabels.officialTitle(o));
        }
        if (!vetoes.isEmpty()) rule.append(", and only if ").append(String.join(" and ", vetoes))
                .append(vetoes.size() == 1 ? " (which holds a veto) approves" : " (which hold vetoes) approve");
        h.append(Html.p("No deal is worth " + swept.show(at + "reservation", num(p.path("reservation")))
                + " to " + name + " (its reservation utility, on a 0–1 scale: it accepts nothing worth less). "
                + patience + " " + rule + "."));
        if (p.path("officials").isEmpty()) return;
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode o : p.path("officials")) {
            String oid = ReportInput.text(o.path("id"));
            String oat = at + "officials." + oid + ".";
            List<String> row = new ArrayList<>();
            row.add(ReportInput.text(o.path("title")).isBlank() ? oid : ReportInput.text(o.path("title")));
            row.add((o.path("head").asBoolean(false) ? "head of delegation" : "")
                    + (o.path("veto").asBoolean(false) ? (o.path("head").asBoolean(false) ? ", " : "") + "veto" : ""));
            row.add(swept.show(oat + "power", percent(o.path("power").asDouble())));
            row.add(stakes(o.path("interests"), swept, oat + "interests."));
            row.add(swept.show(oat + "reservation", num(o.path("reservation"))));
            rows.add(row);
        }
        h.append(Html.table("officials", List.of("Official", "Role", "Share of power", "Stakes (weight of each interest)",
                "Approves a package worth at least (0–1)"), rows));
    }

    private static String stakes(JsonNode interests, SweptPaths swept, String at) {
        double total = 0;
        for (JsonNode v : interests) total += v.asDouble();
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = interests.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String base = total > 0 ? percent(e.getValue().asDouble() / total) : num(e.getValue());
            parts.add(e.getKey() + " " + swept.show(at + e.getKey(), base));
        }
        return String.join(", ", parts);
    }

    private static String issues(ReportInput in, SweptPaths swept) {
        List<String> header = new ArrayList<>(List.of("Issue", "Values", "Serves interest"));
        for (String p : in.parties().ids()) header.add(ParameterLabels.party(in, p) + " wants");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode i : in.scenario().path("issues")) {
            String id = ReportInput.text(i.path("id"));
            String label = ReportInput.text(i.path("label"));
            List<String> row = new ArrayList<>();
            row.add(label.isBlank() || label.equals(id) ? id : label + " (" + id + ")");
            row.add(IssueValues.range(i, swept));
            row.add(ReportInput.text(i.path("interest")));
            for (JsonNode p : in.scenario().path("parties")) row.add(IssueValues.wish(p, i));
            rows.add(row);
        }
        return Html.table("issues", header, rows);
    }

    static String num(JsonNode n) {
        return SweptPaths.number(ReportInput.text(n));
    }

    /** A share as a percentage: whole percent from 1% up ("17%"), else two significant digits ("0.25%"). */
    static String percent(double share) {
        double p = 100 * share;
        return (Math.abs(p) >= 1 || p == 0 ? Long.toString(Math.round(p)) : org.entente.model.Numbers.format(p, 2)) + "%";
    }
}
