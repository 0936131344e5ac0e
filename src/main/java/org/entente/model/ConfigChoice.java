package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A named choice in a config (a protocol, a sweep design, a kind of strategy part), an enum whose
 * id in configs and outputs is its constant's name in lower case: ALTERNATING_OFFERS is "alternating_offers".
 */
public interface ConfigChoice {
    /** The constant's name (an enum's own {@code name()}). */
    String name();

    /** The id configs and outputs use. */
    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice of {@code choices} with this id. */
    static <C extends ConfigChoice> Optional<C> find(C[] choices, String id) {
        if (id == null) return Optional.empty();
        // an id is its constant's name in lower case: only a name of its length is lowered to compare
        for (C c : choices) if (c.name().length() == id.length() && c.id().equals(id)) return Optional.of(c);
        return Optional.empty();
    }

    /** The ids of {@code choices}, in their order. */
    static List<String> ids(ConfigChoice[] choices) {
        return Arrays.stream(choices).map(ConfigChoice::id).toList();
    }
}
