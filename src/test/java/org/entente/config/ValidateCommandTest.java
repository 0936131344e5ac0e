package org.entente.config;

import org.entente.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** `entente validate` over several files: ok lines on stdout, errors on stderr, exit 2 if any is invalid. */
class ValidateCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[]{String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void mixedFilesReportEachAndExitTwo() {
        String[] r = run("validate", "src/test/resources/valid/scenario-only.yaml",
                "src/test/resources/broken/range-discount.yaml", "src/test/resources/valid/two-party-split.yaml");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1].lines().toList()).containsExactly("src/test/resources/valid/scenario-only.yaml: ok",
                "src/test/resources/valid/two-party-split.yaml: ok");
        assertThat(r[2]).startsWith("src/test/resources/broken/range-discount.yaml:16:17: ");
    }

    @Test
    void missingFileIsOneCleanLine() {
        String[] r = run("validate", "no/such/file.yaml");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2].trim()).isEqualTo("no/such/file.yaml: cannot read: no such file");
    }

    @Test
    void directoryIsRefused() {
        String[] r = run("validate", "src/test/resources/valid");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("cannot read: it is a directory");
    }

    @Test
    void noFileIsAUsageError() {
        String[] r = run("validate");
        assertThat(r[0]).isEqualTo("2");
    }
}
