package org.entente.cli;

import org.entente.report.ChartFormat;
import org.entente.report.Report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The charts and report.html after a run or merge: a failure is one line, and the CSV files stand. */
final class ReportStep {

    private ReportStep() {
    }

    /**
     * Renders {@code dir}'s charts in {@code formats} (null: as its manifest says) and report.html;
     * false, with one line on {@code stderr} naming the retry, when they could not be made.
     */
    static boolean render(Path dir, List<ChartFormat> formats, PrintWriter stderr) {
        try {
            Report.render(dir, formats);
            return true;
        } catch (Exception | LinkageError e) {
            stderr.println(ErrorLine.of("charts and report.html could not be made: " + ErrorLine.reason(e)
                    + " (the CSV files are complete; retry with ./entente report " + dir + ")"));
            return false;
        }
    }

    /** The line that points to the report. */
    static String where(Path dir) {
        return "Report: " + dir.resolve(Report.HTML) + " (open it in a browser)";
    }
}
