package org.entente.cli;

import org.entente.report.NotAResultsDirectoryException;
import org.entente.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `entente report DIR`: re-renders charts/ and report.html from a results directory (shared/spec/cli.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Re-render charts/ and report.html from a results directory's CSV files and manifest.")
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "a results directory (written by `entente run`)")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            Report.render(dir);
        } catch (NotAResultsDirectoryException e) {
            throw new Main.UserError(e.getMessage());
        }
        spec.commandLine().getOut().println("wrote " + dir.resolve(Report.HTML) + " and " + dir.resolve("charts"));
        return Main.OK;
    }
}
