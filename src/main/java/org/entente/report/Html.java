package org.entente.report;

import org.entente.model.Escaping;

import java.util.List;

/** The few HTML pieces report.html is made of: escaped text, paragraphs and tables. */
final class Html {
    private Html() {
    }

    /** Escapes &amp;, &lt;, &gt;, " and ' for element content and attribute values. */
    static String escape(String s) {
        if (s == null) return "";
        return Escaping.replaceChars(s, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        });
    }

    /** A paragraph of escaped text. */
    static String p(String text) {
        return "<p>" + escape(text) + "</p>\n";
    }

    /** A highlighted note of escaped text. */
    static String note(String text) {
        return "<p class=\"note\">" + escape(text) + "</p>\n";
    }

    /**
     * A table of escaped text: a header row, then rows whose first cell is a row header. Cells
     * that read as numbers are right-aligned.
     */
    static String table(String cssClass, List<String> header, List<List<String>> rows) {
        StringBuilder h = new StringBuilder("<div class=\"table\"><table class=\"").append(cssClass).append("\">\n<thead><tr>");
        for (String c : header) h.append("<th scope=\"col\">").append(escape(c)).append("</th>");
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            h.append("<tr>");
            for (int i = 0; i < r.size(); i++) {
                String v = r.get(i);
                if (i == 0) h.append("<th scope=\"row\">").append(escape(v)).append("</th>");
                else h.append(numeric(v) ? "<td class=\"num\">" : "<td>").append(escape(v)).append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</tbody></table></div>\n").toString();
    }

    private static boolean numeric(String v) {
        return v.matches("[-+−]?[0-9][0-9.,]*( ?%| \\[.*\\])?");
    }
}
