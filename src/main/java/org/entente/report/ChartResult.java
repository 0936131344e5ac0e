package org.entente.report;

/** What became of one chart: written to {@code charts/<file>}, or skipped with the reason. */
public sealed interface ChartResult {
    String title();

    /** A PNG written under charts/, with a caption saying what it shows and how to read it. */
    record Rendered(String file, String title, String caption) implements ChartResult {
    }

    /** A chart that could not be drawn from the files present, and why. */
    record Skipped(String title, String reason) implements ChartResult {
    }
}
