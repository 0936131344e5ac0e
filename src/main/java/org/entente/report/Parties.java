package org.entente.report;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parties of a results directory in config order, with display names and fixed colours. */
public record Parties(List<String> ids, Map<String, String> names) {

    public Parties {
        ids = List.copyOf(ids);
        names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** Parties known only by id (names default to the ids). */
    public static Parties of(List<String> ids) {
        return new Parties(ids, Map.of());
    }

    public String name(String id) {
        String n = names.get(id);
        return n == null || n.isBlank() ? id : n;
    }

    public int index(String id) {
        return ids.indexOf(id);
    }

    public Color colour(String id) {
        return Palette.party(index(id));
    }

    public int size() {
        return ids.size();
    }
}
