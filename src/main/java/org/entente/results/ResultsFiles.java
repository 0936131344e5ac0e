package org.entente.results;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a results file stands in a directory: as written plain ({@code runs.csv}) or compressed ({@code runs.csv.gz}). */
public final class ResultsFiles {
    /** The suffix of a gzip-compressed file. */
    public static final String GZIP = ".gz";

    private ResultsFiles() {
    }

    /** The file {@code name} of {@code dir} as it exists, plain or compressed (plain when neither does). */
    public static Path existing(Path dir, String name) {
        Path plain = dir.resolve(name);
        Path gz = dir.resolve(name + GZIP);
        return !Files.exists(plain) && Files.exists(gz) ? gz : plain;
    }
}
