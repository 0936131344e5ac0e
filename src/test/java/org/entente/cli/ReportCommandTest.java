package org.entente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void directoryThatIsNotResultsExitsWithTwoAndOneLine(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "report", dir.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("entente: ").contains("is not a results directory");
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void missingDirectoryExitsWithTwo(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "report", dir.resolve("nope").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("is not a directory");
    }

    @Test
    void resultsDirectoryIsRerendered(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("runs.csv"), """
                run_id,point,replicate,seed,protocol,agreement,ratified,rounds,issue.share,utility.a,utility.b,welfare,nash_product,status,error
                0,0,0,11,alternating_offers,true,true,5,0.5,0.5,0.5,1,0.25,ok,
                """);
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "report", dir.toString())).isEqualTo(Main.OK);
        assertThat(dir.resolve("report.html")).exists();
        assertThat(dir.resolve("charts/utility-distribution.png")).exists();
        assertThat(out.toString()).contains("report.html");
    }

    @Test
    void missingArgumentIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "report")).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains("DIR");
    }
}
