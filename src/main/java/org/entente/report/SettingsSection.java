package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The experiment's settings from manifest.json (scenario, protocol, deadline, runs, seed, noise,
 * strategies, sweep, command, config hash, times, versions); a swept setting shows its values.
 */
final class SettingsSection implements ReportSection {
    @Override
    public String body(ReportContent content) {
        ReportInput in = content.in();
        JsonNode m = in.manifest();
        if (m.isMissingNode()) return Html.note("No manifest.json: the settings of this experiment are unknown.");
        SweptPaths swept = SweptPaths.of(in);
        JsonNode ex = in.experiment();
        List<String[]> rows = new ArrayList<>();
        add(rows, "Scenario", in.scenarioName());
        StringBuilder parties = new StringBuilder();
        for (String id : in.parties().ids()) {
            if (!parties.isEmpty()) parties.append(", ");
            String name = in.parties().name(id);
            parties.append(name.equals(id) ? id : name + " (" + id + ")");
        }
        add(rows, "Parties", parties.toString());
        StringBuilder issues = new StringBuilder();
        for (Map.Entry<String, String[]> e : in.issues().entrySet()) {
            if (!issues.isEmpty()) issues.append("; ");
            issues.append(e.getValue()[0].isBlank() ? e.getKey() : e.getValue()[0] + " (" + e.getKey() + ")");
            if (!e.getValue()[1].isBlank()) issues.append(", in ").append(e.getValue()[1]);
        }
        add(rows, "Issues", issues.toString());
        add(rows, "Protocol", swept.show("experiment.protocol", in.protocol()));
        add(rows, "Deadline (rounds)", swept.show("experiment.deadline", ReportInput.text(ex.path("deadline"))));
        add(rows, "Runs per design point", ReportInput.text(ex.path("runs")));
        add(rows, "Master seed", first(m.path("seed"), ex.path("seed")));
        add(rows, "Noise", noise(ex.path("noise"), swept));
        add(rows, "Strategies", strategies(in, swept));
        add(rows, "Sweep", sweep(ex.path("sweep")));
        add(rows, "Runs (total / failed)", join(ReportInput.text(m.path("runs_total")),
                ReportInput.text(m.path("runs_failed"))));
        add(rows, "Command", command(m.path("command")));
        add(rows, "Status", ReportInput.text(m.path("status")));
        add(rows, "Config SHA-256", ReportInput.text(m.path("config_sha256")));
        add(rows, "Started", ReportInput.text(m.path("started")));
        add(rows, "Finished", ReportInput.text(m.path("finished")));
        add(rows, "Shard", ReportInput.text(m.path("shard")));
        add(rows, "Versions", join(ReportInput.text(m.path("version")).isEmpty() ? "" : "entente "
                + ReportInput.text(m.path("version")), ReportInput.text(m.path("java")).isEmpty() ? ""
                : "Java " + ReportInput.text(m.path("java")), ReportInput.text(m.path("jade")).isEmpty() ? ""
                : "JADE " + ReportInput.text(m.path("jade"))));
        StringBuilder h = new StringBuilder("<table class=\"settings\">\n");
        for (String[] r : rows) {
            h.append("<tr><th scope=\"row\">").append(Html.escape(r[0])).append("</th><td>").append(Html.escape(r[1]))
                    .append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    /** The command line: the manifest's argument list (or string), as one would type it. */
    static String command(JsonNode c) {
        if (!c.isArray()) return ReportInput.text(c);
        List<String> args = new ArrayList<>();
        for (JsonNode a : c) {
            String s = a.asText();
            args.add(s.isEmpty() || s.matches(".*[\\s'\"$`\\\\].*") ? "'" + s.replace("'", "'\\''") + "'" : s);
        }
        if (args.isEmpty()) return "";
        return (args.get(0).contains("entente") ? "" : "entente ") + String.join(" ", args);
    }

    private static void add(List<String[]> rows, String key, String value) {
        if (value != null && !value.isBlank()) rows.add(new String[]{key, value});
    }

    private static String first(JsonNode a, JsonNode b) {
        String s = ReportInput.text(a);
        return s.isEmpty() ? ReportInput.text(b) : s;
    }

    private static String join(String... parts) {
        List<String> keep = new ArrayList<>();
        for (String p : parts) if (p != null && !p.isBlank()) keep.add(p);
        return String.join(keep.size() == 2 && parts.length == 2 && !parts[0].contains(" ") ? " / " : ", ", keep);
    }

    private static String noise(JsonNode n, SweptPaths swept) {
        if (n.isMissingNode() || n.isNull()) return "";
        if (!n.isObject()) return ReportInput.text(n);
        StringBuilder b = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        boolean zero = true;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!b.isEmpty()) b.append(", ");
            b.append(e.getKey()).append(" ").append(swept.show("experiment.noise." + e.getKey(),
                    ReportInput.text(e.getValue())));
            if (swept.isSwept("experiment.noise." + e.getKey())) zero = false;
            if (e.getValue().isNumber() && e.getValue().asDouble() != 0) zero = false;
            if (!e.getValue().isNumber()) zero = false;
        }
        return zero ? "none (" + b + ")" : b.toString();
    }

    private static String strategies(ReportInput in, SweptPaths swept) {
        StringBuilder b = new StringBuilder();
        JsonNode overrides = in.experiment().path("strategies");
        JsonNode def = in.experiment().path("strategy");
        for (JsonNode p : in.scenario().path("parties")) {
            String id = ReportInput.text(p.path("id"));
            JsonNode s = overrides.has(id) ? overrides.path(id) : p.path("strategy");
            if (s.isMissingNode() || s.isNull()) s = def;
            if (s.isMissingNode() || s.isNull()) continue;
            if (!b.isEmpty()) b.append("; ");
            b.append(in.parties().name(id)).append(": ").append(strategy(s, swept, "experiment.strategies." + id + "."));
        }
        if (b.isEmpty() && !def.isMissingNode() && !def.isNull()) b.append("all: ").append(strategy(def, swept, "experiment.strategy."));
        return b.toString();
    }

    /** A strategy in words, "linear (two_level = 1)", none of its parameters swept. */
    static String strategy(JsonNode s) {
        return strategy(s, new SweptPaths(Map.of()), "");
    }

    /** "linear (two_level = 1)", with "swept: …" for a parameter whose path {@code at}+name was swept. */
    private static String strategy(JsonNode s, SweptPaths swept, String at) {
        if (!s.isObject()) return ReportInput.text(s);
        StringBuilder type = new StringBuilder(swept.show(at + "type", ReportInput.text(s.path("type"))));
        s.path("parts").fields().forEachRemaining(e -> type.append(type.isEmpty() ? "" : ", ")
                .append(e.getKey()).append(' ').append(ReportInput.text(e.getValue())));
        StringBuilder params = new StringBuilder();
        JsonNode ps = s.has("params") ? s.path("params") : s;
        Iterator<Map.Entry<String, JsonNode>> it = ps.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("type") || e.getKey().equals("params")) continue;
            if (!params.isEmpty()) params.append(", ");
            params.append(e.getKey()).append(swept.isSwept(at + e.getKey()) ? " " : " = ")
                    .append(swept.show(at + e.getKey(), ReportInput.text(e.getValue())));
        }
        return type + (params.isEmpty() ? "" : " (" + params + ")");
    }

    private static String sweep(JsonNode s) {
        JsonNode params = s.path("parameters");
        if (!params.isArray() || params.isEmpty()) return "none (one design point)";
        StringBuilder b = new StringBuilder(ReportInput.text(s.path("design")).toLowerCase(java.util.Locale.ROOT));
        String samples = ReportInput.text(s.path("samples"));
        if (!samples.isEmpty() && !samples.equals("0")) b.append(", ").append(samples).append(" samples");
        b.append(": ");
        boolean firstParam = true;
        for (JsonNode p : params) {
            if (!firstParam) b.append("; ");
            firstParam = false;
            b.append(ReportInput.text(p.path("path")));
            JsonNode values = p.path("values");
            if (values.isArray() && !values.isEmpty()) {
                List<String> v = new ArrayList<>();
                for (JsonNode x : values) v.add(ReportInput.text(x));
                b.append(" in [").append(String.join(", ", v)).append("]");
            } else {
                b.append(" from ").append(ReportInput.text(p.path("min"))).append(" to ")
                        .append(ReportInput.text(p.path("max")));
                String steps = ReportInput.text(p.path("steps"));
                if (!steps.isEmpty()) b.append(" in ").append(steps).append(" steps");
            }
        }
        return b.toString();
    }

}
