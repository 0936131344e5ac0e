package org.entente.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The file formats a chart is written in: PNG (always, for the page), and on request SVG (Apache
 * Batik's SVG generator) and PDF (Apache PDFBox with the pdfbox-graphics2d bridge), both vector
 * and Apache-licensed. The vector forms are the same drawing as the PNG, for papers and posters.
 */
public enum ChartFormat {
    PNG, SVG, PDF;

    /** A PDF page's size relative to the chart's pixel size: 1200×750 px becomes 720×450 pt (25×16 cm). */
    private static final float PDF_SCALE = 0.6f;

    /** The id as configs and the command line write it: png, svg, pdf. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The chart's file in this format, named after its PNG ("dance.png" → "dance.svg"). */
    public String fileName(String png) {
        return png.replaceAll("\\.png$", "") + "." + id();
    }

    /** Parses "png,svg,pdf" (any case, spaces allowed); PNG is always included, first. */
    public static List<ChartFormat> parse(String list) {
        List<ChartFormat> out = new ArrayList<>(List.of(PNG));
        for (String s : list.split(",")) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) continue;
            ChartFormat f = of(t);
            if (f == null) throw new IllegalArgumentException("unknown chart format '" + s.trim() + "'; expected png, svg or pdf");
            if (!out.contains(f)) out.add(f);
        }
        return List.copyOf(out);
    }

    /** The format with this id, or null. */
    public static ChartFormat of(String id) {
        for (ChartFormat f : values()) if (f.id().equals(id)) return f;
        return null;
    }

    /** Writes {@code chart} at {@code width}×{@code height} to {@code out}. */
    void write(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        switch (this) {
            case PNG -> ChartUtils.writeChartAsPNG(out, chart, width, height);
            case SVG -> svg(chart, width, height, out);
            case PDF -> pdf(chart, width, height, out);
        }
    }

    private static void svg(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        Document doc = GenericDOMImplementation.getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setComment("Entente chart (Apache Batik SVG generator)");
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        g.stream(w, true);
        w.flush();
        g.dispose();
    }

    private static void pdf(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width * PDF_SCALE, height * PDF_SCALE));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(Matrix.getScaleInstance(PDF_SCALE, PDF_SCALE));
                cs.drawForm(g.getXFormObject());
            }
            doc.save(out);
        }
    }
}
