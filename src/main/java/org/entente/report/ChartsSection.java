package org.entente.report;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts, numbered, each with a caption that says what it shows and how to read it, links to
 * its vector forms when they were drawn, then the charts that could not be drawn and why.
 */
final class ChartsSection implements ReportSection {
    @Override
    public String body(ReportContent content) {
        StringBuilder h = new StringBuilder();
        int figure = 0;
        for (ChartResult c : content.charts()) {
            if (!(c instanceof ChartResult.Rendered r)) continue;
            figure++;
            h.append("<figure id=\"").append(Html.escape(anchor(r.file()))).append("\">\n<img src=\"charts/")
                    .append(Html.escape(r.file())).append("\" alt=\"").append(Html.escape(r.title()))
                    .append("\" width=\"").append(ChartStyle.WIDTH).append("\" height=\"").append(ChartStyle.HEIGHT)
                    .append("\">\n<figcaption><strong>Figure ").append(figure).append(". ")
                    .append(Html.escape(r.title())).append(".</strong> ").append(Html.escape(r.caption()))
                    .append(vectors(content.in(), r.file())).append("</figcaption>\n</figure>\n");
        }
        List<ChartResult.Skipped> skipped = new ArrayList<>();
        for (ChartResult c : content.charts()) if (c instanceof ChartResult.Skipped s) skipped.add(s);
        if (!skipped.isEmpty()) {
            h.append("<h3>Charts not drawn</h3>\n<ul class=\"skipped\">\n");
            for (ChartResult.Skipped s : skipped) {
                h.append("<li><strong>").append(Html.escape(s.title())).append(":</strong> ")
                        .append(Html.escape(s.reason())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        return h.toString();
    }

    /** " Also as SVG, PDF." with links, for the vector files drawn beside the PNG. */
    private static String vectors(ReportInput in, String png) {
        List<String> links = new ArrayList<>();
        for (ChartFormat f : ChartFormat.values()) {
            if (f == ChartFormat.PNG) continue;
            String file = f.fileName(png);
            if (Files.isRegularFile(in.charts().resolve(file))) {
                links.add("<a href=\"charts/" + Html.escape(file) + "\">" + f.name() + "</a>");
            }
        }
        return links.isEmpty() ? "" : " <span class=\"formats\">Also as " + String.join(", ", links) + ".</span>";
    }

    static String anchor(String file) {
        return "fig-" + file.replaceAll("\\.png$", "").replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
