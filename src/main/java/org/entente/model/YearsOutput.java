package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code experiment.outputs.years}: which runs' implementation years years.csv keeps. years_summary.csv
 * summarises every run whichever is chosen.
 */
public enum YearsOutput {
    /** Every run's years. */
    ALL("all"),
    /** The first {@link #SAMPLE_REPLICATES} replicates of each design point. */
    SAMPLE("sample"),
    /** No years.csv. */
    NONE("none");

    /** How many replicates of each design point {@link #SAMPLE} keeps. */
    public static final int SAMPLE_REPLICATES = 100;

    private final String id;

    YearsOutput(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether years.csv keeps the years of replicate {@code replicate}. */
    public boolean keeps(int replicate) {
        return this == ALL || this == SAMPLE && replicate < SAMPLE_REPLICATES;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(YearsOutput::id).toList();
    }

    public static Optional<YearsOutput> find(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
