package org.entente.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The configs Entente ships in configs/, named one by one: tests check these, not whatever a user
 * has dropped into the folder (a broken config of one's own there must not fail the suite). A new
 * shipped config is one line here.
 */
public final class ShippedConfigs {
    public static final List<String> NAMES = List.of(
            "china-lesotho.yaml",
            "china-lesotho-regional.yaml",
            "company-acquisition.yaml",
            "england-zimbabwe.yaml",
            "nice-or-die.yaml",
            "sweep-oversight.yaml",
            "sweep-protocols.yaml",
            "sweep-reservation-concession.yaml",
            "sweep-sobol-interests.yaml",
            "textbook-logrolling.yaml",
            "textbook-rubinstein.yaml",
            "textbook-split-concave.yaml",
            "textbook-split-linear.yaml",
            "textbook-zeuthen-nash.yaml");

    private ShippedConfigs() {
    }

    /** Every shipped config's path, relative to the repository (the tests' working directory). */
    public static List<Path> all() {
        return NAMES.stream().map(n -> Path.of("configs", n)).toList();
    }
}
