package org.entente.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * report.html: one self-contained page (no network; charts referenced relatively under charts/)
 * made of {@link #SECTIONS}, in order, each with its heading and an entry in the contents. It is a
 * hand-out: the scenario and the outcome in words first, the numbers and charts after, then the
 * settings, files and a glossary. Every text taken from a config or CSV is HTML-escaped.
 */
public final class ReportPage {
    /** The page's sections, in order; a new section is one class and one line here. */
    static final List<TitledSection> SECTIONS = List.of(
            new TitledSection("scenario", "The scenario", new ScenarioSection()),
            new TitledSection("agreement", "What was agreed", new AgreementSection()),
            new TitledSection("ratification", "Ratification at home", new RatificationSection()),
            new TitledSection("summary", "Summary by design point", new SummarySection()),
            new TitledSection("tournament", "Tournament", new TournamentSection()),
            new TitledSection("sensitivity", "Sensitivity", new SensitivitySection()),
            new TitledSection("charts", "Charts", new ChartsSection()),
            new TitledSection("settings", "Settings", new SettingsSection()),
            new TitledSection("files", "Files and sources", new FilesSection()),
            new TitledSection("glossary", "Glossary", new GlossarySection()));

    /** A section of the page: its anchor (letters, digits and '-'), its heading in words, and what writes its body. */
    record TitledSection(String id, String title, ReportSection section) {
    }

    private ReportPage() {
    }

    /** Escapes &amp;, &lt;, &gt;, " and ' for element content and attribute values. */
    public static String escape(String s) {
        return Html.escape(s);
    }

    public static String html(ReportInput in, List<ChartResult> charts) throws IOException {
        ReportContent content = new ReportContent(in, charts);
        String scenario = in.scenarioName();
        String expName = ReportInput.text(in.experiment().path("name"));
        String title = "Entente report" + (scenario.isEmpty() ? "" : ": " + scenario)
                + (expName.isEmpty() ? "" : " (" + expName + ")");
        List<String[]> parts = new ArrayList<>();
        for (TitledSection s : SECTIONS) {
            String body = s.section().body(content);
            if (!body.isBlank()) parts.add(new String[]{s.id(), s.title(), body});
        }
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        String description = ReportInput.text(in.scenario().path("description"));
        if (!description.isBlank()) h.append("<p class=\"lead\">").append(Html.escape(description)).append("</p>\n");
        h.append("<p id=\"image-check\" class=\"screen-only\" data-status=\"pending\">Checking charts…</p>\n");
        for (String note : in.notes()) h.append(Html.note(note));
        h.append("<nav><ul>");
        for (String[] p : parts) {
            h.append("<li><a href=\"#").append(p[0]).append("\">").append(Html.escape(p[1])).append("</a></li>");
        }
        h.append("</ul></nav>\n");
        for (String[] p : parts) {
            h.append("<section id=\"").append(p[0]).append("\">\n<h2>").append(Html.escape(p[1])).append("</h2>\n")
                    .append(p[2]).append("</section>\n");
        }
        h.append("<footer>Rendered by <code>entente report</code> from the files of this directory; run it again to "
                + "re-render. Tables: runs.csv, summary.csv, years_summary.csv, years.csv (every column is described "
                + "in Entente's docs/outputs.md).</footer>\n");
        h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
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
            table { border-collapse: collapse; font-size: 0.92rem; width: 100%; }
            th, td { border: 1px solid #ccc; padding: 0.3rem 0.55rem; text-align: left; vertical-align: top;
                     overflow-wrap: break-word; }
            thead th { background: #f0f0f0; font-weight: 600; }
            tbody th { background: #fafafa; font-weight: 600; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; overflow-wrap: normal; }
            table.packages td.num { text-align: left; }
            table.settings th { background: #f6f6f6; width: 14rem; }
            .table { max-width: 100%; margin: 0.8rem 0; }
            dl.glossary dt { font-weight: 600; margin-top: 0.6rem; }
            dl.glossary dd { margin-left: 1.5rem; }
            code { overflow-wrap: break-word; }
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
              table { font-size: 9pt; }
              thead { display: table-header-group; }
              tr, dt, dd { break-inside: avoid; page-break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
              .formats { display: none; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              figure img { max-height: 60vh; width: auto; max-width: 100%; }
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
