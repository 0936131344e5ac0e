package org.entente.report;

import java.io.IOException;
import java.nio.file.Path;

/** Renders charts/ and report.html of a results directory from its CSV files and manifest. */
public final class Report {
    private Report() {
    }

    public static void render(Path resultsDir) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
