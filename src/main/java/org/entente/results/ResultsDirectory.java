package org.entente.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The file names of a results directory (shared/spec/outputs.md) and checks on a directory. */
public final class ResultsDirectory {
    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String YEARS = "years.csv";
    public static final String ROUNDS = "rounds.csv";
    public static final String DANCE = "dance.csv";
    public static final String FRONTIER = "frontier.csv";
    public static final String MANIFEST = "manifest.json";
    public static final String TOURNAMENT = "tournament.csv";

    private ResultsDirectory() {
    }

    /** True when dir does not exist or holds nothing. */
    public static boolean isEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
