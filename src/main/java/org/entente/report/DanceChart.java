package org.entente.report;

import java.io.IOException;
import java.nio.file.Path;

/** The negotiation dance: each party's utility of each offer over the rounds of one run. */
public final class DanceChart {
    private DanceChart() {
    }

    /** Reads the rows of run {@code runId} from a rounds.csv-format file and writes a PNG. */
    public static void write(Path roundsCsv, long runId, Path png) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
