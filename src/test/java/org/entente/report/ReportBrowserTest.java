package org.entente.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Opens report.html in headless Chromium: every chart image must load and the console must stay
 * clean. Skipped only when Chromium is absent outside CI; under CI=true a missing browser fails.
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
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom",
                html.toUri().toString()));
        Path out = profile.resolveSibling("dom.html");
        Path err = profile.resolveSibling("chromium.log");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 90 s");
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
