package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Sweep designs ({@code experiment.sweep.design}). */
public enum Design {
    GRID("grid"), RANDOM("random"), LATIN_HYPERCUBE("latin_hypercube"), SOBOL("sobol"), SALTELLI("saltelli"),
    MORRIS("morris");

    private final String id;

    Design(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether the design is a sensitivity analysis (its points have a structure; it writes sensitivity.csv). */
    public boolean isSensitivity() {
        return this == SALTELLI || this == MORRIS;
    }

    public static Optional<Design> find(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Design::id).toList();
    }
}
