package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Sweep designs ({@code experiment.sweep.design}). */
public enum Design {
    GRID("grid"), RANDOM("random"), LATIN_HYPERCUBE("latin_hypercube"), SOBOL("sobol");

    private final String id;

    Design(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Design> find(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Design::id).toList();
    }
}
