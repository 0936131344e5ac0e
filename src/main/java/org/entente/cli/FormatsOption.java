package org.entente.cli;

import org.entente.report.ChartFormat;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code --formats LIST}: the chart formats, in place of the experiment's outputs.formats (run, report). */
final class FormatsOption {
    @Option(names = "--formats", paramLabel = "LIST",
            description = "chart formats, e.g. png,svg,pdf (default: the experiment's outputs.formats; png is always written)")
    String formats;

    /** The formats --formats names, or null when it is not given; exit 2 naming a format there is not. */
    List<ChartFormat> parsed() {
        if (formats == null) return null;
        try {
            return ChartFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("--formats: " + e.getMessage());
        }
    }
}
