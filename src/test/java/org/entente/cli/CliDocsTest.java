package org.entente.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/cli.md, the users' command-line reference, names every command and every option it has. */
class CliDocsTest {

    @Test
    void everyOptionOfEveryCommandIsDocumentedInItsSection() throws IOException {
        String doc = Files.readString(Path.of("docs/cli.md"));
        CommandLine top = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, CommandLine> c : top.getSubcommands().entrySet()) {
            String section = section(doc, "## entente " + c.getKey());
            if (section == null) {
                missing.add("no section '## entente " + c.getKey() + "'");
                continue;
            }
            for (OptionSpec o : c.getValue().getCommandSpec().options()) {
                if (o.hidden() || o.usageHelp() || o.versionHelp()) continue;
                if (!section.contains("`" + o.longestName() + " ") && !section.contains("`" + o.longestName() + "`")) {
                    missing.add("entente " + c.getKey() + " " + o.longestName());
                }
            }
            for (PositionalParamSpec p : c.getValue().getCommandSpec().positionalParameters()) {
                if (!p.hidden() && !section.contains("`" + p.paramLabel())) {
                    missing.add("entente " + c.getKey() + " " + p.paramLabel());
                }
            }
        }
        assertThat(missing).as("commands and options missing from docs/cli.md (document each in its command's section)")
                .isEmpty();
    }

    @Test
    void theExitCodesAreTheOnesMainReturns() throws IOException {
        String codes = section(Files.readString(Path.of("docs/cli.md")), "## Exit codes");
        assertThat(codes).isNotNull();
        for (int code : new int[]{Main.OK, Main.FAILED, Main.BAD_INPUT, Main.INTERRUPTED}) {
            assertThat(codes).contains("| " + code + " |");
        }
    }

    /** The text from the heading to the next heading of the same level, or null. */
    private static String section(String doc, String heading) {
        int start = doc.indexOf("\n" + heading + "\n");
        if (start < 0) return null;
        int end = doc.indexOf("\n## ", start + heading.length() + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }
}
