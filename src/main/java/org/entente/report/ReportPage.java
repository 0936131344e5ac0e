package org.entente.report;

import org.entente.results.Csv;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * report.html: one self-contained page (no network, charts referenced relatively under charts/)
 * with the experiment's settings, the summary table and the captioned charts. Every text taken from
 * a config or CSV is HTML-escaped.
 */
public final class ReportPage {
    /** Rows of summary.csv shown in the page; the CSV holds them all. */
    public static final int SUMMARY_ROWS = 200;

    private ReportPage() {
    }

    /** Escapes &amp;, &lt;, &gt;, " and ' for element content and attribute values. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    public static String html(ReportInput in, CsvTable summary, List<ChartResult> charts) throws IOException {
        StringBuilder h = new StringBuilder(32_000);
        String scenario = in.scenarioName();
        String expName = ReportInput.text(in.experiment().path("name"));
        String title = "Entente report" + (scenario.isEmpty() ? "" : ": " + scenario)
                + (expName.isEmpty() ? "" : " (" + expName + ")");
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n<h1>").append(escape(title)).append("</h1>\n");
        String description = ReportInput.text(in.scenario().path("description"));
        if (!description.isBlank()) h.append("<p class=\"lead\">").append(escape(description)).append("</p>\n");
        h.append("<p id=\"image-check\" class=\"screen-only\" data-status=\"pending\">Checking charts…</p>\n");
        for (String note : in.notes()) h.append("<p class=\"note\">").append(escape(note)).append("</p>\n");

        boolean tournament = TournamentSection.applies(in);
        h.append("<nav><ul><li><a href=\"#settings\">Settings</a></li><li><a href=\"#summary\">Summary</a></li>");
        if (tournament) h.append("<li><a href=\"#").append(TournamentSection.ID).append("\">Tournament</a></li>");
        for (ChartResult c : charts) {
            if (c instanceof ChartResult.Rendered r) {
                h.append("<li><a href=\"#").append(escape(anchor(r.file()))).append("\">").append(escape(r.title()))
                        .append("</a></li>");
            }
        }
        h.append("</ul></nav>\n");

        settings(h, in);
        summary(h, summary);
        if (tournament) TournamentSection.append(h, in);
        h.append(SensitivitySection.html(in));

        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        int figure = 0;
        for (ChartResult c : charts) {
            if (c instanceof ChartResult.Rendered r) {
                figure++;
                h.append("<figure id=\"").append(escape(anchor(r.file()))).append("\">\n<img src=\"charts/")
                        .append(escape(r.file())).append("\" alt=\"").append(escape(r.title()))
                        .append("\" width=\"").append(ChartStyle.WIDTH).append("\" height=\"").append(ChartStyle.HEIGHT)
                        .append("\">\n<figcaption><strong>Figure ").append(figure).append(". ")
                        .append(escape(r.title())).append(".</strong> ").append(escape(r.caption()))
                        .append("</figcaption>\n</figure>\n");
            }
        }
        List<ChartResult.Skipped> skipped = new ArrayList<>();
        for (ChartResult c : charts) if (c instanceof ChartResult.Skipped s) skipped.add(s);
        if (!skipped.isEmpty()) {
            h.append("<h3>Charts not drawn</h3>\n<ul class=\"skipped\">\n");
            for (ChartResult.Skipped s : skipped) {
                h.append("<li><strong>").append(escape(s.title())).append(":</strong> ").append(escape(s.reason()))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
        h.append("<footer>Rendered by <code>entente report</code> from the files of this directory; run it again to "
                + "re-render. Tables: runs.csv, summary.csv, years_summary.csv, years.csv (see the project's outputs specification).</footer>\n");
        h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    static String anchor(String file) {
        return "fig-" + file.replaceAll("\\.png$", "").replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static void settings(StringBuilder h, ReportInput in) {
        h.append("<section id=\"settings\">\n<h2>Settings</h2>\n");
        JsonNode m = in.manifest();
        if (m.isMissingNode()) {
            h.append("<p class=\"note\">No manifest.json: the settings of this experiment are unknown.</p>\n</section>\n");
            return;
        }
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
        add(rows, "Protocol", in.protocol());
        add(rows, "Deadline (rounds)", ReportInput.text(ex.path("deadline")));
        add(rows, "Runs per design point", ReportInput.text(ex.path("runs")));
        add(rows, "Master seed", first(m.path("seed"), ex.path("seed")));
        add(rows, "Noise", noise(ex.path("noise")));
        boolean tournament = TournamentSection.applies(in);
        add(rows, "Strategies", tournament ? "a tournament between " + ex.path(TournamentSection.ID).path("entrants").size()
                + " entrants (below)" : strategies(in));
        add(rows, "Sweep", tournament ? "none: the tournament's pairings are the design points" : sweep(ex.path("sweep")));
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
        h.append("<table class=\"settings\">\n");
        for (String[] r : rows) {
            h.append("<tr><th scope=\"row\">").append(escape(r[0])).append("</th><td>").append(escape(r[1]))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
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

    private static String noise(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) return "";
        if (!n.isObject()) return ReportInput.text(n);
        StringBuilder b = new StringBuilder();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        boolean zero = true;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!b.isEmpty()) b.append(", ");
            b.append(e.getKey()).append(" ").append(ReportInput.text(e.getValue()));
            if (e.getValue().isNumber() && e.getValue().asDouble() != 0) zero = false;
            if (!e.getValue().isNumber()) zero = false;
        }
        return zero ? "none (" + b + ")" : b.toString();
    }

    private static String strategies(ReportInput in) {
        StringBuilder b = new StringBuilder();
        JsonNode overrides = in.experiment().path("strategies");
        JsonNode def = in.experiment().path("strategy");
        for (JsonNode p : in.scenario().path("parties")) {
            String id = ReportInput.text(p.path("id"));
            JsonNode s = overrides.has(id) ? overrides.path(id) : p.path("strategy");
            if (s.isMissingNode() || s.isNull()) s = def;
            if (s.isMissingNode() || s.isNull()) continue;
            if (!b.isEmpty()) b.append("; ");
            b.append(in.parties().name(id)).append(": ").append(strategy(s));
        }
        if (b.isEmpty() && !def.isMissingNode() && !def.isNull()) b.append("all: ").append(strategy(def));
        return b.toString();
    }

    /** A strategy as the manifest keeps it, in words: its type and parts, then its parameters. */
    static String strategy(JsonNode s) {
        if (!s.isObject()) return ReportInput.text(s);
        StringBuilder type = new StringBuilder(ReportInput.text(s.path("type")));
        s.path("parts").fields().forEachRemaining(e -> type.append(type.isEmpty() ? "" : ", ")
                .append(e.getKey()).append(' ').append(ReportInput.text(e.getValue())));
        StringBuilder params = new StringBuilder();
        JsonNode ps = s.has("params") ? s.path("params") : s;
        Iterator<Map.Entry<String, JsonNode>> it = ps.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("type") || e.getKey().equals("params")) continue;
            if (!params.isEmpty()) params.append(", ");
            params.append(e.getKey()).append(" = ").append(ReportInput.text(e.getValue()));
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

    private static void summary(StringBuilder h, CsvTable summary) {
        h.append("<section id=\"summary\">\n<h2>Summary by design point</h2>\n");
        if (summary.columns().isEmpty()) {
            h.append("<p class=\"note\">summary.csv is missing or empty.</p>\n</section>\n");
            return;
        }
        h.append("<p>One row per design point: the agreement rate with its 95% Wilson interval and each party's mean "
                + "utility with its 95% t interval (lo, hi).</p>\n");
        table(h, summary, "summary", SUMMARY_ROWS);
        if (summary.truncated() || summary.rows().size() > SUMMARY_ROWS) {
            h.append("<p class=\"note\">Only the first ").append(SUMMARY_ROWS).append(" design points are shown; "
                    + "summary.csv holds them all.</p>\n");
        }
        h.append("</section>\n");
    }

    /** The first {@code maxRows} rows of a CSV file as a scrolling HTML table, numbers shortened. */
    static void table(StringBuilder h, CsvTable t, String cssClass, int maxRows) {
        h.append("<div class=\"scroll\"><table class=\"").append(cssClass).append("\">\n<thead><tr>");
        for (String c : t.columns()) h.append("<th scope=\"col\">").append(escape(c)).append("</th>");
        h.append("</tr></thead>\n<tbody>\n");
        int n = 0;
        for (List<String> r : t.rows()) {
            if (n++ >= maxRows) break;
            h.append("<tr>");
            for (int i = 0; i < t.columns().size(); i++) {
                String v = i < r.size() ? r.get(i) : "";
                double d = Csv.toNumber(v);
                h.append(Double.isNaN(d) ? "<td>" : "<td class=\"num\">").append(escape(shortNumber(v, d)))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    /** Numbers shown with at most 4 significant digits; the CSV keeps full precision. */
    private static String shortNumber(String raw, double d) {
        if (Double.isNaN(d) || raw.indexOf('.') < 0 || raw.length() <= 6) return raw;
        return org.entente.model.Numbers.format(d, 4);
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   font-size: 17px; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
            main { max-width: 1240px; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
            h1 { font-size: 1.9rem; margin: 0.5rem 0 0.75rem; }
            h2 { font-size: 1.45rem; margin-top: 2.2rem; border-bottom: 2px solid #ddd; padding-bottom: 0.2rem; }
            h3 { font-size: 1.15rem; }
            .lead { font-size: 1.1rem; color: #333; }
            nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; }
            a { color: #0057a0; }
            table { border-collapse: collapse; font-size: 0.92rem; }
            th, td { border: 1px solid #ccc; padding: 0.3rem 0.55rem; text-align: left; vertical-align: top; }
            thead th { background: #f0f0f0; position: sticky; top: 0; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            table.settings th { background: #f6f6f6; width: 14rem; }
            table.settings td { word-break: break-word; }
            .scroll { overflow-x: auto; max-width: 100%; }
            figure { margin: 2rem 0; break-inside: avoid; page-break-inside: avoid; }
            figure img { width: 100%; height: auto; border: 1px solid #e4e4e4; }
            figcaption { margin-top: 0.5rem; font-size: 1rem; }
            .note { background: #fff6e0; border-left: 4px solid #e69f00; padding: 0.4rem 0.8rem; }
            #image-check { font-size: 0.85rem; color: #555; }
            #image-check[data-status="broken"] { color: #b00020; font-weight: bold; }
            footer { margin-top: 3rem; font-size: 0.85rem; color: #555; }
            @media print {
              body { font-size: 11pt; }
              main { max-width: none; padding: 0; }
              nav, .screen-only { display: none; }
              .scroll { overflow: visible; }
              thead th { position: static; }
              a { color: inherit; text-decoration: none; }
              h2 { break-after: avoid; page-break-after: avoid; }
            }
            """;

    /** Marks the page when every chart image has loaded (for the browser check and the reader). */
    private static final String SCRIPT = """
            window.addEventListener('load', function () {
              var imgs = document.images, broken = [];
              for (var i = 0; i < imgs.length; i++) {
                if (!(imgs[i].complete && imgs[i].naturalWidth > 0)) broken.push(imgs[i].getAttribute('src'));
              }
              var p = document.getElementById('image-check');
              p.setAttribute('data-status', broken.length ? 'broken' : 'ok');
              p.setAttribute('data-loaded', String(imgs.length - broken.length));
              p.setAttribute('data-total', String(imgs.length));
              p.textContent = broken.length ? 'Charts that failed to load: ' + broken.join(', ')
                : 'All ' + imgs.length + ' charts loaded.';
            });
            """;
}
