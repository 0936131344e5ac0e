package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** An issue's values and a party's wish on it, in words, from the manifest's config. */
final class IssueValues {
    private IssueValues() {
    }

    /** The issue's unit ("" when none). */
    static String unit(JsonNode issue) {
        return ReportInput.text(issue.path("unit"));
    }

    /** A value with the issue's unit: "120 US$ M/yr", "40%", "joint_statement". */
    static String withUnit(JsonNode issue, String value) {
        if (value.isBlank()) return value;
        String u = unit(issue);
        if (u.isEmpty() || issue.path("options").isArray()) return value;
        return value + (u.equals("%") ? "" : " ") + u;
    }

    /** "0 to 120 US$ M/yr in steps of 20", or "one of: none, joint_statement, …". */
    static String range(JsonNode issue, SweptPaths swept) {
        String at = "issues." + ReportInput.text(issue.path("id")) + ".";
        if (issue.path("options").isArray()) {
            List<String> o = new ArrayList<>();
            for (JsonNode x : issue.path("options")) o.add(x.asText());
            return "one of: " + String.join(", ", o);
        }
        String u = unit(issue);
        return swept.show(at + "min", ScenarioSection.num(issue.path("min"))) + " to "
                + swept.show(at + "max", ScenarioSection.num(issue.path("max"))) + (u.isEmpty() ? "" : u.equals("%") ? u : " " + u)
                + " in steps of " + swept.show(at + "step", ScenarioSection.num(issue.path("step")));
    }

    /** What {@code party} wants on {@code issue}: "more", "less", "about 15%", or its best option; with the issue's share of its weight. */
    static String wish(JsonNode party, JsonNode issue) {
        String id = ReportInput.text(issue.path("id"));
        JsonNode pref = party.path("preferences").path(id);
        String share = share(party, id);
        if (pref.isMissingNode() || pref.isNull()) return "indifferent";
        String want;
        if (pref.has("ideal")) {
            want = "about " + withUnit(issue, ScenarioSection.num(pref.path("ideal")));
        } else if (pref.has("up")) {
            want = pref.path("up").asBoolean() ? "more" : "less";
        } else if (pref.has("at_min") || pref.has("atMin")) {
            double lo = pref.has("at_min") ? pref.path("at_min").asDouble() : pref.path("atMin").asDouble();
            double hi = pref.has("at_max") ? pref.path("at_max").asDouble() : pref.path("atMax").asDouble();
            want = hi > lo ? "more" : hi < lo ? "less" : "indifferent";
        } else if (pref.path("values").isObject()) {
            String best = null;
            double top = Double.NEGATIVE_INFINITY;
            Iterator<Map.Entry<String, JsonNode>> it = pref.path("values").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().asDouble() > top) {
                    top = e.getValue().asDouble();
                    best = e.getKey();
                }
            }
            want = best == null ? "indifferent" : best;
        } else {
            want = "see the config";
        }
        return want + share;
    }

    /** ", 17% of its weight" when the party weighs the issues unequally, else "". */
    private static String share(JsonNode party, String issue) {
        JsonNode w = party.path("weights");
        if (!w.isObject() || w.isEmpty()) return "";
        double total = 0;
        boolean equal = true;
        double first = Double.NaN;
        for (JsonNode v : w) {
            total += v.asDouble();
            if (Double.isNaN(first)) first = v.asDouble();
            equal &= v.asDouble() == first;
        }
        if (equal || total <= 0 || !w.has(issue)) return "";
        return " (" + ScenarioSection.percent(w.path(issue).asDouble() / total) + " of its weight)";
    }
}
