package org.entente.results;

import org.entente.experiment.RunPlan;
import org.entente.model.Experiment;
import org.entente.model.YearsOutput;
import org.entente.outcome.ImplementationModel;

import java.util.Locale;

/**
 * What a run will write, estimated before it starts from the files' widths (cells per row times
 * the bytes a cell takes on average in Entente's CSV, measured on the default scenario), so a
 * user can shrink a large experiment before filling a disk.
 *
 * @param bytes      the estimated size of everything written
 * @param yearsBytes of that, years.csv's share
 */
public record OutputEstimate(long bytes, long yearsBytes) {
    /** Above this, {@link #warning} has something to say. */
    public static final long LARGE = 1L << 30;
    /** Average bytes of a cell with its comma (measured: 8.1 in years.csv, 9.2 in runs.csv of the default scenario). */
    private static final double CELL = 8.6;
    /** How much smaller gzip makes Entente's CSV (measured: 2.8 for years.csv, 3.2 for runs.csv, see docs/performance.md). */
    private static final double GZIP_RATIO = 2.8;

    public static OutputEstimate of(RunPlan plan) {
        Layout layout = Layout.of(plan);
        Experiment.Outputs outputs = plan.config().experiment().outputs();
        long runs = plan.size();
        double runsBytes = runs * (RunsColumns.schema(layout).width() * CELL);
        int years = plan.config().scenario().implementation().years();
        double yearRow = (3 + ImplementationModel.columns().size()) * CELL;
        long keptRuns = switch (outputs.years()) {
            case ALL -> runs;
            case SAMPLE -> Math.min(runs, (long) plan.points().size() * YearsOutput.SAMPLE_REPLICATES);
            case NONE -> 0;
        };
        double yearsBytes = keptRuns * (double) years * layout.parties().size() * yearRow;
        double roundsBytes = plan.trace() ? runs * (double) plan.config().experiment().deadline()
                * RoundsColumns.schema(layout).width() * CELL : 0;
        double summaryBytes = plan.points().size() * (double) years * layout.parties().size()
                * ImplementationModel.columns().size() * 12 * CELL;
        double total = runsBytes + yearsBytes + roundsBytes + summaryBytes;
        double shrink = outputs.compress() ? GZIP_RATIO : 1;
        return new OutputEstimate((long) (total / shrink), (long) (yearsBytes / shrink));
    }

    /** One line for a run that passes {@link #LARGE}, naming the setting that shrinks it most; null otherwise. */
    public String warning(Experiment.Outputs outputs) {
        if (bytes <= LARGE) return null;
        String advice;
        if (yearsBytes > bytes / 2 && outputs.years() == YearsOutput.ALL) {
            advice = "years.csv is " + size(yearsBytes) + " of it; experiment.outputs.years: sample (or none) shrinks it"
                    + " (years_summary.csv still covers every run)";
        } else if (!outputs.compress()) {
            advice = "experiment.outputs.compress: true writes it about 3 times smaller";
        } else {
            advice = "fewer runs, or no --trace, shrink it";
        }
        return "this run will write about " + size(bytes) + "; " + advice;
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
