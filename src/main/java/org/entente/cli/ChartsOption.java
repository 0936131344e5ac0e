package org.entente.cli;

import picocli.CommandLine.Option;

/** {@code --no-charts}: results without charts and report.html, whatever the experiment asks for (run, merge). */
final class ChartsOption {
    @Option(names = "--no-charts", description = "skip charts and report.html")
    boolean noCharts;

    /** True when charts and the report are drawn: the experiment asks for them and --no-charts is not given. */
    boolean drawn(boolean experimentAsks) {
        return experimentAsks && !noCharts;
    }
}
