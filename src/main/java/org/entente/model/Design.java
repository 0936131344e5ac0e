package org.entente.model;

import java.util.List;
import java.util.Optional;

/** Sweep designs ({@code experiment.sweep.design}). */
public enum Design implements ConfigChoice {
    GRID, RANDOM, LATIN_HYPERCUBE, SOBOL, SALTELLI, MORRIS;

    /** Whether the design is a sensitivity analysis (its points have a structure; it writes sensitivity.csv). */
    public boolean isSensitivity() {
        return this == SALTELLI || this == MORRIS;
    }

    public static Optional<Design> find(String id) {
        return ConfigChoice.find(values(), id);
    }

    public static List<String> ids() {
        return ConfigChoice.ids(values());
    }
}
