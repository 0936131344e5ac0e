package org.entente.cli;

import org.entente.report.ChartFormat;
import org.entente.report.NotAResultsDirectoryException;
import org.entente.report.Report;
import org.entente.report.ReportInput;
import org.entente.results.DirectoryLock;
import org.entente.results.ResultsDirectory;
import org.entente.results.SensitivityFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * `entente report DIR`: re-renders charts/ and report.html (and recomputes sensitivity.csv of a
 * sensitivity design) from a results directory (docs/cli.md),
 * holding the directory's lock so that no run or merge writes it meanwhile.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Re-render charts/ and report.html from a results directory's CSV files and manifest.")
public final class ReportCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "a results directory (written by run, merge or classroom)")
    Path dir;

    @Mixin FormatsOption formats;

    @Override
    public Integer call() throws Exception {
        List<ChartFormat> chartFormats = formats.parsed();
        try {
            ReportInput.check(dir);
        } catch (NotAResultsDirectoryException e) {
            throw new Main.UserError(e.getMessage());
        }
        DirectoryLock lock;
        try {
            lock = DirectoryLock.take(dir, "report");
        } catch (IOException e) {
            throw new Main.UserError("cannot write the report in " + dir + ": " + ErrorLine.reason(e));
        }
        try (lock) {
            if (lock.unavailable() != null) err().println(ErrorLine.warning(lock.unavailable()));
            ResultsDirectory.removeLeftovers(dir);
            SensitivityFile.rewrite(dir);
            Report.render(dir, chartFormats);
        } catch (NotAResultsDirectoryException e) {
            throw new Main.UserError(e.getMessage());
        }
        out().println("Charts written to " + dir.resolve(ResultsDirectory.CHARTS));
        out().println(ReportStep.where(dir));
        return Main.OK;
    }
}
