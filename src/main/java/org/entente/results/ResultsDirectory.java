package org.entente.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The file names of a results directory (docs/outputs.md) and checks on a directory. */
public final class ResultsDirectory {
    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String YEARS = "years.csv";
    public static final String YEARS_SUMMARY = "years_summary.csv";
    /** The years accumulator's state (closed design points), kept for resume and merge. */
    public static final String YEARS_STATE = "years_summary.state";
    /** The years accumulator's checkpoint of the design point still open. */
    public static final String YEARS_OPEN = "years_summary.open";
    public static final String ROUNDS = "rounds.csv";
    public static final String DANCE = "dance.csv";
    public static final String FRONTIER = "frontier.csv";
    public static final String MANIFEST = "manifest.json";
    public static final String TOURNAMENT = "tournament.csv";
    public static final String SENSITIVITY = "sensitivity.csv";
    public static final String CHARTS = "charts";

    private ResultsDirectory() {
    }

    /**
     * True when dir does not exist or holds nothing but Entente's own bookkeeping: the lock file and
     * temporary files a crash left behind.
     */
    public static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.allMatch(f -> DirectoryLock.isLockFile(f) || AtomicFile.isTemporary(f));
        }
    }

    /** Removes the temporary files of atomic writes that a crash left in dir and dir/charts. */
    public static void removeLeftovers(Path dir) throws IOException {
        for (Path d : List.of(dir, dir.resolve(CHARTS))) {
            if (!Files.isDirectory(d)) continue;
            List<Path> leftovers;
            try (Stream<Path> s = Files.list(d)) {
                leftovers = s.filter(AtomicFile::isTemporary).toList();
            }
            for (Path f : leftovers) Files.deleteIfExists(f);
        }
    }
}
