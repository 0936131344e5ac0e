package org.entente.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Insertion-ordered immutable copies: map order is part of a config's meaning (CSV column order). */
final class Collections2 {
    private Collections2() {
    }

    static <K, V> Map<K, V> orderedCopy(Map<K, V> m) {
        if (m == null) return Map.of();
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
