package org.entente.reliability;

import org.entente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A config whose every free-text field carries markup, run end to end with charts: report.html
 * shows the text escaped and contains no element, attribute or script that came from the config.
 */
class ReportEscapingTest {
    static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void markupInEveryTextFieldOfAConfigIsEscapedInTheReport(@TempDir Path tmp) throws Exception {
        Path cfg = Files.writeString(tmp.resolve("hostile.yaml"), """
                scenario:
                  name: "Split %1$s"
                  description: "A <b onmouseover='x()'>bold</b> & \\"quoted\\" %1$s"
                  interests: [trade]
                  issues:
                    - id: share
                      label: "Share <img src=x onerror=alert(2)>"
                      interest: trade
                      min: 0
                      max: 1
                      step: 0.05
                  parties:
                    - id: a
                      name: "Party A %1$s"
                      preferences:
                        share: {direction: up}
                    - id: b
                      name: "Party <iframe src=//evil>B"
                      preferences:
                        share: {direction: down}
                experiment:
                  name: hostile
                  protocol: alternating_offers
                  deadline: 10
                  runs: 3
                  seed: 3
                """.formatted(SCRIPT));
        Path out = tmp.resolve("out");
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(new String[]{"run", cfg.toString(), "--out", out.toString(), "--quiet"},
                new PrintWriter(o, true), new PrintWriter(e, true));
        assertThat(code).as(e.toString()).isZero();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("Split &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<b onmouseover").doesNotContain("<img src=x")
                .doesNotContain("<iframe").doesNotContain("onerror=alert(2)>");
        // the page's own script (chart interactions) is the only one
        assertThat(html.toLowerCase().split("<script", -1).length - 1).isLessThanOrEqualTo(1);
        assertThat(html.toLowerCase().split("<iframe|<img src=x|<b onmouseover", -1)).hasSize(1);
    }
}
