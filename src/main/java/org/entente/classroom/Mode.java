package org.entente.classroom;

import java.util.Locale;
import java.util.Optional;

/** How the class is seated: each student against the agents, or students paired at tables (officials stay agents). */
public enum Mode {
    AGENTS, STUDENTS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> find(String id) {
        for (Mode m : values()) if (m.id().equalsIgnoreCase(id == null ? "" : id.strip())) return Optional.of(m);
        return Optional.empty();
    }
}
