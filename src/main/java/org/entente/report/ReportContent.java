package org.entente.report;

import java.util.List;

/** What a section of report.html is made from: the results directory's files and the charts drawn from them. */
public record ReportContent(ReportInput in, List<ChartResult> charts) {
    public ReportContent {
        charts = List.copyOf(charts);
    }
}
