package org.entente.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.HangGuard;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Opens report.html in headless Chromium: every chart image must load, the console must stay
 * clean, the page must not scroll sideways in a 1,280 px window, and printed to PDF it must carry
 * every chart. Skipped only when Chromium is absent outside CI; under CI=true a missing browser fails.
 */
class ReportBrowserTest {
    private static final Pattern CHECK = Pattern.compile(
            "<p id=\"image-check\"[^>]*data-status=\"(\\w+)\"[^>]*data-loaded=\"(\\d+)\"[^>]*data-total=\"(\\d+)\"");

    /** What the browser saw: the DOM after scripts ran and its log. */
    record Page(String dom, String log) {
    }

    static Path chromium() {
        for (String c : new String[]{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (Files.isExecutable(Path.of(c))) return Path.of(c);
        }
        return null;
    }

    static Page open(Path html, Path profile) throws IOException, InterruptedException {
        return run(html, profile, List.of("--dump-dom"));
    }

    /** Runs headless Chromium on {@code html} with {@code flags}; its standard output is the page's dump. */
    static Page run(Path html, Path profile, List<String> flags) throws IOException, InterruptedException {
        Path browser = chromium();
        if (browser == null) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                fail("CI is set but Chromium is missing: install it (apt-get install chromium)");
            }
            Assumptions.abort("Chromium is not installed (apt-get install chromium); browser check skipped");
        }
        List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000"));
        cmd.addAll(flags);
        cmd.add(html.toUri().toString());
        Path out = profile.resolveSibling("dom.html");
        Path err = profile.resolveSibling("chromium.log");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(HangGuard.LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            fail("hung: Chromium did not finish within " + HangGuard.LIMIT.toMinutes() + " minutes");
        }
        return new Page(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void everyChartLoadsAndTheConsoleStaysClean(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("results"));
        ResultsFixture.gridSweep(dir, "<script>alert(1)</script>", 4);
        long charts = Report.renderCharts(dir).stream().filter(c -> c instanceof ChartResult.Rendered).count();
        Page page = open(dir.resolve("report.html"), tmp.resolve("profile"));
        Matcher m = CHECK.matcher(page.dom());
        assertThat(m.find()).as("image check in the dumped DOM:\n%s\nlog:\n%s", page.dom(), page.log()).isTrue();
        assertThat(m.group(1)).isEqualTo("ok");
        assertThat(Long.parseLong(m.group(2))).isEqualTo(charts);
        assertThat(Long.parseLong(m.group(3))).isEqualTo(charts);
        assertThat(page.dom()).contains("All " + charts + " charts loaded.");
        // the party name stayed text: no injected script ran or was parsed as an element
        assertThat(page.dom()).doesNotContain("<script>alert(1)</script>");
        assertThat(consoleErrors(page.log())).isEmpty();
    }

    @Test
    void aMissingChartIsReportedAsBroken(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("results"));
        ResultsFixture.gridSweep(dir, "Lesotho", 2);
        Report.render(dir);
        Files.delete(dir.resolve("charts/dance.png"));
        Page page = open(dir.resolve("report.html"), tmp.resolve("profile"));
        Matcher m = CHECK.matcher(page.dom());
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("broken");
        assertThat(page.dom()).contains("Charts that failed to load: charts/dance.png");
    }

    @Test
    void atA1280PxWindowThePageNeverScrollsSideways(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("results"));
        ResultsFixture.gridSweep(dir, "Kingdom of Lesotho, a state with a long name", 4);
        Report.render(dir);
        // a copy of the page that records, once loaded, how wide its content is
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8).replace("</body>",
                "<script>addEventListener('load', () => document.body.setAttribute('data-scroll-width', "
                        + "document.documentElement.scrollWidth));</script>\n</body>");
        Path probe = dir.resolve("width-probe.html");
        Files.writeString(probe, html, StandardCharsets.UTF_8);
        Page page = run(probe, tmp.resolve("profile"), List.of("--window-size=1280,900", "--hide-scrollbars", "--dump-dom"));
        Matcher m = Pattern.compile("data-scroll-width=\"(\\d+)\"").matcher(page.dom());
        assertThat(m.find()).as("width probe in the dumped DOM; log:\n%s", page.log()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isLessThanOrEqualTo(1280);
    }

    @Test
    void printsToPdfWithEveryChart(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("results"));
        ResultsFixture.gridSweep(dir, "Lesotho", 4);
        long charts = Report.renderCharts(dir).stream().filter(c -> c instanceof ChartResult.Rendered).count();
        Path pdf = tmp.resolve("report.pdf");
        run(dir.resolve("report.html"), tmp.resolve("profile"), List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf));
        assertThat(pdf).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // the hand-out's text and one page or more per chart, not an empty or runaway document
            assertThat(doc.getNumberOfPages()).isBetween((int) charts / 2, (int) charts * 3 + 10);
            assertThat(new PDFTextStripper().getText(doc)).contains("What was agreed", "Glossary", "Figure " + charts + ".");
            Set<COSBase> images = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : doc.getPages()) chartImages(page.getResources(), images, 0);
            assertThat(images).as("chart-sized images embedded in the PDF").hasSize((int) charts);
        }
    }

    /** The images of the charts' size (1200×750) in {@code resources}, looking inside form XObjects. */
    private static void chartImages(PDResources resources, Set<COSBase> out, int depth) throws IOException {
        if (resources == null || depth > 8) return;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject img && img.getWidth() == ChartStyle.WIDTH && img.getHeight() == ChartStyle.HEIGHT) {
                out.add(img.getCOSObject());
            } else if (x instanceof PDFormXObject form) {
                chartImages(form.getResources(), out, depth + 1);
            }
        }
    }

    /**
     * Console output of the page. Chromium logs every console message (console.error included) as
     * {@code INFO:CONSOLE}, without its level; the report logs nothing, so any message is a fault.
     */
    static List<String> consoleErrors(String log) {
        List<String> errors = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.contains("Uncaught") || line.contains(":CONSOLE")) errors.add(line);
        }
        return errors;
    }

    @Test
    void consoleMessagesInChromiumsLogAreCaught() {
        String log = "[1:1:1128/004624.424047:INFO:CONSOLE:1] \"boom\", source: file:///x.html (1)\n"
                + "[1:1:1128/004624.427492:INFO:CONSOLE:1] \"Uncaught ReferenceError: f is not defined\", source: x\n"
                + "[1:1:1128/004624.5:WARNING:gpu_init.cc(1)] unrelated\n";
        assertThat(consoleErrors(log)).hasSize(2);
    }
}
